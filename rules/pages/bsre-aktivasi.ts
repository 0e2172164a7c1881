import type { PageRule } from '../schema';

/**
 * Guide F, "Aktivasi Akun": the BSrE wizard opened from the "[BSrE] Aktivasi Akun" mail. The URL
 * never changes between steps, so steps are told apart by their visible content only. The stepper
 * shows every step's title at all times, so no step marker may be a step title.
 */
export const bsreAktivasi: PageRule = {
  id: 'bsre-aktivasi',
  hosts: ['bsre.bssn.go.id'],
  paths: ['/email/aktivasi/akun/*'],
  markers: {
    any: ['Data Kedinasan', 'Kirim Kode OTP', 'Cek NIP', 'Ambil Foto Diri', 'Aktivasi Berhasil'],
    min: 1,
    // Texts only the passphrase wizard shows, in case its URL is not the one we expect. Not the
    // selfie's "Ambil ulang foto": this wizard's selfie step shows it too once the photo is taken.
    none: ['Konfirmasi Passphrase', 'Passphrase Anda berhasil dibuat', 'Silahkan cek kembali data diri anda'],
  },
  title: { id: 'Aktivasi akun BSrE', en: 'BSrE account activation' },
  guideStep: 8,
  contacts: ['persandian', 'bsre', 'helpdesk-bkn'],
  tips: [],
  fields: [],
  submitButtons: [],
  steps: [
    {
      id: 'data-diri',
      title: { id: 'Data Diri', en: 'Personal data' },
      guideStep: 8,
      markers: { any: ['Kirim Kode OTP', 'Verifikasi OTP', 'Nomor terverifikasi', 'Nama Lengkap'], min: 1 },
      tips: [
        {
          id: 'nik-16',
          tone: 'warn',
          text: {
            id: 'NIK adalah 16 digit nomor di KTP Anda. Salin persis seperti yang tertulis di KTP.',
            en: 'The NIK is the 16-digit number on your KTP. Copy it exactly as written on the KTP.',
          },
          source: 'guide:F.3',
        },
        {
          id: 'nomor-hp-wa',
          text: {
            id: 'Nomor HP harus nomor WhatsApp aktif: kode OTP dan nanti tautan Buat Passphrase dikirim BSSN lewat WhatsApp.',
            en: 'Nomor HP must be an active WhatsApp number: the OTP and later the passphrase link come from BSSN on WhatsApp.',
          },
          source: 'guide:F.3',
        },
        {
          id: 'otp-wa',
          text: {
            id: 'Klik "Kirim Kode OTP", masukkan 6 angka dari pesan WhatsApp "Badan Siber dan Sandi Negara", lalu klik "Verifikasi OTP". Setelah muncul "Nomor terverifikasi", klik Next.',
            en: 'Click "Kirim Kode OTP", enter the 6 digits from the WhatsApp message by "Badan Siber dan Sandi Negara", then click "Verifikasi OTP". When "Nomor terverifikasi" shows, click Next.',
          },
          source: 'guide:F.4',
        },
      ],
      fields: [
        { field: 'nik', labels: ['NIK'], names: ['nik'], placeholders: ['NIK', '16 digit'], required: true },
        { field: 'nomor-hp', labels: ['Nomor HP', 'Nomor Handphone', 'No. HP'], names: ['phone', 'hp', 'no_hp', 'handphone'], required: true },
        { field: 'otp', labels: ['Kode OTP', 'OTP'], names: ['otp'], placeholders: ['OTP'] },
      ],
      submitButtons: ['Kirim Kode OTP', 'Verifikasi OTP', 'Next', 'Selanjutnya'],
    },
    {
      id: 'data-kedinasan',
      title: { id: 'Data Kedinasan', en: 'Employment data' },
      guideStep: 8,
      markers: { any: ['status kepegawaian', 'Cek NIP', 'NIP / NRP', 'Unit Organisasi'], min: 1 },
      tips: [
        {
          id: 'asn-dan-polri',
          text: {
            id: 'Pilih status kepegawaian "ASN dan POLRI", isi NIP Anda, lalu klik "Cek NIP / NRP". Unit Organisasi, Jabatan dan Provinsi akan tampil.',
            en: 'Choose "ASN dan POLRI", enter your NIP, then click "Cek NIP / NRP". Unit, position and province appear.',
          },
          source: 'guide:F.6',
        },
        {
          id: 'nip-pppk',
          text: {
            id: 'Pegawai PPPK mengisi NI PPPK (18 digit, digit ke-13 bernilai 2) di kolom NIP / NRP.',
            en: 'PPPK employees enter their NI PPPK (18 digits, digit 13 is 2) in the NIP / NRP box.',
          },
          source: 'facts:ni-pppk',
        },
        {
          id: 'data-salah',
          text: {
            id: 'Jika data kepegawaian yang tampil salah atau NIP tidak ditemukan, laporkan ke Helpdesk BKN.',
            en: 'If the personnel data shown is wrong or the NIP is not found, report it to the BKN Helpdesk.',
          },
          source: 'guide:E.6',
        },
      ],
      fields: [{ field: 'nip', labels: ['NIP / NRP', 'NIP', 'NRP'], names: ['nip', 'nrp'], required: true }],
      submitButtons: ['Cek NIP / NRP', 'Cek NIP', 'Next', 'Selanjutnya'],
    },
    {
      id: 'foto-diri',
      title: { id: 'Foto Diri', en: 'Selfie' },
      guideStep: 8,
      markers: { any: ['Ambil Foto Diri', 'Ambil foto', 'Ambil ulang foto', 'Kebijakan Privasi'], min: 1, none: ['Aktivasi Berhasil'] },
      tips: [
        {
          id: 'mirip-ktp',
          tone: 'warn',
          text: {
            id: 'Swafoto dibandingkan dengan foto Anda di data Dukcapil: usahakan tampil semirip mungkin dengan foto di KTP.',
            en: 'The selfie is compared with your photo in the Dukcapil records: look as much as possible like your KTP photo.',
          },
          source: 'guide:F.8',
        },
        {
          id: 'cahaya',
          text: {
            id: 'Pastikan cahaya cukup terang dan wajah sejajar dengan kamera.',
            en: 'Make sure there is enough light and your face is level with the camera.',
          },
          source: 'guide:F.8',
        },
        {
          id: 'persetujuan',
          text: {
            id: 'Baca Kebijakan Privasi BSrE, centang kedua persetujuan, lalu klik Submit.',
            en: 'Read the BSrE privacy policy, tick both consents, then click Submit.',
          },
          source: 'guide:F.8',
        },
      ],
      fields: [
        {
          field: 'persetujuan',
          labels: ['Saya menyetujui', 'Kebijakan Privasi', 'data pribadi saya'],
          names: ['agree', 'setuju', 'consent', 'persetujuan'],
          count: 2,
          required: true,
        },
      ],
      submitButtons: ['Submit', 'Kirim'],
    },
    {
      id: 'berhasil',
      title: { id: 'Aktivasi berhasil', en: 'Activation done' },
      guideStep: 9,
      markers: { any: ['Aktivasi Berhasil', 'mengatur Passphrase'], min: 1 },
      tips: [
        {
          id: 'tunggu-wa',
          text: {
            id: 'Tautan "Buat Passphrase" dikirim BSSN lewat WhatsApp ke Nomor HP yang Anda daftarkan. Buka tautan itu untuk langkah terakhir.',
            en: 'BSSN sends the "Buat Passphrase" link by WhatsApp to the number you registered. Open it for the last step.',
          },
          source: 'guide:F.passphrase.1',
        },
        {
          id: 'cek-email',
          text: {
            id: 'Layar ini meminta Anda mengecek email untuk mengatur passphrase: periksa juga email dinas Anda.',
            en: 'This screen asks you to check your email to set the passphrase: look in your work email too.',
          },
          source: 'guide:F.9',
        },
        {
          id: 'tautan-tidak-datang',
          text: {
            id: 'Tautan tidak datang, baik lewat WhatsApp maupun email? Hubungi {tteDesk}.',
            en: 'The link does not come, neither by WhatsApp nor by email? Contact {tteDesk}.',
          },
          source: 'guide:G.2',
        },
        {
          id: 'gagal',
          text: {
            id: 'Jika aktivasi akun tidak berhasil, hubungi {tteOffice}.',
            en: 'If the activation failed, contact {tteOffice}.',
          },
          source: 'guide:F.9',
        },
      ],
      fields: [],
      submitButtons: [],
    },
  ],
};
