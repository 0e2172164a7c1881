import { definePage } from './define';

/**
 * Guide F, "Aktivasi Akun": the BSrE wizard opened from the "[BSrE] Aktivasi Akun" mail. The URL
 * never changes between steps, so steps are told apart by their visible content only. The stepper
 * shows every step's title at all times, so no step marker may be a step title.
 */
export const bsreAktivasi = definePage({
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
  guideStep: 'aktivasi-akun',
  contacts: ['persandian', 'bsre', 'helpdesk-bkn'],
  tips: [],
  fields: [],
  submitButtons: [],
  steps: [
    {
      id: 'data-diri',
      guideStep: 'aktivasi-akun',
      markers: { any: ['Kirim Kode OTP', 'Verifikasi OTP', 'Nomor terverifikasi', 'Nama Lengkap'], min: 1 },
      tips: [
        { id: 'nik-16', tone: 'warn', source: 'guide:F.3' },
        { id: 'nomor-hp-wa', source: 'guide:F.3' },
        { id: 'otp-wa', source: 'guide:F.4' },
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
      guideStep: 'aktivasi-akun',
      markers: { any: ['status kepegawaian', 'Cek NIP', 'NIP / NRP', 'Unit Organisasi'], min: 1 },
      tips: [
        { id: 'asn-dan-polri', source: 'guide:F.6' },
        { id: 'nip-pppk', source: 'facts:ni-pppk' },
        { id: 'data-salah', source: 'guide:E.6' },
      ],
      fields: [{ field: 'nip', labels: ['NIP / NRP', 'NIP', 'NRP'], names: ['nip', 'nrp'], required: true }],
      submitButtons: ['Cek NIP / NRP', 'Cek NIP', 'Next', 'Selanjutnya'],
    },
    {
      id: 'foto-diri',
      guideStep: 'aktivasi-akun',
      markers: { any: ['Ambil Foto Diri', 'Ambil foto', 'Ambil ulang foto', 'Kebijakan Privasi'], min: 1, none: ['Aktivasi Berhasil'] },
      tips: [
        { id: 'mirip-ktp', tone: 'warn', source: 'guide:F.8' },
        { id: 'cahaya', source: 'guide:F.8' },
        { id: 'persetujuan', source: 'guide:F.8' },
        // Said before the outcome: the success screen is no place for "if it failed".
        { id: 'gagal', source: 'guide:F.9' },
      ],
      fields: [
        {
          field: 'persetujuan',
          labels: ['Saya menyetujui', 'Kebijakan Privasi', 'data pribadi saya'],
          names: ['agree', 'setuju', 'consent', 'persetujuan'],
          required: true,
        },
      ],
      submitButtons: ['Submit', 'Kirim'],
    },
    {
      id: 'berhasil',
      guideStep: 'passphrase',
      markers: { any: ['Aktivasi Berhasil', 'mengatur Passphrase'], min: 1 },
      tips: [
        { id: 'tunggu-wa', source: 'guide:F.passphrase.1' },
        { id: 'cek-email', source: 'guide:F.9' },
        { id: 'tautan-tidak-datang', source: 'guide:G.2' },
      ],
      fields: [],
      submitButtons: [],
    },
  ],
});
