import { describe, expect, it } from 'vitest';
import { modelFromDiagnostic } from '../../components/reproduce';
import type { Diagnostic } from '../../rules/engine/diagnostic';

const d: Diagnostic = {
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

describe('modelFromDiagnostic', () => {
  it('rebuilds page state, validity end date and locale', () => {
    const m = modelFromDiagnostic(d, new Date(2026, 10, 25));
    expect(m.state).toMatchObject({ page: 'myasn-sertifikat', status: 'ACTIVE', match: 'url+content' });
    expect(m.state.validity?.end.toISOString().slice(0, 10)).toBe('2027-01-14');
    expect(m.locale).toBe('en');
    expect(m.agency.id).toBe('magelang');
    expect(m.canCopyCode).toBe(false);
  });
  it('keeps "looks different" when markers were missing', () => {
    const m = modelFromDiagnostic({ ...d, missing: ['markers', 'status'], status: null, validity: null }, new Date());
    expect(m.state.match).toBe('url');
    expect(m.settled).toBe(true);
    expect(m.state.missing).toEqual(['markers', 'status']);
  });
});
