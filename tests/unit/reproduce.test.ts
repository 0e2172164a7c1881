// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { replicaPath } from '../../components/helpdesk/replicaUrl';
import { modelFromHelpCode } from '../../components/helpdesk/overlayModel';
import { validityEnd } from '../../rules/helpCode/reproduce';
import { detect } from '../../rules/engine/detect';
import type { HelpCode } from '../../rules/helpCode/schema';
import { takeSnapshot } from '../../rules/engine/snapshot';
import { STATUS_CODES, type PageId } from '../../rules/ids';
import { pageRules } from '../../rules/index';
import { PAGE_EXAMPLES } from '../../rules/pages/examples';
import { loadReplica } from '../fixtures/dom';
import { resolveReplica } from '../fixtures/routes';
import { detectAll } from '../fixtures/kit';

const d: HelpCode = {
  extVersion: '0.1.0',
  browser: 'firefox',
  page: 'myasn-sertifikat',
  step: null,
  status: 'ACTIVE',
  findings: [],
  missing: [],
  agency: 'magelang',
  locale: 'en',
  validity: { state: 'expiring', source: 'shown', daysLeft: 50 },
};

describe('modelFromHelpCode', () => {
  it('rebuilds page state, validity end date and locale', () => {
    const m = modelFromHelpCode(d, new Date(2026, 10, 25));
    expect(m.state).toMatchObject({ page: 'myasn-sertifikat', status: 'ACTIVE', match: 'url+content' });
    expect(m.state.validity?.end.toISOString().slice(0, 10)).toBe('2027-01-14');
    expect(m.locale).toBe('en');
    expect(m.agency.id).toBe('magelang');
    expect(m.canCopyCode).toBe(false);
  });
  it('keeps "looks different" when markers were missing', () => {
    const m = modelFromHelpCode({ ...d, missing: ['markers', 'status'], status: null, validity: null }, new Date());
    expect(m.state.match).toBe('url');
    expect(m.settled).toBe(true);
    expect(m.state.missing).toEqual(['markers', 'status']);
  });
});

/** The real portal URL of each page, from its first detection example (the helpdesk's replica is the same page under another path). */
function portalUrl(page: PageId): string {
  const url = new URL(PAGE_EXAMPLES[page].examples[0]!.url);
  url.searchParams.delete('replica');
  return url.href;
}

/** Loads the replica a help code points to, with the replica state of its helpdesk URL, in the test DOM. */
function loadFromCode(helpCode: HelpCode, today: Date): string {
  const path = replicaPath(helpCode, today)!;
  const replicaUrl = new URL(path, 'https://extension.invalid/');
  const portal = new URL(helpCode.step === 'email-aktif' ? 'https://myasn.bkn.go.id/aktivasi-email/0' : portalUrl(helpCode.page!));
  const state = replicaUrl.searchParams.get('replica');
  if (state) portal.searchParams.set('replica', state);
  // The extension bundles the same file the portal URL is served from.
  expect(`/${resolveReplica(portal.href)!.file}`).toBe(replicaUrl.pathname);
  loadReplica(portal.href);
  return portal.href;
}

describe('replica of a help code', () => {
  const today = new Date(2026, 10, 25);
  const sample = (page: PageId, step: string | null, status: string | null): HelpCode => ({
    ...d,
    page,
    step,
    status,
    validity: status === 'ACTIVE' || status === 'ISSUE' ? { state: 'expiring', source: 'shown', daysLeft: 45 } : null,
  });
  const all = pageRules.flatMap((r) =>
    r.status ? [...STATUS_CODES, 'SOMETHING_NEW'].map((s) => sample(r.id, null, s)) : r.steps ? r.steps.map((s) => sample(r.id, s.id, null)) : [sample(r.id, null, null)],
  );

  it.each(all.map((x) => [`${x.page}${x.step ? '/' + x.step : ''}${x.status ? '/' + x.status : ''}`, x] as const))(
    '%s: the page shows what the code says',
    (_name, helpCode) => {
      const url = loadFromCode(helpCode, today);
      const got = detectAll(url, takeSnapshot(document), { today });
      expect({ page: got.page, step: got.step, status: got.status, missing: got.missing }).toEqual({ page: helpCode.page, step: helpCode.step, status: helpCode.status, missing: [] });
    },
  );

  it('shows the "Apakah anda yakin?" dialog for the Kontak Pribadi confirmation step', () => {
    const konfirmasi = sample('myasn-kontak-pribadi', 'konfirmasi', null);
    expect(replicaPath(konfirmasi)).toContain(encodeURIComponent('dialog:verifikasi'));
    loadFromCode(konfirmasi, today);
    const dialog = document.getElementById('dlg-verifikasi') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(dialog.textContent).toContain('Apakah anda yakin?');
    loadFromCode(sample('myasn-kontak-pribadi', 'form', null), today);
    expect((document.getElementById('dlg-verifikasi') as HTMLDialogElement).open).toBe(false);
  });

  it.each([45, 400, 0, 1])('shows validity dates %i days ahead, the same end date as the overlay', (daysLeft) => {
    const active: HelpCode = { ...d, validity: { state: daysLeft > 60 ? 'ok' : 'expiring', source: 'shown', daysLeft } };
    for (const now of [today, new Date(2027, 0, 31, 23, 30), new Date(2028, 1, 29, 0, 5)]) {
      const url = loadFromCode(active, now);
      const page = detectAll(url, takeSnapshot(document), { today: now });
      const overlay = modelFromHelpCode(active, now).state.validity!;
      expect(page.validity).toMatchObject({ daysLeft, state: active.validity!.state, source: 'shown' });
      expect(page.validity!.end.getTime()).toBe(overlay.end.getTime());
      expect(document.body.textContent).not.toContain('14-01-2028');
    }
  });

  it('counts the end date from the helpdesk’s today', () => {
    const end = validityEnd(45, new Date(2026, 10, 25));
    expect(end.toISOString().slice(0, 10)).toBe('2027-01-09');
    expect(decodeURIComponent(replicaPath({ ...d, validity: { state: 'expiring', source: 'shown', daysLeft: 45 } }, new Date(2026, 10, 25))!)).toContain('validFrom:09-01-2025,validUntil:09-01-2027');
    expect(replicaPath({ ...d, validity: null })).not.toContain('valid');
  });
});
