/**
 * Where every sentence the overlay states as fact comes from. Rule data (tips, status
 * explanations, contacts, guide steps) names one of these ids in its `source`; text that is only
 * general advice says `source: 'advice'` and may then hold no URL, phone number, duration or count
 * of days (tests/unit/provenance.test.ts).
 *
 * - `guide:<section>`: the official guide, docs/guide/000_b4beb2d835d6b1b6.txt. `heading` is
 *   that section's opening words as the OCR text has them (typos included), so the test can check
 *   that the section really exists. Sections F.1–F.9 are "Aktivasi Akun", F.passphrase.1–8 are
 *   "Pengaturan Passphrase".
 * - `facts:<name>`: an entry of "Facts from public sources beyond the guide" in
 *   docs/guide/README.md; `heading` is the entry's bold lead word there.
 */

export interface SourceInfo {
  readonly id: string;
  readonly heading: string;
  readonly about: string;
}

export const GUIDE_SOURCES = [
  { id: 'guide:A', heading: 'A. PENDAHULUAN', about: 'What an electronic certificate and signature are for' },
  { id: 'guide:B', heading: 'RUANG LINGKUP', about: 'Who the guide is for: ASN (PNS and PPPK), who register themselves through MyASN' },
  { id: 'guide:C', heading: 'KETENTUAN', about: 'Who may register; others with a work agreement apply to the agency; the certificate owner’s duties' },
  { id: 'guide:D', heading: 'D. PERSIAPAN', about: 'What to have ready before registering' },
  { id: 'guide:D.1', heading: 'Memiliki akun ASN Digital yang aktif', about: 'An active ASN Digital account; without one, contact the personnel agency (BKPSDM)' },
  { id: 'guide:D.2', heading: 'Memiliki email dinas pribadi yang aktif', about: 'An active personal email dinas on the agency domain (PNS / PPPK subdomains)' },
  { id: 'guide:D.3', heading: 'Menyiapkan Kartu Tanda Penduduk', about: 'The KTP (identity card)' },
  { id: 'guide:D.4', heading: 'Aplikasi Otentikator pada Smartphone', about: 'An authenticator app on a smartphone' },
  { id: 'guide:E', heading: 'E. PENDAFTARAN EMAIL DINAS UNTUK EMAIL BSrE', about: 'Registering the email dinas as the BSrE email in MyASN' },
  { id: 'guide:E.1', heading: '1. Login ASN Digital pada', about: 'SSO login: Username = NIP, Password = ASN Digital password, OTP from the authenticator app' },
  { id: 'guide:E.2', heading: '2. Pilih Layanan Individu ASN', about: 'Choose Layanan Individu ASN' },
  { id: 'guide:E.3', heading: '3. Pilih MyASN', about: 'Choose MyASN' },
  { id: 'guide:E.4', heading: '4. Berikut Dashboard pada MyASN', about: 'The MyASN dashboard' },
  { id: 'guide:E.5', heading: '5. Pilih Layanan ASN, selanjutnya pilih Sertifikat Elektronik BSrE', about: 'Layanan ASN → Sertifikat Elektronik BSrE' },
  { id: 'guide:E.6', heading: '6. Jika belum terdaftar maka status: NOT_REGISTERED', about: 'NOT_REGISTERED; Verifikasi Email Dinas Anda leads to Kontak Pribadi; help lines: Helpdesk BKN, Telegram @infobsre' },
  { id: 'guide:E.7', heading: 'informasi data pribadi dengan benar', about: 'The Kontak Pribadi form: address as on the KTP, WhatsApp number, email dinas, email pribadi; Simpan, then Verifikasi' },
  { id: 'guide:E.8', heading: '8. Selanjutnya akan muncul notifikasi berikut', about: '"Apakah anda yakin?" → Ya; no verification email → report through Helpdesk BKN' },
  { id: 'guide:E.9', heading: '9. Akses email dinas melalui', about: 'Open the agency webmail; username is the full address' },
  { id: 'guide:E.10', heading: '10. Cek email untuk aktivasi email Dinas MyASN', about: 'Open "Aktivasi Email Dinas MyASN" and click Aktivasi Email Dinas' },
  { id: 'guide:E.11', heading: '11. Setelah berhasil akan muncul notifikasi berikut', about: '"Aktivasi Berhasil": the email dinas is activated' },
  { id: 'guide:E.12', heading: '12. Akses Kembali menu Sertifikat Elektronik BSrE', about: 'Back on the certificate page Email BSrE is filled in' },
  { id: 'guide:F', heading: 'F. PEMBUATAN SERTIFIKAT ELEKTRONIK BSrE', about: 'Registrasi Sertifikat → "Apakah anda yakin akan Buat Sertifikat?" → Ya' },
  { id: 'guide:F.1', heading: 'Setelah registrasi berhasil, pegawai dapat melakukan aktivasi akun', about: 'The activation link arrives in the registered email dinas' },
  { id: 'guide:F.2', heading: '2. Buka email dari BSrE dengan subjek Aktivasi Akun', about: 'The "[BSrE] Aktivasi Akun" mail from osd@bssn.go.id; if its button does not work, copy and paste the link' },
  { id: 'guide:F.3', heading: '3. Anda akan diarahkan ke Portal BSrE', about: 'Data Diri: NIK (16-digit KTP number), Nomor HP (WhatsApp), Kirim Kode OTP' },
  { id: 'guide:F.4', heading: '4. Masukkan kode OTP yang diterima melalui WhatsApp', about: 'The OTP arrives by WhatsApp from Badan Siber dan Sandi Negara; Verifikasi OTP' },
  { id: 'guide:F.5', heading: '5. Setelah terverifikasi akan muncul notifikasi Nomor terverifikasi', about: '"Nomor terverifikasi" → Next' },
  { id: 'guide:F.6', heading: '6. Pilih ASN dan POLRI', about: 'Data Kedinasan: ASN dan POLRI' },
  { id: 'guide:F.7', heading: 'NIP, kemudian klik Cek NIP/NRP', about: 'NIP → Cek NIP / NRP shows Unit Organisasi, Jabatan, Provinsi' },
  { id: 'guide:F.8', heading: '8. Lakukan foto diri', about: 'Selfie: light, face level, compared with Dukcapil records, as like the KTP photo as possible; two consents; Submit' },
  { id: 'guide:F.9', heading: '9. Jika sudah berhasil akan muncul notifikasi Aktivasi Berhasil', about: '"Aktivasi Berhasil! Silakan cek email Anda untuk mengatur Passphrase"; if activation fails, contact the agency office' },
  { id: 'guide:F.passphrase', heading: 'PENGATURAN PASSPHRASE', about: 'The passphrase is the password used at every signature; it can be changed or reset' },
  { id: 'guide:F.passphrase.1', heading: '1. Setelah aktivasi akun berhasil, pengguna akan menerima link', about: 'The passphrase link arrives by WhatsApp from BSSN at the registered number' },
  { id: 'guide:F.passphrase.2', heading: '2. Lakukan konfirmasi data diri', about: 'Lihat Profil Data Diri; if right, OK and Next' },
  { id: 'guide:F.passphrase.3', heading: '3. Lakukan foto diri seperti saat melakukan aktivasi akun', about: 'Selfie again' },
  { id: 'guide:F.passphrase.4', heading: '4. Buat Passphrase dengan ketentuan panjang minimal 8 karakter', about: 'Passphrase rule; accept the Perjanjian Pemilik Sertifikat Elektronik, else Submit is refused' },
  { id: 'guide:F.passphrase.5', heading: '5. Setelah berhasil akan muncul notifikasi Berhasil', about: '"Passphrase Anda berhasil dibuat"' },
  { id: 'guide:F.passphrase.6', heading: '6. Pengguna akan mendapatkan notifikasi penerbitan sertifikat elektronik melalui email', about: 'The "Selamat, Sertifikat elektronik anda telah terbit!" mail' },
  { id: 'guide:F.passphrase.7', heading: '7. Pengguna juga dapat mengecek status pada dashboard MyASN', about: 'Status ACTIVE with its validity; valid 2 years from issue' },
  { id: 'guide:F.passphrase.8', heading: '8. Proses penerbitan sertifikat elektronik selesai', about: 'Done: the certificate can be used' },
  { id: 'guide:G', heading: 'G. INFORMASI DAN BANTUAN', about: 'Help contacts' },
  { id: 'guide:G.1', heading: '1. Informasi lebih lanjut mapun kendala terkait email dinas', about: 'Email dinas problems (creating one, forgotten password): the agency IT desk' },
  { id: 'guide:G.2', heading: '2. Informasi lebih lanjut maupun kendala terkait sertifikat elektronik', about: 'Certificate problems (failed activation, forgotten passphrase): the agency persandian desk' },
] as const satisfies readonly SourceInfo[];

