// @vitest-environment happy-dom
/**
 * A busy known page (observation cost ≤ 1.05× on the 10,000-element page): after changes
 * that show or hide nothing and hold none of the reading's words or values, the content observer
 * pauses; what changed meanwhile is read at the pause's end if the page's print moved, and the page
 * fully every FULL_READ_MS; a change that may alter what the page says is read at once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Controller } from '../../../platform/content/controller';
import { FULL_READ_MS, PAUSE_MS, SETTLE_MS } from '../../../platform/content/readPolicy';
import { shadow, startController, stopController } from './start';

const SERTIFIKAT = 'https://myasn.bkn.go.id/layanan-asn/sertifikat-elektronik-bsre';
// The status is not shown yet (the portal fills it in later): something expected is missing, so a
// change that may alter the reading is read at once (readPolicy.ts: it waits for something).
const PAGE = `<h1>Sertifikat Elektronik BSrE</h1><dl><dt>NIK Pegawai</dt><dd>3371**********01</dd><dt>Email BSrE</dt><dd id="email">-</dd></dl>
  <p>Status: <span id="status">-</span></p><button>Registrasi Sertifikat</button>
  <div id="grid">${Array.from({ length: 50 }, (_, i) => `<span>c${i}</span>`).join('')}</div>`;
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));
const host = () => document.querySelector('pemandu-tte');

afterEach(() => {
  vi.restoreAllMocks();
  stopController();
  vi.useRealTimers();
});

/** Changes the text of grid cells every 5 ms for `ms` (a counter, a clock, a record list). */
async function busyCells(ms: number): Promise<void> {
  const cells = document.querySelectorAll('#grid span');
  for (let t = 0, n = 0; t < ms; t += 5, n++) {
    cells[n % cells.length]!.textContent = `x${n} `;
    await tick(5);
  }
}

/** A complete certificate page (status ACTIVE, nothing missing) after one busy batch: its content observer has paused. */
async function pausedCertificatePage(): Promise<void> {
  vi.useFakeTimers();
  startController(SERTIFIKAT, PAGE.replace('<span id="status">-</span>', '<span id="status">ACTIVE</span>'));
  await vi.advanceTimersByTimeAsync(SETTLE_MS + 500);
  document.querySelector('#grid span')!.textContent = 'x1';
  await vi.advanceTimersByTimeAsync(20);
}

