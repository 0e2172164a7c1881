// @vitest-environment happy-dom
/**
 * "Salin kode bantuan" when the code comes from the background (the portal pages' script
 * has no encoder, platform/helpCodeMessage.ts): the answer is copied and shown; no answer changes nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALL_KIT as kit, ALL_PARTS as parts } from '../../fixtures/kit';
import { Controller } from '../../../platform/content/controller';
import { fakeCtx } from './start';
import { magelang } from '../../../rules/agencies/magelang';

const cleanups: Array<() => void> = [];
afterEach(() => {
  cleanups.splice(0).forEach((f) => f());
  document.body.innerHTML = '';
  document.querySelectorAll('pemandu-tte').forEach((e) => e.remove());
});

function start(helpCode: () => Promise<string>, copy: (text: string) => Promise<boolean>) {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://myasn.bkn.go.id/layanan-asn');
  document.body.innerHTML = '<h1>Layanan ASN</h1>';
  const { ctx, invalidate } = fakeCtx();
  cleanups.push(invalidate);
  const settings = { locale: 'id' as const, collapsed: false, agency: magelang };
  new Controller(ctx, document, { kit, parts, settings, saveCollapsed: vi.fn(), saveLocale: vi.fn(), helpCode, copy, isPerson: () => true, afterPaint: (fn) => fn() }).start();
  const root = document.querySelector('pemandu-tte')!.shadowRoot!;
  (root.querySelector('[data-action="copy-code"]') as HTMLButtonElement).click();
  return root;
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('help code from the background', () => {
  it('copies the code the background answered and shows it', async () => {
    const copy = vi.fn(async () => true);
    const root = start(async () => 'TTE2-0.1.0-C-CC-0-0-0-0-MAGELANG-ID-0-XX', copy);
    await settle();
    expect(copy).toHaveBeenCalledWith('TTE2-0.1.0-C-CC-0-0-0-0-MAGELANG-ID-0-XX');
    expect(root.querySelector('[data-help-code]')?.textContent).toBe('TTE2-0.1.0-C-CC-0-0-0-0-MAGELANG-ID-0-XX');
    expect(root.querySelector('.pt-footer p')?.textContent).toContain('Kode bantuan disalin.');
  });

  it('no answer (the background failed): nothing is copied, nothing shown, nothing thrown into the page', async () => {
    const copy = vi.fn(async () => true);
    const root = start(() => Promise.reject(new Error('no help code')), copy);
    await settle();
    expect(copy).not.toHaveBeenCalled();
    expect(root.querySelector('[data-help-code]')).toBeNull();
  });
});
