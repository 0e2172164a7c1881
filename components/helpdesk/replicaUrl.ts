/**
 * Which bundled replica page shows a user's page and step (the same replicas the tests use,
 * shipped from public/replicas/ as replicas/).
 */
import type { HelpCode } from '../../rules/helpCode/schema';
import type { PageId } from '../../rules/ids';
import { policy } from '../../rules/policy';
import { validityEnd } from '../../rules/helpCode/reproduce';

const PAGES: Record<PageId, { file: string; route?: string }> = {
  'sso-login': { file: 'sso-login.html' },
  'asndigital-layanan': { file: 'asndigital.html' },
  'myasn-dashboard': { file: 'myasn.html', route: '/dashboard' },
  'myasn-layanan': { file: 'myasn.html', route: '/layanan-asn' },
  'myasn-sertifikat': { file: 'myasn.html', route: '/layanan-asn/sertifikat-elektronik-bsre' },
  'myasn-kontak-pribadi': { file: 'myasn.html', route: '/profil/update#kontak-pribadi' },
  'bsre-aktivasi': { file: 'bsre-aktivasi.html' },
  'bsre-passphrase': { file: 'bsre-passphrase.html' },
};

/** DD-MM-YYYY, the way the MyASN certificate page writes dates (from a UTC midnight). */
function portalDate(d: Date): string {
  return `${String(d.getUTCDate()).padStart(2, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${d.getUTCFullYear()}`;
}

/**
 * The replica URL for a user's page, step and status. `today` is the helpdesk's: the certificate
 * page's validity dates are the code's days left counted from it, as the overlay counts them.
 */
export function replicaPath(d: Pick<HelpCode, 'page' | 'step' | 'status'> & Partial<Pick<HelpCode, 'validity'>>, today: Date = new Date()): string | null {
  if (!d.page) return null;
  const page = PAGES[d.page];
  const state: string[] = [];
  const route = d.page === 'myasn-kontak-pribadi' && d.step === 'email-aktif' ? '/aktivasi-email/0' : page.route;
  if (route) state.push(`route:${route}`);
  if (d.step && (d.page.startsWith('bsre-') || d.page === 'sso-login')) state.push(`step:${d.step}`);
  // The Kontak Pribadi "Apakah anda yakin?" step is the form with the Verifikasi dialog open.
  if (d.page === 'myasn-kontak-pribadi' && d.step === 'konfirmasi') state.push('dialog:verifikasi');
  if (d.status) state.push(`status:${d.status}`);
  if (d.page === 'myasn-sertifikat' && d.validity) {
    const end = validityEnd(d.validity.daysLeft, today);
    const start = new Date(end);
    start.setUTCFullYear(end.getUTCFullYear() - policy.certificateValidityYears);
    state.push(`validFrom:${portalDate(start)}`, `validUntil:${portalDate(end)}`);
  }
  return `/replicas/${page.file}${state.length ? `?replica=${encodeURIComponent(state.join(','))}` : ''}`;
}