describe('Controller on a busy known page', () => {
  it('does not re-read for cell text that holds none of its words, and still reads it within FULL_READ_MS', async () => {
    vi.useFakeTimers();
    const scan = vi.spyOn(Controller.prototype, 'scan');
    startController(SERTIFIKAT, PAGE);
    expect(host()?.getAttribute('data-page')).toBe('myasn-sertifikat');
    await vi.advanceTimersByTimeAsync(50);
    const before = scan.mock.calls.length;
    const cells = document.querySelectorAll('#grid span');
    const busyFor = async (ms: number) => {
      for (let t = 0; t < ms; t += 10) {
        cells[t % cells.length]!.textContent = `x${t} `;
        await vi.advanceTimersByTimeAsync(10);
      }
    };
    await busyFor(FULL_READ_MS - 200);
    // Before the hint, a page with something missing was re-read every ≈ 300 ms while it changed.
    expect(scan.mock.calls.length - before).toBe(0);
    // Owed after FULL_READ_MS; this page still waits for its status, so it keeps being watched and
    // the read comes within the read policy's maximum wait for a busy burst (300 ms).
    await busyFor(600);
    expect(scan.mock.calls.length - before).toBe(1);
  });

  it('reads a status that appears in the middle of busy cells while the page still waits for it without waiting for a pause (none while it waits for something)', async () => {
    vi.useFakeTimers();
    startController(SERTIFIKAT, PAGE);
    await vi.advanceTimersByTimeAsync(50);
    const cells = document.querySelectorAll('#grid span');
    const busyFor = async (ms: number) => {
      for (let t = 0; t < ms; t += 5) {
        cells[t % cells.length]!.textContent = `x${t} `;
        await vi.advanceTimersByTimeAsync(5);
      }
    };
    await busyFor(100);
    document.getElementById('status')!.firstChild!.nodeValue = 'WAITING_FOR_VERIFICATION';
    // Read within the read policy's maximum wait for a busy burst (300 ms); a pause would have held it
    // until its end and the busy read after it (≥ 400 ms here).
    await busyFor(340);
    expect(host()?.getAttribute('data-status')).toBe('WAITING_FOR_VERIFICATION');
  });

  it('reads at the end of the pause a status that changes in the middle of busy cells once the page waits for nothing', async () => {
    await pausedCertificatePage();
    document.getElementById('status')!.firstChild!.nodeValue = 'EXPIRED';
    await vi.advanceTimersByTimeAsync(100);
    // The pause has started (the page waits for nothing): the change waits for its end.
    expect(host()?.getAttribute('data-status')).toBe('ACTIVE');
    // PAGE's status runs into the button's text in textContent ("EXPIREDRegistrasi"): the print still sees it.
    await vi.advanceTimersByTimeAsync(PAUSE_MS + 400);
    expect(host()?.getAttribute('data-status')).toBe('EXPIRED');
  });

  it('checks what is typed in a form the page re-renders with the same words during a pause', async () => {
    vi.useFakeTimers();
    const scan = vi.spyOn(Controller.prototype, 'scan');
    const KONTAK = 'https://myasn.bkn.go.id/profil/update';
    const form = '<label for="hp">Nomor Handphone</label><input id="hp" name="hp"><label for="ed">Email Dinas</label><input id="ed" name="emailDinas"><label for="ep">Email Pribadi</label><input id="ep" name="emailPribadi"><button type="submit">Simpan</button>';
    startController(KONTAK, `<main><h1>Kontak Pribadi</h1><form id="f">${form}</form><div id="grid">${Array.from({ length: 50 }, (_, i) => `<span>c${i}</span>`).join('')}</div></main>`);
    expect(host()?.getAttribute('data-page')).toBe('myasn-kontak-pribadi');
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 500);
    // Complete (nothing it expects is missing, no loading sign): a busy batch pauses the watching of content.
    expect(shadow()?.querySelector('[data-looks-different]')).toBeNull();
    const cells = document.querySelectorAll('#grid span');
    cells[0]!.textContent = 'x1';
    await vi.advanceTimersByTimeAsync(20);
    // During the pause the framework puts in a new form with the very same words (text and count unchanged).
    const before = scan.mock.calls.length;
    document.getElementById('f')!.innerHTML = form;
    // The pause ends with the same print: the new form is not read (a full read is owed only after FULL_READ_MS).
    await vi.advanceTimersByTimeAsync(PAUSE_MS + 100);
    expect(scan.mock.calls.length).toBe(before);
    const input = document.getElementById('hp') as HTMLInputElement;
    input.value = '0812';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(400);
    // Seen where the user types (fieldElements.ts), not by the pause's print, which the new form leaves as it was.
    expect(shadow()?.querySelector('[data-field="nomor-hp"]')?.getAttribute('data-verdict')).toBe('error');
  });

  it('reads at once a form control put in and a part shown or hidden', async () => {
    const scan = vi.spyOn(Controller.prototype, 'scan');
    startController(SERTIFIKAT, PAGE);
    // Putting the panel in is a change that alters nothing: the first pause ends, content is watched again.
    await tick(PAUSE_MS + 50);
    let before = scan.mock.calls.length;
    document.getElementById('grid')!.append(document.createElement('input'));
    await tick(60);
    expect(scan.mock.calls.length).toBeGreaterThan(before);
    before = scan.mock.calls.length;
    document.getElementById('grid')!.hidden = true;
    await tick(60);
    expect(scan.mock.calls.length).toBeGreaterThan(before);
  });

  it('sees a navigation made during a pause (history.pushState, no Navigation API): a new page, not settled', async () => {
    await pausedCertificatePage();
    // The pause has started: the SPA moves on while content is not watched.
    history.pushState({}, '', '/profil/update');
    document.body.innerHTML = '<main id="app"><p>Profil</p></main>';
    await vi.advanceTimersByTimeAsync(PAUSE_MS + 100);
    expect(host()?.getAttribute('data-page')).toBe('myasn-kontak-pribadi');
    expect(shadow()?.querySelector('[data-looks-different]')).toBeNull();
  });

  it('puts the panel back soon when the page takes it out while busy', async () => {
    startController(SERTIFIKAT, PAGE);
    await tick(PAUSE_MS + 50);
    host()!.remove();
    await tick(400);
    expect(host()?.isConnected).toBe(true);
  });
});
