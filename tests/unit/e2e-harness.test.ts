/** The e2e harness's own privacy and network checks must be able to fail. */
import { describe, expect, it } from 'vitest';
import { RequestLog, storageProblems } from '../e2e/harness/common';
import { replicaResponse } from '../e2e/harness/serve';

describe('e2e harness checks', () => {
  it('flags unknown storage keys and typed values anywhere in storage', () => {
    expect(storageProblems({ local: { locale: 'id', panelCollapsed: true } }, ['3371014101900001'])).toEqual([]);
    expect(storageProblems({ local: { locale: 'id', lastNik: 'x' } }, [])).toEqual(['unexpected key local.lastNik']);
    expect(storageProblems({ local: { guideDone: ['Kelinci#2026'] } }, ['Kelinci#2026'])).toEqual(['local holds a typed value (12 characters)']);
    expect(storageProblems({ session: { locale: 'id' } }, [])).toEqual(['unexpected key session.locale']);
  });

  it('serves replica pages only to navigations and assets only to sub-resource loads', () => {
    expect(replicaResponse('https://myasn.bkn.go.id/dashboard', true)?.contentType).toMatch(/html/);
    // A script's fetch() of a portal URL is refused (and so counted as stray).
    expect(replicaResponse('https://myasn.bkn.go.id/api/profile?nik=1', false)).toBeNull();
    expect(replicaResponse('https://myasn.bkn.go.id/replica-assets/state.js', false)?.contentType).toMatch(/javascript/);
    expect(replicaResponse('https://example.com/', true)).toBeNull();
  });

  it('fails the suite on a stray request or one the extension made', () => {
    const log = new RequestLog();
    log.record('https://myasn.bkn.go.id/dashboard', 'replica');
    expect(() => log.assertNoneStray('chromium')).not.toThrow();
    log.record('https://myasn.bkn.go.id/x', 'replica', { fromExtension: true, initiator: 'chrome-extension://abc/content.js' });
    expect(() => log.assertNoneStray('chromium')).toThrow(/content\.js/);
    const other = new RequestLog();
    other.record('https://collector.example/', 'blocked');
    expect(() => other.assertNoneStray('firefox')).toThrow(/collector/);
  });
});
