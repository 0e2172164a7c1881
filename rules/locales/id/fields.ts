/**
 * What each field check says, in Indonesian (the default): per field, one message per reason of its
 * file in rules/fields/ (the type makes a missing one a compile error). Placeholders `{name}` are
 * filled from the finding's params, which hold counts, limits and agency domains only, never what
 * the user typed. The panel shows the field's name before the message, and every message names
 * its field too. The voice of a helpful colleague, "Anda".
 */
import type { FieldMessages, FieldNames } from '../../fields/types';

/**
 * What the phone check (rules/fields/phone.ts) says, the same for both phone fields. Added to each
 * through a call marked pure, so a portal host with no phone field bundles none of it (rules/hosts/).
 */
const phone = {
  empty: 'Nomor belum diisi. Contoh: 0812-3456-7890.',
  overLimit: 'Isian nomor terlalu panjang (lebih dari {max} karakter). Isi satu nomor saja.',
  chars: 'Nomor hanya boleh berisi angka, spasi, tanda hubung, titik, tanda kurung, dan + di depan. Isi satu nomor saja.',
  nonAsciiDigits: 'Nomor berisi angka dari papan ketik lain (mis. angka Arab). Hapus, lalu ketik ulang dengan angka biasa.',
  prefix: 'Gunakan nomor Indonesia yang diawali 0, 62, atau +62, misalnya 0812-3456-7890.',
  extraZero: 'Setelah kode negara 62, jangan tulis 0 lagi: tulis +62 812…, bukan +62 0812….',
  tooShort: 'Nomor terlalu pendek: {count} digit, minimal {min} (dihitung dengan angka 0 di depan).',
  tooLong: 'Nomor terlalu panjang: {count} digit, maksimal {max} (dihitung dengan angka 0 di depan).',
  unknownPrefix: 'Awalan nomor seluler ini tidak ada dalam daftar operator yang kami miliki. Periksa lagi; jika nomornya memang benar, Anda boleh melanjutkan.',
  unusualLength: 'Panjang nomor ini tidak lazim untuk awalan atau kode areanya. Periksa lagi; jika nomornya memang benar, Anda boleh melanjutkan.',
  boxZero: 'Di depan kolom sudah tertulis +62: ketik nomor tanpa 0 di depan, misalnya 812-3456-7890.',
  boxCountry: 'Di depan kolom sudah tertulis +62: jangan ketik 62 lagi, mulailah dari angka berikutnya, misalnya 812-3456-7890.',
  boxPrefix: 'Di depan kolom sudah tertulis +62: ketik nomor Indonesia tanpa 0 di depan, misalnya 812-3456-7890.',
  boxTooShort: 'Nomor terlalu pendek: {count} digit setelah +62, minimal {min}.',
  boxTooLong: 'Nomor terlalu panjang: {count} digit setelah +62, maksimal {max}.',
  invisible: 'Format nomor sudah benar, tetapi ada karakter tak terlihat yang ikut tersalin. Jika portal menolak, hapus lalu ketik ulang nomornya.',
  ok: 'Format nomor seluler sudah benar. Pastikan nomor ini aktif di WhatsApp.',
};

export const nik: FieldMessages['nik'] = {
  empty: 'NIK belum diisi. Ketik {nikLength} digit NIK sesuai KTP Anda.',
  overLimit: 'Isian NIK terlalu panjang (lebih dari {max} karakter). Isi hanya {nikLength} digit NIK.',
  notDigits: 'NIK hanya berisi angka. Hapus huruf atau tanda lain (perhatikan huruf O dan angka nol), lalu cocokkan dengan KTP Anda.',
  nonAsciiDigits: 'NIK berisi angka dari papan ketik lain (mis. angka Arab). Hapus, lalu ketik ulang dengan angka biasa.',
  length: 'NIK harus {nikLength} digit, sedangkan yang terisi {count}. Cocokkan kembali dengan KTP Anda.',
  province: 'Dua digit pertama NIK bukan kode provinsi yang dikenal. Cocokkan kembali dengan KTP Anda.',
  birthDate: 'Digit ke-7 sampai ke-12 NIK adalah tanggal lahir (untuk perempuan, tanggalnya ditambah 40), tetapi tanggal ini tidak ada. Cocokkan dengan KTP Anda.',
  serial: 'Empat digit terakhir NIK tidak mungkin 0000. Cocokkan kembali dengan KTP Anda.',
  invisible: 'Format NIK sudah benar, tetapi ada karakter tak terlihat yang ikut tersalin. Jika portal menolak, hapus lalu ketik ulang NIK.',
  grouped: 'Ketik angkanya saja, tanpa spasi, titik, atau tanda hubung. Semua {nikLength} digit NIK sudah sesuai format.',
  ok: 'Format NIK sudah benar ({nikLength} digit).',
};

