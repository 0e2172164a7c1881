/**
 * Which bundled replica page shows a user's page and step (the same replicas the tests use,
 * copied into the extension under replicas/ by wxt.config.ts).
 */
import type { Diagnostic } from '../../rules/engine/diagnostic';
import type { PageId } from '../../rules/ids';

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

export function replicaPath(d: Pick<Diagnostic, 'page' | 'step' | 'status'>): string | null {
  if (!d.page) return null;
  const page = PAGES[d.page];
  const state: string[] = [];
  const route = d.page === 'myasn-kontak-pribadi' && d.step === 'email-aktif' ? '/aktivasi-email/0' : page.route;
  if (route) state.push(`route:${route}`);
  if (d.step && d.page.startsWith('bsre-')) state.push(`step:${d.step}`);
  if (d.status) state.push(`status:${d.status}`);
  return `/replicas/${page.file}${state.length ? `?replica=${encodeURIComponent(state.join(','))}` : ''}`;
}
