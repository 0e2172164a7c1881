// @vitest-environment happy-dom
/**
 * Detection on every replica page, step and status, at its real URL: the github-url-detection
 * habit applied to URL and visible content. Each page rule's examples
 * (rules/pages/<page-id>.examples.ts) must be detected as that page, step and status, and no other
 * rule may claim them by URL and content. A failure says what was detected and what to check.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../rules/engine/detect';
import { pageRules } from '../../rules/index';
import type { PageRule } from '../../rules/schema';
import { takeSnapshot } from '../../rules/engine/snapshot';
import { elsewhere, pageExamples, URLS } from '../fixtures/cases';
import { loadReplica } from '../fixtures/dom';
import { detectAll } from '../fixtures/kit';

/** What each rule alone makes of the loaded page: the rules that claim it, and how. */
function claims(url: string, rules: readonly PageRule[]) {
  const snap = takeSnapshot(document);
  return rules.flatMap((r) => {
    const got = detect(url, snap, { rules: [r] });
    return got.page ? [`${r.id} (${got.match})`] : [];
  });
}

describe.each(pageExamples.map((p) => [p.page, p] as const))('%s examples', (page, { examples }) => {
  it.each(examples.map((e) => [e.name, e] as const))('%s is detected as its page, step and status', (_name, e) => {
    loadReplica(e.url);
    const got = detectAll(e.url, takeSnapshot(document));
    const want = { page, step: e.step ?? null, status: e.status ?? null };
    expect({ page: got.page, step: got.step, status: got.status }, `detected ${JSON.stringify(got)}; check the rule's markers against the replica's visible text`).toEqual(want);
    expect(got.missing, 'a replica of the guide should have every expected marker and field').toEqual([]);
  });

  it.each(examples.map((e) => [e.name, e] as const))('%s is claimed by no other page rule by URL and content', (_name, e) => {
    loadReplica(e.url);
    const others = pageRules.filter((r) => r.id !== page);
    // The two BSrE wizards share the selfie screen's words by design (there the URL decides), so
    // another rule may share the content, never the content and the URL together.
    const byBoth = claims(e.url, others).filter((c) => c.endsWith('(url+content)'));
    expect(byBoth, "another rule's paths and markers both fit this example: narrow one of them").toEqual([]);
    expect(claims(e.url, pageRules.filter((r) => r.id === page)), 'its own rule alone claims it').toHaveLength(1);
  });
});

describe('detectAll() on the replica pages', () => {
  it.each(elsewhere.map((c) => [c.name, c] as const))('%s is claimed by no page rule', (_name, c) => {
    loadReplica(c.url);
    expect(detectAll(c.url, takeSnapshot(document)).page).toBeNull();
    expect(claims(c.url, pageRules)).toEqual([]);
  });

  it('reads the validity period of an active certificate', () => {
    loadReplica(`${URLS.SERTIFIKAT}?replica=status:ACTIVE,validUntil:14-01-2027`);
    const got = detectAll(URLS.SERTIFIKAT, takeSnapshot(document), { today: new Date(2026, 10, 25) });
    expect(got.validity).toMatchObject({ state: 'expiring', daysLeft: 50, source: 'shown' });
  });

  it('says what is missing on a changed portal page, without throwing', () => {
    loadReplica(`${URLS.SERTIFIKAT}?replica=changed:1`);
    const got = detectAll(URLS.SERTIFIKAT, takeSnapshot(document));
    expect(got).toMatchObject({ page: 'myasn-sertifikat', match: 'url', status: null });
    expect(got.missing).toEqual(['markers', 'status']);
  });

  it('is not fooled by the hidden steps of a wizard', () => {
    loadReplica(`${URLS.AKTIVASI}?replica=step:foto-diri`);
    expect(document.body.textContent).toContain('Kirim Kode OTP'); // in the DOM, but hidden
    expect(detectAll(URLS.AKTIVASI, takeSnapshot(document)).step).toBe('foto-diri');
  });

  it('lets a URL that only one rule claims decide the page; content picks the step', () => {
    // The passphrase wizard's selfie before the photo: the same words as the activation selfie step.
    loadReplica(`${URLS.PASSPHRASE}?replica=step:foto-diri-awal`);
    expect(document.body.textContent).toContain('Ambil ulang foto'); // in the DOM, but hidden
    const snap = takeSnapshot(document);
    expect(snap.text).toContain('kebijakan privasi');
    expect(detectAll(URLS.PASSPHRASE, snap)).toMatchObject({ page: 'bsre-passphrase', step: 'foto-diri', match: 'url+content', missing: [] });
    // The same screen at the activation URL is the activation wizard's selfie step.
    expect(detectAll(URLS.AKTIVASI, snap)).toMatchObject({ page: 'bsre-aktivasi', step: 'foto-diri' });
    // The passphrase selfie after the photo, at the activation URL: still the activation wizard.
    loadReplica(`${URLS.PASSPHRASE}?replica=step:foto-diri`);
    expect(detectAll(URLS.AKTIVASI, takeSnapshot(document))).toMatchObject({ page: 'bsre-aktivasi', step: 'foto-diri' });
  });

  it('keeps the activation selfie step after the photo is taken ("Ambil ulang foto")', () => {
    loadReplica(`${URLS.AKTIVASI}?replica=step:foto-diri`);
    const section = document.querySelector('[data-replica-step="foto-diri"]')!;
    const take = [...section.querySelectorAll('button')].find((b) => b.textContent === 'Ambil foto')!;
    take.textContent = 'Ambil ulang foto';
    expect(detectAll(URLS.AKTIVASI, takeSnapshot(document))).toMatchObject({ page: 'bsre-aktivasi', step: 'foto-diri', match: 'url+content', missing: [] });
  });

  it('lets content decide when several rules claim the URL', () => {
    const base = { hosts: ['bsre.bssn.go.id'], title: { id: 'x', en: 'x' }, guideStep: 1, contacts: [], tips: [], fields: [], submitButtons: [] };
    const rules = [
      { ...base, id: 'bsre-aktivasi', paths: ['/email/**'], markers: { any: ['Data Kedinasan'] } },
      { ...base, id: 'bsre-passphrase', paths: ['/email/passphrase/**'], markers: { any: ['Buat Passphrase'] } },
    ] as unknown as PageRule[];
    loadReplica(`${URLS.PASSPHRASE}?replica=step:buat-passphrase`);
    expect(detect(URLS.PASSPHRASE, takeSnapshot(document), { rules }).page).toBe('bsre-passphrase');
  });

  it('knows the passphrase wizard by its content when its URL is not the expected one', () => {
    for (const step of ['cek-profil', 'foto-diri', 'buat-passphrase', 'berhasil']) {
      loadReplica(`${URLS.PASSPHRASE}?replica=step:${step}`);
      expect(detectAll('https://bsre.bssn.go.id/x/y', takeSnapshot(document)), step).toMatchObject({ page: 'bsre-passphrase', step, match: 'content' });
    }
  });
});