export const nip: FieldMessages['nip'] = {
  empty: 'NIP belum diisi. Ketik {nipLength} digit NIP (PNS) atau NI PPPK Anda.',
  overLimit: 'Isian NIP terlalu panjang (lebih dari {max} karakter). Isi hanya {nipLength} digit NIP atau NI PPPK.',
  notDigits: 'NIP hanya berisi angka. Hapus huruf atau tanda lain, lalu ketik {nipLength} digit NIP atau NI PPPK Anda.',
  nonAsciiDigits: 'NIP berisi angka dari papan ketik lain (mis. angka Arab). Hapus, lalu ketik ulang dengan angka biasa.',
  length: 'NIP atau NI PPPK harus {nipLength} digit, sedangkan yang terisi {count}.',
  birthDate: 'Delapan digit pertama NIP adalah tanggal lahir (tahun, bulan, tanggal), tetapi tanggal ini tidak ada. Cocokkan dengan NIP di MyASN atau SK Anda.',
  birthYear: 'Tahun lahir pada NIP (empat digit pertama) tidak lazim untuk seorang pegawai. Cocokkan dengan NIP di MyASN atau SK Anda.',
  typeDigit: 'Digit ke-13 NIP harus 0 atau 1 untuk PNS, atau 2 untuk PPPK. Cocokkan kembali dengan NIP di MyASN atau SK Anda.',
  tmt: 'Digit ke-9 sampai ke-14 NIP PNS adalah TMT CPNS (tahun, lalu bulan), tetapi isinya tidak sesuai. Cocokkan dengan NIP di MyASN atau SK Anda.',
  tmtAge: 'TMT CPNS pada NIP (digit ke-9 sampai ke-14) tampaknya tidak cocok dengan tanggal lahir (delapan digit pertama). Periksa kembali NIP Anda.',
  pppkAppointment: 'Digit ke-9 sampai ke-12 NI PPPK adalah tahun pengangkatan PPPK pertama, tetapi tahun ini tidak lazim. Periksa kembali NI PPPK Anda.',
  pppkAge: 'Tahun pengangkatan pada NI PPPK (digit ke-9 sampai ke-12) tampaknya tidak cocok dengan tahun lahir (empat digit pertama). Periksa kembali NI PPPK Anda.',
  pppkContracts: 'Digit ke-14 NI PPPK (jumlah kontrak) harus 1 sampai 9, bukan 0. Periksa kembali NI PPPK Anda.',
  gender: 'Digit ke-15 NIP (jenis kelamin) harus 1 untuk laki-laki atau 2 untuk perempuan. Periksa kembali NIP Anda.',
  serial: 'Tiga digit terakhir NIP (nomor urut) 000 tidak lazim. Periksa kembali NIP Anda.',
  invisible: 'Format NIP sudah benar, tetapi ada karakter tak terlihat yang ikut tersalin. Jika portal menolak, hapus lalu ketik ulang NIP.',
  grouped: 'Ketik angkanya saja, tanpa spasi, titik, atau tanda hubung. Semua {nipLength} digit NIP sudah sesuai format.',
  'ok.pns': 'Format NIP sudah benar ({nipLength} digit, PNS).',
  'ok.pppk': 'Format NI PPPK sudah benar ({nipLength} digit, PPPK).',
  birthDateMismatch: 'Tanggal lahir pada NIK dan NIP berbeda. Mungkin salah ketik, atau data kepegawaian berbeda dengan data kependudukan. Periksa keduanya.',
  genderMismatch: 'Jenis kelamin pada NIK (tanggal lahir ditambah 40 untuk perempuan) dan pada NIP (digit ke-15) berbeda. Periksa keduanya.',
  email: 'Portal ini juga menerima alamat email, tetapi panduan meminta NIP sebagai username. Jika masuk dengan email gagal, coba dengan NIP Anda.',
};

