// @vitest-environment happy-dom
/**
 * Page lifecycle in the Controller: a slow page that shows "Memuat…" is waited for, never called
 * "different from the guide"; a complete page with something missing is, but only after being
 * quiet for several seconds; the NIK kept for the NIK↔NIP check lives only within the wizard.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shadow, startController, stopController, typeInto } from './start';

const SERTIFIKAT = 'https://myasn.bkn.go.id/layanan-asn/sertifikat-elektronik-bsre';
const CONTENT = `<h1>Sertifikat Elektronik BSrE</h1><dl><dt>NIK Pegawai</dt><dd>3371**********01</dd><dt>Email BSrE</dt><dd>-</dd></dl>
  <p>Status: <span>NOT_REGISTERED</span></p><button>Registrasi Sertifikat</button>`;
const looksDifferent = () => !!shadow()?.querySelector('[data-looks-different]');

afterEach(() => {
  stopController();
  vi.useRealTimers();
});

/** Advances fake time in steps, letting mutation observers run between them; true if "looks different" was ever shown. */
async function watch(ms: number): Promise<boolean> {
  let seen = false;
  for (let t = 0; t < ms; t += 100) {
    await vi.advanceTimersByTimeAsync(100);
    seen ||= looksDifferent();
  }
  return seen;
}

describe('Controller: a loading page is not a changed page', () => {
  it('"Memuat…" for 3 s, then the content: never "looks different"', async () => {
    vi.useFakeTimers();
    startController(SERTIFIKAT, '<main id="app"><p>Memuat…</p></main>');
    expect(document.querySelector('pemandu-tte')?.getAttribute('data-page')).toBe('myasn-sertifikat');
    expect(await watch(3000)).toBe(false);
    document.getElementById('app')!.replaceChildren(document.createRange().createContextualFragment(CONTENT));
    expect(await watch(8000)).toBe(false);
    expect(document.querySelector('pemandu-tte')!.getAttribute('data-status')).toBe('NOT_REGISTERED');
  });

  it('a page that keeps loading (spinner by role, aria-busy) is waited for, however long', async () => {
    vi.useFakeTimers();
    startController(SERTIFIKAT, '<main id="app" aria-busy="true"><div role="progressbar"></div></main>');
    expect(await watch(20_000)).toBe(false);
  });

  it('complete but something expected missing: "looks different" only after several quiet seconds', async () => {
    vi.useFakeTimers();
    startController(SERTIFIKAT, '<main id="app"><h1>Sertifikat Elektronik BSrE</h1><p>NIK Pegawai 3371</p></main>');
    expect(await watch(2500)).toBe(false);
    expect(await watch(2000)).toBe(true);
  });

  it('the loading sign going away starts the quiet period; a page still missing things is then told', async () => {
    vi.useFakeTimers();
    startController(SERTIFIKAT, '<main id="app"><p>Memuat…</p></main>');
    expect(await watch(6000)).toBe(false);
    document.getElementById('app')!.replaceChildren(document.createRange().createContextualFragment('<h1>Sertifikat Elektronik BSrE</h1><p>NIK Pegawai</p>'));
    expect(await watch(3000)).toBe(false);
    expect(await watch(2000)).toBe(true);
  });
});

describe('Controller: the NIK for the NIK↔NIP check', () => {
  const AKTIVASI = 'https://bsre.bssn.go.id/email/aktivasi/akun/5d710ec7';
  const DIRI = `<ol><li>Data Diri</li><li>Data Kedinasan</li><li>Foto Diri</li></ol>
    <section id="diri"><h2>Data Diri</h2><label for="nama">Nama Lengkap*</label><input id="nama">
      <label for="nik">NIK*</label><input id="nik" name="nik"><div><span>Nomor HP*</span><input name="no_hp"></div>
      <button type="button">Kirim Kode OTP</button><button type="button">Next</button></section>`;
  const KEDINASAN = `<ol><li>Data Diri</li><li>Data Kedinasan</li><li>Foto Diri</li></ol>
    <section><h2>Data Kedinasan</h2><p>Silahkan pilih status kepegawaian anda!</p>
      <label for="nip">NIP / NRP</label><input id="nip" name="nip"><button type="button">Cek NIP / NRP</button></section>`;
  // A woman born 1 January 1990 (day + 40); the NIP says a man born 5 May 1985.
  const NIK = '3371014101900001';
  const NIP = '198505052010011003';
  const happy = () => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM;

  async function goTo(url: string, html: string, page: string | null) {
    happy().setURL(url);
    document.body.innerHTML = html;
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => expect(document.querySelector('pemandu-tte[data-page]')?.getAttribute('data-page') ?? null).toBe(page));
  }
  async function nipVerdict(): Promise<string | null> {
    await vi.waitFor(() => expect(document.querySelector('pemandu-tte')?.getAttribute('data-step')).toBe('data-kedinasan'));
    typeInto(document.getElementById('nip') as HTMLInputElement, NIP);
    return shadow()!.querySelector('[data-field="nip"]')!.getAttribute('data-verdict');
  }

  it('is kept across the wizard’s own steps', async () => {
    startController(AKTIVASI, DIRI);
    typeInto(document.getElementById('nik') as HTMLInputElement, NIK);
    document.body.innerHTML = KEDINASAN;
    expect(await nipVerdict()).toBe('warn');
  });

  it('is dropped once the page is no longer the activation wizard', async () => {
    startController(AKTIVASI, DIRI);
    typeInto(document.getElementById('nik') as HTMLInputElement, NIK);
    await goTo('https://myasn.bkn.go.id/dashboard', '<h1>Selamat Datang, EKO</h1><h2>Aksi Cepat</h2><h2>Informasi Jabatan</h2><p>Layanan ASN</p>', 'myasn-dashboard');
    await goTo(AKTIVASI, KEDINASAN, 'bsre-aktivasi');
    expect(await nipVerdict()).toBe('ok');
  });
});
