/** English copy of the helpdesk page (staff-facing). */
import type { DecodeError } from '../../helpCode/schema';
import type { Copy } from '../types';

export const helpdesk: Copy['helpdesk'] = {
  title: 'Pemandu TTE — Helpdesk',
  replicaFrame: 'Replica of the portal page',
  intro: 'Paste the user\'s help code (e.g. from WhatsApp). The page shows what the user sees, without their personal data.',
  label: 'Help code',
  show: 'Show',
  gallery: 'Gallery of pages and statuses',
  galleryIntro: 'To walk a caller through step by step: pick a page, step or status.',
  summary: 'From the code',
  page: 'Page',
  step: 'Step',
  status: 'Status',
  browser: 'Browser',
  version: 'Extension version',
  agency: 'Agency profile',
  missing: 'Not found on the user\'s page',
  unknownStatus: '? — a status Pemandu TTE does not know (its wording is not in the code)',
  none: '—',
  errors: {
    empty: 'Paste a help code first.',
    format: 'There is no Pemandu TTE help code in this text. Help codes start with "TTE" and a number, e.g. "TTE2-…".',
    truncated: 'The code is cut off / incomplete: its end is missing. Ask the user to copy the code again with "Salin kode bantuan" and send all of it.',
    checksum: 'The code does not match its check characters: probably a mistyped character. Ask the user to copy it again with "Salin kode bantuan" (not retype it).',
    version: 'This is not a help code this version of Pemandu TTE reads: Pemandu TTE help codes start with "TTE2-". Ask the user to click "Salin kode bantuan" in the Pemandu TTE panel and send the whole code.',
    newer: 'This code was made by a newer Pemandu TTE than the one installed on this helpdesk computer. Update the Pemandu TTE extension here, then paste the same code again (the user need not copy it again).',
    agency: "This code was made with an agency profile this computer does not have: usually the caller's agency's own profile, set by its IT through browser policy. Open the helpdesk page on a computer with the same agency policy, or update the Pemandu TTE extension on this computer.",
    content: 'The code was read but its content is invalid. Ask the user to copy it again.',
  } satisfies Record<DecodeError, string>,
};
