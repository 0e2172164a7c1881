/**
 * Indonesian UI copy of the overlay, in the three parts a portal host's kit picks from
 * (rules/hosts/<name>.ts): what every panel says, what a page that checks fields adds (its findings
 * and the guard), and what a certificate page adds (its status and the agency offer).
 */
export const uiCore = {
  appName: 'Pemandu TTE',
  open: 'Buka Pemandu TTE',
  collapse: 'Kecilkan panel',
  progress: 'Langkah {n} dari {total}',
  /** This language's own name, in the language choices. */
  languageName: 'Bahasa Indonesia',
  languageSwitch: 'English',
  languageSwitchLabel: 'Ganti bahasa ke bahasa Inggris',
  tipsHeading: 'Tips untuk langkah ini',
  contactsHeading: 'Jika ada kendala, hubungi',
  looksDifferent: 'Halaman ini terlihat berbeda dari panduan: isian, langkah, atau status yang diharapkan tidak ditemukan. Tips di bawah mungkin masih membantu; jika bingung, hubungi kontak di bawah.',
  whatsapp: 'WhatsApp',
  phone: 'Telepon',
  email: 'Email',
  telegram: 'Telegram',
  unverified: '(belum terverifikasi)',
  copyCode: 'Salin kode bantuan',
  copied: 'Kode bantuan disalin. Kode ini tidak memuat data pribadi Anda.',
  copyFailed: 'Kode bantuan tidak bisa disalin otomatis. Pilih dan salin kode ini:',
};

/** Findings, the passphrase checklist and the guard: hosts whose pages check a field. */
export const uiChecks = {
  checksHeading: 'Pemeriksaan isian',
  guardHeading: 'Periksa dulu sebelum melanjutkan',
  guardIntro: 'Klik pada "{button}" belum diteruskan ke portal karena ada isian yang tampaknya keliru:',
  guardFix: 'Perbaiki dulu',
  guardAnyway: 'Tetap lanjutkan',
  guardHint: 'Isian Anda tidak diubah. Jika Anda yakin isiannya sudah benar, pilih "Tetap lanjutkan" atau klik "{button}" sekali lagi.',
  guardPassedHeading: 'Periksa kembali isian Anda',
  guardPassedIntro: 'Klik pada "{button}" sudah diteruskan ke portal karena panel ini sedang tertutup (misalnya oleh jendela lain di halaman). Isian berikut tampaknya keliru:',
  guardFixNow: 'Perbaiki isian',
  guardAgain: 'Tombol "{button}" dimuat ulang oleh halaman sebelum klik Anda sempat diteruskan. Silakan klik "{button}" sekali lagi; kali ini klik Anda langsung diteruskan.',
  ruleMinLength: 'Minimal {min} karakter',
  ruleUpper: 'Huruf besar (A–Z)',
  ruleLower: 'Huruf kecil (a–z)',
  ruleDigit: 'Angka (0–9)',
  ruleSymbol: 'Simbol (mis. ! @ #)',
  ruleNoSpace: 'Tanpa spasi',
  ruleMet: 'terpenuhi',
  ruleUnmet: 'belum',
  verdictOk: 'Sesuai',
  verdictWarn: 'Periksa',
  verdictError: 'Perlu diperbaiki',
};

/** The certificate's status and validity, and the agency offer: hosts with a certificate page. */
export const uiCertificate = {
  /** How dates are written (a BCP 47 tag for toLocaleDateString). */
  dateLocale: 'id-ID',
  statusHeading: 'Status sertifikat: {code}',
  statusNext: 'Yang perlu Anda lakukan',
  validityEnd: 'Berlaku sampai {date} ({days} hari lagi).',
  validityEndComputed: 'Berlaku sampai sekitar {date}, {days} hari lagi.',
  validityExpiring: 'Sertifikat akan berakhir dalam {days} hari. Ajukan perpanjangan sebelum {date} agar Anda tetap bisa menandatangani.',
  validityExpired: 'Masa berlaku sertifikat sudah lewat ({date}, {days} hari yang lalu), walaupun status di portal masih aktif.',
  validityUnknown: 'Masa berlaku tidak terbaca di halaman ini.',
  missingStatus: 'Status sertifikat tidak terbaca di halaman ini.',
  agencyOfferHeading: 'Instansi Anda',
  agencyOffer: 'Halaman ini menunjukkan Instansi Kerja Anda: {name}. Pakai kontak bantuan dan domain email dinas instansi ini di Pemandu TTE?',
  agencyAccept: 'Ya, pakai',
  agencyDecline: 'Bukan instansi saya',
};

/** All of it: the copy's `ui` part (extension pages, the background). Marked pure so a portal page's script, which takes only its parts, drops it. */
export const ui = /* @__PURE__ */ Object.assign({}, uiCore, uiChecks, uiCertificate);
