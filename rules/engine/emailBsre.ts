/**
 * Is "Email BSrE" filled on the MyASN certificate page? Guide E.6 shows the label with a
 * "Verifikasi Email Dinas Anda" link under it while the email dinas is not verified; E.12 shows an
 * address there once it is. Pure: reads the snapshot's visible text blocks and keeps only the
 * answer, never the address.
 */
import type { Snapshot } from './snapshot';

export const EMAIL_BSRE_STATES = ['filled', 'empty', 'unknown'] as const;
/** 'unknown': the page shows no "Email BSrE" label (another page, or a changed portal). */
export type EmailBsreState = (typeof EMAIL_BSRE_STATES)[number];

const LABEL = /^email bsre\s*:?$/;
/** An address, also a masked one ("e***@pns.magelangkota.go.id"). */
const ADDRESS = /\S@[a-z0-9-]+(?:\.[a-z0-9-]+)+/;

export function readEmailBsre(snap: Pick<Snapshot, 'text'>): EmailBsreState {
  // snap.text is lower case, blocks joined by " | ": "… | email bsre | eko@pns… | email dinas | …".
  const blocks = snap.text.split(' | ');
  let seen = false;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    // The label and its value in one block: "email bsre: eko@pns…".
    const inline = /^email bsre\s*:?\s+(.+)$/.exec(block);
    if (inline) {
      seen = true;
      if (ADDRESS.test(inline[1]!)) return 'filled';
      continue;
    }
    if (!LABEL.test(block)) continue;
    seen = true;
    if (ADDRESS.test(blocks[i + 1] ?? '')) return 'filled';
  }
  return seen ? 'empty' : 'unknown';
}
