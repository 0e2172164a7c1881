import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateConsent } from '../../../rules/fields/persetujuan';
import { expectWellFormed } from './support';

describe('validateConsent', () => {
  it.each([
    [0, 2, 'error', { missing: 2, total: 2 }],
    [1, 2, 'error', { missing: 1, total: 2 }],
    [2, 2, 'ok', { total: 2 }],
    [3, 2, 'ok', { total: 2 }],
    [0, 1, 'error', { missing: 1, total: 1 }],
    [1, 1, 'ok', { total: 1 }],
    [0, 0, 'error', { missing: 1, total: 1 }], // a consent field with no count still needs one tick
    [Number.NaN, 2, 'error', { missing: 2, total: 2 }],
    [1, Number.NaN, 'ok', { total: 1 }],
    [-1, 2, 'error', { missing: 2, total: 2 }],
    [1.7, 2.2, 'error', { missing: 1, total: 2 }],
  ])('%d of %d → %s', (checked, total, verdict, params) => {
    const f = validateConsent(checked, total);
    expect(f).toEqual({ field: 'persetujuan', verdict, reason: verdict === 'ok' ? 'ok' : 'missing', params });
    expectWellFormed(f);
  });

  it('is well-formed for any numbers, with 1 ≤ missing ≤ total on error', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (checked, total) => {
        const f = validateConsent(checked, total);
        expectWellFormed(f);
        if (f.verdict === 'error') {
          const { missing, total: t } = f.params as { missing: number; total: number };
          expect(missing).toBeGreaterThanOrEqual(1);
          expect(missing).toBeLessThanOrEqual(t);
        }
      }),
    );
  });

  it('is ok exactly when every box is ticked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 10 }), (total, checked) => {
        expect(validateConsent(checked, total).verdict).toBe(checked >= total ? 'ok' : 'error');
      }),
    );
  });
});