const withPhone = <T extends object>(own: T) => ({ ...phone, ...own });

export const nomorHp: FieldMessages['nomor-hp'] = /* @__PURE__ */ withPhone({
  notMobile: 'Nomor HP harus nomor seluler yang aktif di WhatsApp (diawali 08 atau +628).',
});

export const nomorTelepon: FieldMessages['nomor-telepon'] = /* @__PURE__ */ withPhone({
  unknownAreaCode: 'Kode area nomor ini tidak ada dalam data kode area yang kami miliki. Periksa lagi; jika nomornya memang benar, Anda boleh melanjutkan.',
  // A mobile number typed as the phone number: no WhatsApp asked for here (guide E.7).
  ok: 'Format nomor seluler sudah benar.',
  okLandline: 'Format nomor telepon sudah benar (telepon rumah atau kantor dengan kode area).',
});

export const emailDinas: FieldMessages['email-dinas'] = {
  empty: 'Email dinas belum diisi.',
  overLimit: 'Isian email dinas terlalu panjang (lebih dari {max} karakter).',
  spaces: 'Alamat email dinas tidak boleh berisi spasi.',
  noAt: 'Alamat email dinas belum lengkap: tulis nama akun, tanda @, lalu domain instansi Anda: {domains}.',
  syntax: 'Alamat email dinas belum benar. Bentuknya nama@domain, dengan domain instansi Anda: {domains}.',
  public: 'Gunakan email dinas, bukan email pribadi seperti Gmail. Domain instansi Anda: {domains}.',
  otherSubdomain: 'Domain ini untuk jenis pegawai yang lain. Sesuai NIP Anda ({type}), email dinas Anda memakai domain {expected}.',
  domain: 'Domain ini bukan domain email dinas instansi yang dipilih ({domains}). Jika Anda pegawai instansi lain, pilih instansi Anda di Pengaturan Pemandu TTE.',
  agencyDomain: 'Alamat ini memakai domain instansi, padahal email dinas ASN memakai subdomain sesuai jenis pegawai: {domains}. Periksa lagi.',
  invisible: 'Email dinas sudah benar, tetapi ada karakter tak terlihat yang ikut tersalin. Jika portal menolak, hapus lalu ketik ulang alamatnya.',
  ok: 'Email dinas sudah benar, dengan domain instansi {domain}.',
  okAnyType: 'Email dinas memakai domain instansi. Pastikan subdomainnya sesuai jenis pegawai Anda: {domains}.',
  // The generic profile (rules/agencies/umum.ts): only the parent domain is known ({domains} = go.id).
  govNoAt: 'Alamat email dinas belum lengkap: tulis nama akun, tanda @, lalu domain instansi Anda, yang biasanya berakhiran .{domains}.',
  govSyntax: 'Alamat email dinas belum benar. Bentuknya nama@domain, dengan domain instansi Anda, yang biasanya berakhiran .{domains}.',
  govPublic: 'Gunakan email dinas dari instansi Anda, bukan email pribadi seperti Gmail. Belum punya? Tanyakan kepada pengelola email dinas instansi Anda.',
  govOther: 'Domain ini tidak berakhiran .{domains} seperti biasanya email dinas. Periksa ejaannya; jika instansi Anda memang memakai domain lain, Anda boleh melanjutkan.',
  govOk: 'Email dinas memakai domain pemerintah. Pastikan ini alamat Anda sendiri: tautan aktivasi akun BSrE dikirim ke alamat ini.',
  domainPolicy: 'Domain ini bukan domain email dinas yang ditetapkan instansi Anda ({domains}). Periksa lagi alamat email dinas Anda.',
};

export const emailPribadi: FieldMessages['email-pribadi'] = {
  empty: 'Email pribadi belum diisi.',
  overLimit: 'Isian email pribadi terlalu panjang (lebih dari {max} karakter).',
  spaces: 'Alamat email pribadi tidak boleh berisi spasi.',
  noAt: 'Alamat email pribadi belum lengkap: tulis nama akun, tanda @, lalu domainnya, misalnya nama@gmail.com.',
  syntax: 'Alamat email pribadi belum benar. Bentuknya nama@domain, misalnya nama@gmail.com.',
  invisible: 'Email pribadi sudah benar, tetapi ada karakter tak terlihat yang ikut tersalin. Jika portal menolak, hapus lalu ketik ulang alamatnya.',
  ok: 'Format email pribadi sudah benar.',
};

