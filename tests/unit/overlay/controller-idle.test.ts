// @vitest-environment happy-dom
/**
 * A portal page no rule matches stays idle (observation cost ≤ 1.02×): busy changes that
 * show no page marker are not re-read; a marker appearing, or a new URL, is.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Controller } from '../../../platform/content/controller';
import { UNMATCHED_PAUSE_MS } from '../../../platform/content/readPolicy';
import { startController, stopController } from './start';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterEach(() => {
  vi.restoreAllMocks();
  stopController();
});

describe('Controller on a page no rule matches', () => {
  it('does not re-read the page for changes without a page marker', async () => {
    const scan = vi.spyOn(Controller.prototype, 'scan');
    startController('https://bsre.bssn.go.id/x/y', '<h1>Beranda</h1><table id="t"></table>');
    expect(scan).toHaveBeenCalledTimes(1);
    const table = document.getElementById('t')!;
    for (let i = 0; i < 20; i++) {
      const row = document.createElement('tr');
      row.innerHTML = `<td>Baris ${i}</td>`;
      table.append(row);
      await tick(5);
    }
    table.firstElementChild!.textContent = 'Baris 99';
    await tick(100);
    expect(scan).toHaveBeenCalledTimes(1);
    expect(document.querySelector('pemandu-tte')).toBeNull();
  });

  it('still finds a page that its content shows later (by content alone)', async () => {
    startController('https://bsre.bssn.go.id/x/y', '<main id="app">Memuat…</main>');
    await tick(50);
    expect(document.querySelector('pemandu-tte')).toBeNull();
    document.getElementById('app')!.innerHTML = '<h2>Buat Passphrase</h2><label for="p">Passphrase</label><input id="p" type="password"><label for="k">Konfirmasi Passphrase</label><input id="k" type="password">';
    await tick(100);
    expect(document.querySelector('pemandu-tte')?.getAttribute('data-page')).toBe('bsre-passphrase');
  });

  it('re-reads when an edit inside an element completes a marker', async () => {
    startController('https://bsre.bssn.go.id/x/y', '<h2 id="h">Buat <span id="s">Profil</span></h2>');
    await tick(50);
    document.getElementById('h')!.firstChild!.nodeValue = 'Buat Passphrase';
    document.getElementById('s')!.remove();
    await tick(100);
    expect(document.querySelector('pemandu-tte')?.getAttribute('data-page')).toBe('bsre-passphrase');
  });

  it('while it keeps changing, stops watching its content for a pause and still finds a page shown meanwhile', async () => {
    const scan = vi.spyOn(Controller.prototype, 'scan');
    startController('https://bsre.bssn.go.id/x/y', '<p id="n">0</p><main id="app">Memuat…</main>');
    const n = document.getElementById('n')!;
    n.textContent = '1';
    await tick(20);
    // Paused: content changes are not delivered, so neither these nor the new page are seen yet.
    for (let i = 2; i < 10; i++) n.textContent = String(i);
    document.getElementById('app')!.innerHTML = '<h2>Buat Passphrase</h2><label for="p">Passphrase</label><input id="p" type="password"><label for="k">Konfirmasi Passphrase</label><input id="k" type="password">';
    await tick(50);
    expect(scan).toHaveBeenCalledTimes(1);
    // At the end of the pause one read of the page's text finds the marker.
    await tick(UNMATCHED_PAUSE_MS + 100);
    expect(document.querySelector('pemandu-tte')?.getAttribute('data-page')).toBe('bsre-passphrase');
  });

  it('sees a part shown during a pause at once (attributes are always watched)', async () => {
    startController('https://bsre.bssn.go.id/x/y', '<p id="n">0</p><section id="s" hidden><h2>Buat Passphrase</h2><label for="p">Passphrase</label><input id="p" type="password"><label for="k">Konfirmasi Passphrase</label><input id="k" type="password"></section>');
    document.getElementById('n')!.textContent = '1';
    await tick(20);
    document.getElementById('s')!.removeAttribute('hidden');
    await tick(100);
    expect(document.querySelector('pemandu-tte')?.getAttribute('data-page')).toBe('bsre-passphrase');
  });

  it('re-reads after a navigation to a URL a rule claims', async () => {
    const scan = vi.spyOn(Controller.prototype, 'scan');
    startController('https://myasn.bkn.go.id/some/unknown/page', '<h1>Lain</h1>');
    history.pushState(null, '', '/layanan-asn');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await tick(100);
    expect(scan.mock.calls.length).toBeGreaterThan(1);
    expect(document.querySelector('pemandu-tte')?.getAttribute('data-page')).toBe('myasn-layanan');
  });
});
