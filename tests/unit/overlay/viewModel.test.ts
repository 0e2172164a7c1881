/**
 * One view model: what the panel shows and what the popup is told come from the same derivation,
 * so the popup's guide step is the panel's (also for a certificate that ran out while the portal
 * still says ACTIVE).
 */
import { describe, expect, it } from 'vitest';
import { VIEW_KIT } from '../../fixtures/kit';
import type { OverlayModel } from '../../../components/model';
import { summaryView } from '../../../components/pages/summaryView';
import { NO_SUMMARY, overlayView, tabSummary } from '../../../components/viewModel';
import { NO_PAGE } from '../../../rules/engine/detect';
import { guidePosition } from '../../../rules/guide';
import { ruleById } from '../../../rules/index';
import { explainStatus } from '../../../rules/statuses';
import { model, state } from './overlayModel';

const expiredActive = state({
  page: 'myasn-sertifikat',
  status: 'ACTIVE',
  validity: { end: new Date(Date.UTC(2026, 0, 12)), daysLeft: -3, state: 'expired', source: 'shown' },
});

describe('progress comes from the screen and what the page shows done', () => {
  const at = (status: string, emailBsre?: 'empty' | 'filled' | 'unknown') =>
    overlayView(model({ state: state({ page: 'myasn-sertifikat', status, ...(emailBsre ? { emailBsre } : {}) }) }), VIEW_KIT)!.guideStepId;
  it('NOT_REGISTERED: step 4 while Email BSrE is empty, step 7 (Registrasi Sertifikat) once the page shows it filled', () => {
    expect(at('NOT_REGISTERED', 'empty')).toBe('cek-status');
    expect(at('NOT_REGISTERED', 'filled')).toBe('registrasi');
  });
  it("a status no source places in the guide keeps the page's own step, never a later one", () => {
    for (const code of ['EXPIRED', 'SUSPEND', 'REVOKE', 'DENIED', 'RENEW', 'WAITING_FOR_VERIFICATION', 'UNVERIFIED', 'FROZEN_X']) {
      expect([code, at(code, 'filled')]).toEqual([code, 'cek-status']);
    }
  });
  it('NEW, NO_CERTIFICATE and ACTIVE stand where the facts and the guide put them', () => {
    expect(at('NEW')).toBe('aktivasi-akun');
    expect(at('NO_CERTIFICATE')).toBe('passphrase');
    expect(at('ACTIVE')).toBe('terbit');
  });
});

describe('overlayView', () => {
  it('is null off the guide (no page rule)', () => {
    expect(overlayView(model({ state: NO_PAGE }), VIEW_KIT)).toBeNull();
  });

  it("explains an ACTIVE certificate past its end as EXPIRED: the page's own guide step, and contacts (status first, no repeats)", () => {
    const view = overlayView(model({ state: expiredActive }), VIEW_KIT)!;
    const expired = explainStatus('EXPIRED');
    expect(view.guideStepId).toBe('cek-status');
    expect(view.guideStep).toBe(guidePosition('cek-status'));
    expect(view.guideTitle).not.toBe('');
    expect(view.contacts.slice(0, expired.contacts.length)).toEqual(expired.contacts);
    expect(new Set(view.contacts).size).toBe(view.contacts.length);
    expect(view.contacts).toEqual(expect.arrayContaining(ruleById('myasn-sertifikat')!.contacts));
  });

  it('shows a status-bound tip only for its status, with its words in the panel language', () => {
    const tipIds = (status: string | null, locale: 'id' | 'en' = 'id') =>
      overlayView(model({ locale, state: state({ page: 'myasn-sertifikat', status }) }), VIEW_KIT)!.tips.map((t) => [t.id, t.words.length > 0]);
    expect(tipIds('NOT_REGISTERED')).toContainEqual(['registrasi', true]);
    expect(tipIds('ACTIVE').map(([id]) => id)).not.toContain('registrasi');
    expect(tipIds('NOT_REGISTERED', 'en')).toContainEqual(['registrasi', true]);
  });

  it('says the page looks different only once settled with something the help needs missing', () => {
    const missing = state({ page: 'myasn-sertifikat', missing: ['status'] });
    expect(overlayView(model({ state: missing, settled: false }), VIEW_KIT)!.looksDifferent).toBe(false);
    expect(overlayView(model({ state: missing, settled: true }), VIEW_KIT)!.looksDifferent).toBe(true);
    expect(overlayView(model({ state: state({ page: 'myasn-sertifikat' }), settled: true }), VIEW_KIT)!.looksDifferent).toBe(false);
    for (const m of ['field:nip', 'step', 'status']) expect(overlayView(model({ state: state({ page: 'sso-login', missing: [m] }) }), VIEW_KIT)!.looksDifferent, m).toBe(true);
  });

  it('never for wording alone: markers missing with every field and status there is no "looks different"', () => {
    expect(overlayView(model({ state: state({ page: 'sso-login', step: 'masuk', missing: ['markers'] }) }), VIEW_KIT)!.looksDifferent).toBe(false);
  });

  it('counts the errors among the findings', () => {
    const view = overlayView(
      model({
        state: state({ page: 'bsre-aktivasi', step: 'data-diri' }),
        findings: [
          { field: 'nik', verdict: 'error', reason: 'length', params: { count: 15 } },
          { field: 'nomor-hp', verdict: 'warn', reason: 'prefix' },
        ] as OverlayModel['findings'],
      }),
      VIEW_KIT,
    )!;
    expect(view.errors).toBe(1);
  });
});

describe('tabSummary and summaryView (the popup)', () => {
  it('carries ids and counts only, and the popup reads the same guide step as the panel', () => {
    const view = overlayView(model({ state: expiredActive }), VIEW_KIT)!;
    const summary = tabSummary(view);
    expect(summary).toEqual({ page: 'myasn-sertifikat', step: null, status: 'ACTIVE', guideStep: view.guideStep, errors: 0, looksDifferent: false });
    const popup = summaryView(summary, 'id')!;
    expect(popup.guideStep).toBe(view.guideStep);
    expect(popup.guideTitle).toBe(view.guideTitle);
    expect(popup.status?.code).toBe('ACTIVE');
    expect(popup.stepTitle).toBeNull();
  });

  it('names the wizard step on wizard pages', () => {
    const view = overlayView(model({ state: state({ page: 'bsre-aktivasi', step: 'data-kedinasan' }) }), VIEW_KIT)!;
    const popup = summaryView(tabSummary(view), 'id')!;
    expect(popup.stepTitle).toBe(view.title);
    expect(popup.pageTitle).not.toBe(popup.stepTitle);
  });

  it('is "not a portal page" without a view', () => {
    expect(tabSummary(null)).toEqual(NO_SUMMARY);
    expect(summaryView(NO_SUMMARY, 'id')).toBeNull();
    expect(summaryView(null, 'en')).toBeNull();
  });
});