export const otp: FieldMessages['otp'] = {
  empty: 'Kode OTP belum diisi. Ketik {expected} digit dari aplikasi otentikator atau dari pesan WhatsApp.',
  overLimit: 'Isian kode OTP terlalu panjang (lebih dari {max} karakter).',
  notDigits: 'Kode OTP hanya berisi angka ({expected} digit). Hapus huruf atau tanda lain.',
  nonAsciiDigits: 'Kode OTP berisi angka dari papan ketik lain. Hapus, lalu ketik ulang dengan angka biasa.',
  length: 'Kode OTP terdiri dari {expected} digit, sedangkan yang terisi {count}.',
  invisible: 'Format kode OTP sudah benar, tetapi ada karakter tak terlihat yang ikut tersalin. Jika ditolak, ketik ulang kodenya.',
  ok: 'Format kode OTP sudah benar ({expected} digit).',
};

export const passphrase: FieldMessages['passphrase'] = {
  empty: 'Passphrase belum diisi. Buat minimal {min} karakter sesuai syarat di bawah.',
  overLimit: 'Passphrase terlalu panjang (lebih dari {max} karakter).',
  minLength: 'Passphrase terlalu pendek: minimal {min} karakter.',
  upper: 'Tambahkan minimal satu huruf besar (A–Z) pada passphrase.',
  lower: 'Tambahkan minimal satu huruf kecil (a–z) pada passphrase.',
  digit: 'Tambahkan minimal satu angka pada passphrase.',
  symbol: 'Tambahkan minimal satu simbol (bukan huruf atau angka) pada passphrase, misalnya ! @ #.',
  noSpace: 'Passphrase tidak boleh berisi spasi.',
  invisible: 'Passphrase memenuhi syarat, tetapi berisi karakter tak terlihat yang ikut tersalin. Ketik ulang passphrase tanpa salin-tempel.',
  nonAscii: 'Passphrase memenuhi syarat, tetapi berisi huruf atau simbol di luar papan ketik biasa (mis. é, €). Pakailah yang mudah diketik di perangkat mana pun.',
  ok: 'Passphrase memenuhi semua syarat.',
};

export const passphraseKonfirmasi: FieldMessages['passphrase-konfirmasi'] = {
  empty: 'Ketik ulang passphrase yang sama di kolom konfirmasi.',
  partial: 'Konfirmasi passphrase belum lengkap. Lanjutkan mengetik passphrase yang sama.',
  mismatch: 'Konfirmasi tidak sama dengan passphrase. Ketik ulang dengan teliti, perhatikan huruf besar dan kecil.',
  ok: 'Konfirmasi sama dengan passphrase.',
};

export const persetujuan: FieldMessages['persetujuan'] = {
  missing: '{missing} dari {total} persetujuan belum dicentang. Baca, lalu centang semuanya sebelum Submit.',
  ok: 'Semua persetujuan ({total}) sudah dicentang.',
};

/** Every field's messages by field id (a portal host's content script picks its fields' consts above: rules/hosts/). */
export const fields: FieldMessages = {
  nik,
  nip,
  'nomor-hp': nomorHp,
  'nomor-telepon': nomorTelepon,
  'email-dinas': emailDinas,
  'email-pribadi': emailPribadi,
  otp,
  passphrase,
  'passphrase-konfirmasi': passphraseKonfirmasi,
  persetujuan,
};

/** How the overlay names each checked field, so "Nomor terlalu pendek" says which box. */
export const fieldNames: FieldNames = {
    nik: 'NIK',
    nip: 'NIP / NI PPPK',
    'nomor-hp': 'Nomor HP (WhatsApp)',
    'nomor-telepon': 'Nomor Telepon',
    'email-dinas': 'Email Dinas',
    'email-pribadi': 'Email Pribadi',
    otp: 'Kode OTP',
    passphrase: 'Passphrase',
    'passphrase-konfirmasi': 'Konfirmasi Passphrase',
    persetujuan: 'Persetujuan',
};