export const FACT_SOURCES = [
  { id: 'facts:statuses', heading: 'Statuses', about: 'What each BSrE status code means, from public BSrE client libraries' },
  { id: 'facts:signing-errors', heading: 'Signing errors', about: 'Error codes users report when signing' },
  { id: 'facts:forgotten-passphrase', heading: 'Forgotten passphrase', about: 'Reset in the BSrE portal (Sertifikat Saya → Daftar Sertifikat Elektronik → Aksi) or through the agency' },
  { id: 'facts:myasn', heading: 'MyASN', about: 'Data Kependudukan check before Registrasi Sertifikat; Keycloak SSO' },
  { id: 'facts:nik', heading: 'NIK', about: 'NIK layout: region, birth date (women +40), serial' },
  { id: 'facts:nip', heading: 'NIP (PNS)', about: 'NIP layout: birth date, TMT, gender, serial' },
  { id: 'facts:ni-pppk', heading: 'NI PPPK', about: 'NI PPPK layout: digit 13 is 2' },
  { id: 'facts:mobile', heading: 'Mobile numbers', about: '08…, 628…, +628…; 10–13 digits' },
  { id: 'facts:otp', heading: 'OTP', about: 'Authenticator and WhatsApp OTPs are 6 digits' },
  { id: 'facts:keycloak', heading: 'The SSO is Keycloak', about: "The SSO's form ids and messages are Keycloak's own (login by email, invalid code)" },
  { id: 'facts:phone-plan', heading: 'Phone number plan', about: "Indonesian mobile prefixes and landline area codes with their lengths, from Google's libphonenumber metadata" },
  { id: 'facts:invalid-authenticator', heading: 'Invalid authenticator code', about: "Check the phone's clock and time zone, or log out and in; BKPSDM can reset the MFA" },
] as const satisfies readonly SourceInfo[];

export const SOURCES: readonly SourceInfo[] = [...GUIDE_SOURCES, ...FACT_SOURCES];

export type SourceId = (typeof GUIDE_SOURCES)[number]['id'] | (typeof FACT_SOURCES)[number]['id'];
/** General advice: no fact claimed, so no URL, number, duration or name that needs a source. */
export const ADVICE = 'advice';
/**
 * Pemandu TTE's own interface words (overlay UI strings, rules/locales/uiSources.ts): they name a
 * control or say what the panel did or asks, and state nothing about the portal or the certificate,
 * so they are held to advice's limits. Never a source of rule data.
 */
export const UI = 'ui';
/** What a sentence of copy may rest on: a source, or (interface words only) UI. */
export type CopySource = Source | typeof UI;
/**
 * The agency's own policy (rules/agencyPolicy/): desks and numbers an agency's IT set through
 * browser policy, shown as that agency's statement. Never used by built-in rule data (provenance test).
 */
export const POLICY = 'policy';
export type Source = SourceId | typeof ADVICE | typeof POLICY;

export const SOURCE_IDS = [...GUIDE_SOURCES.map((s) => s.id), ...FACT_SOURCES.map((s) => s.id), ADVICE, POLICY] as unknown as [Source, ...Source[]];
