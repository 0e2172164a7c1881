/**
 * The explanation of every known certificate status (see rules/statuses.ts for how they are
 * picked). Every meaning and every next step names its source (rules/sources.ts).
 */
import type { StatusCode } from './ids';
import type { StatusExplanation } from './schema';

/*
 * ACTIVE / ISSUE: the portal says the certificate was issued, but its validity may have run out
 * since (the card then shows "sudah lewat" below this text and turns red). So the meaning does not
 * promise that it can be used today, and the next steps hold for both cases.
 */
const activeLike: StatusExplanation = {
  tone: 'ok',
  title: { id: 'Sertifikat sudah terbit', en: 'Certificate issued' },
  meaning: {
    id: 'Sertifikat elektronik Anda sudah terbit. Sertifikat dapat dipakai untuk tanda tangan elektronik selama masa berlakunya (2 tahun sejak diterbitkan) belum lewat — lihat tanggalnya di bawah.',
    en: 'Your electronic certificate has been issued. It can be used to sign as long as its validity (2 years from issue) has not run out — see the date below.',
  },
  source: 'guide:F.passphrase.7',
  next: [
    {
      id: 'Jaga kerahasiaan passphrase Anda: jangan berikan kepada siapa pun, termasuk petugas.',
      en: 'Keep your passphrase secret: never give it to anyone, staff included.',
      source: 'guide:C',
    },
    {
      id: 'Jaga agar sertifikat Anda tidak dipakai orang lain, dan jangan gunakan untuk tujuan yang melanggar hukum.',
      en: 'Keep others from using your certificate, and never use it for unlawful purposes.',
      source: 'guide:C',
    },
    {
      id: 'Sebagai pemilik, Anda bertanggung jawab memperbarui sertifikat sebelum masa berlakunya habis. Tanyakan caranya kepada {tteDesk}.',
      en: 'As the owner you are responsible for renewing the certificate before it runs out. Ask {tteDesk} how.',
      source: 'guide:C',
    },
  ],
  contacts: ['persandian'],
  guideStep: 10,
};

const SPAM: StatusExplanation['next'][number] = {
  id: 'Email dari MyASN atau BSrE tidak ada di Kotak Masuk? Periksa juga folder Spam.',
  en: 'No mail from MyASN or BSrE in the inbox? Check the Spam folder too.',
  source: 'advice',
};

export const statusExplanations: Record<StatusCode, StatusExplanation> = {
  NOT_REGISTERED: {
    tone: 'error',
    title: { id: 'Belum terdaftar di BSrE', en: 'Not registered with BSrE' },
    meaning: {
      id: 'NIK Anda belum terdaftar di BSrE ("Pengguna tidak terdaftar"). Ini wajar jika Anda belum pernah mendaftar. Bisa juga karena data NIK tidak cocok, atau sertifikat lama sudah habis masa berlakunya dan tidak diperpanjang.',
      en: 'Your NIK is not registered with BSrE ("Pengguna tidak terdaftar"). That is normal if you never registered. It can also mean the NIK data does not match, or an old certificate ran out without renewal.',
    },
    source: 'facts:statuses',
    next: [
      {
        id: 'Email BSrE masih kosong: klik "Verifikasi Email Dinas Anda". Di Kontak Pribadi, isi data Anda, klik Simpan, lalu klik Verifikasi di samping Email Dinas dan jawab Ya.',
        en: 'Email BSrE is still empty: click "Verifikasi Email Dinas Anda". In Kontak Pribadi fill in your details, click Simpan, then Verifikasi next to Email Dinas and answer Ya.',
        source: 'guide:E.6',
        emailBsre: ['empty'],
      },
      {
        id: 'Lalu buka email "Aktivasi Email Dinas MyASN" di webmail dinas dan klik Aktivasi Email Dinas. Setelah itu kembali ke halaman ini: Email BSrE sudah terisi.',
        en: 'Then open the mail "Aktivasi Email Dinas MyASN" in the work webmail and click Aktivasi Email Dinas. Then come back to this page: Email BSrE is filled in.',
        source: 'guide:E.10',
        emailBsre: ['empty'],
      },
      {
        id: 'Email BSrE Anda sudah terisi. Klik "Registrasi Sertifikat", lalu jawab Ya.',
        en: 'Your Email BSrE is filled in. Click "Registrasi Sertifikat", then answer Ya.',
        source: 'guide:F',
        emailBsre: ['filled'],
      },
      {
        id: 'Setelah itu, tautan aktivasi akun dikirim ke email dinas Anda dalam email "[BSrE] Aktivasi Akun".',
        en: 'After that, the account activation link is sent to your work email in the mail "[BSrE] Aktivasi Akun".',
        source: 'guide:F.1',
        emailBsre: ['filled'],
      },
      {
        id: 'Jika Email BSrE masih kosong: klik "Verifikasi Email Dinas Anda", isi Kontak Pribadi, klik Simpan, lalu Verifikasi di samping Email Dinas. Buka email "Aktivasi Email Dinas MyASN" di webmail dinas dan klik Aktivasi Email Dinas.',
        en: 'If Email BSrE is still empty: click "Verifikasi Email Dinas Anda", fill in Kontak Pribadi, click Simpan, then Verifikasi next to Email Dinas. Open the mail "Aktivasi Email Dinas MyASN" in the work webmail and click Aktivasi Email Dinas.',
        source: 'guide:E.6',
        emailBsre: ['unknown'],
      },
      {
        id: 'Jika Email BSrE sudah terisi: klik "Registrasi Sertifikat", lalu Ya. Setelah itu buka email "[BSrE] Aktivasi Akun" di email dinas Anda.',
        en: 'If Email BSrE is filled in: click "Registrasi Sertifikat", then Ya. Then open the mail "[BSrE] Aktivasi Akun" in your work email.',
        source: 'guide:F',
        emailBsre: ['unknown'],
      },
      SPAM,
    ],
    contacts: ['helpdesk-bkn', 'persandian'],
    guideStep: 4,
  },
  NEW: {
    tone: 'warn',
    title: { id: 'Akun dibuat, aktivasi belum selesai', en: 'Account created, activation not finished' },
    meaning: {
      id: 'Akun BSrE Anda sudah dibuat, tetapi aktivasi akun (Data Diri, Data Kedinasan, Foto Diri) belum diselesaikan.',
      en: 'Your BSrE account exists, but the account activation (Data Diri, Data Kedinasan, Foto Diri) is not finished.',
    },
    source: 'facts:statuses',
    next: [
      {
        id: 'Buka email "[BSrE] Aktivasi Akun" dari osd@bssn.go.id di email dinas Anda dan klik Aktivasi Akun.',
        en: 'Open the mail "[BSrE] Aktivasi Akun" from osd@bssn.go.id in your work email and click Aktivasi Akun.',
        source: 'guide:F.2',
      },
      {
        id: 'Jika tombol di email itu tidak bisa diklik, salin tautan yang tertulis di bawahnya, lalu tempel di peramban.',
        en: 'If the button in that mail cannot be clicked, copy the link written below it and paste it into the browser.',
        source: 'guide:F.2',
      },
      {
        id: 'Selesaikan ketiga langkah sampai muncul "Aktivasi Berhasil!".',
        en: 'Finish all three steps until "Aktivasi Berhasil!" appears.',
        source: 'guide:F.9',
      },
      SPAM,
    ],
    contacts: ['persandian'],
    guideStep: 8,
  },
  UNVERIFIED: {
    tone: 'warn',
    title: { id: 'Data belum terverifikasi', en: 'Data not verified yet' },
    meaning: {
      id: 'Status ini jarang muncul, dan artinya tidak dijelaskan dalam panduan. Namanya berarti data Anda belum terverifikasi.',
      en: 'This status is rare and the guide does not explain it. Its name says your data has not been verified yet.',
    },
    source: 'facts:statuses',
    next: [
      {
        id: 'Pastikan aktivasi akun BSrE sudah sampai "Aktivasi Berhasil!". Jika sudah dan status ini tetap muncul, tanyakan kepada {tteDesk} dan sebutkan nama status ini.',
        en: 'Make sure the BSrE account activation reached "Aktivasi Berhasil!". If it did and this status stays, ask {tteDesk} and name this status.',
        source: 'advice',
      },
    ],
    contacts: ['persandian', 'bsre'],
    guideStep: 8,
  },
  WAITING_FOR_VERIFICATION: {
    tone: 'warn',
    title: { id: 'Menunggu verifikasi', en: 'Waiting for verification' },
    meaning: {
      id: 'Permohonan Anda sedang menunggu pemeriksaan oleh verifikator instansi atau BSrE.',
      en: 'Your request is waiting to be checked by the agency verifier or BSrE.',
    },
    source: 'facts:statuses',
    next: [
      {
        id: 'Tidak ada yang perlu Anda isi sekarang, dan Anda tidak perlu mendaftar ulang. Jika status ini lama tidak berubah, tanyakan kepada {tteDesk}.',
        en: 'There is nothing for you to fill in now, and no need to register again. If this status does not change for a long time, ask {tteDesk}.',
        source: 'advice',
      },
    ],
    contacts: ['persandian'],
    guideStep: 8,
  },
  NO_CERTIFICATE: {
    tone: 'warn',
    title: { id: 'Akun ada, sertifikat belum terbit', en: 'Account exists, no certificate yet' },
    meaning: {
      id: 'Akun BSrE Anda sudah ada, tetapi sertifikat belum diterbitkan: langkah Buat Passphrase belum diselesaikan.',
      en: 'Your BSrE account exists but no certificate has been issued: the Buat Passphrase step is not finished.',
    },
    source: 'facts:statuses',
    next: [
      {
        id: 'Buka tautan "Buat Passphrase" yang dikirim BSSN lewat WhatsApp ke Nomor HP yang Anda daftarkan, lalu selesaikan sampai muncul "Passphrase Anda berhasil dibuat".',
        en: 'Open the "Buat Passphrase" link BSSN sent by WhatsApp to the number you registered, and finish until "Passphrase Anda berhasil dibuat" appears.',
        source: 'guide:F.passphrase.1',
      },
      {
        id: 'Tautan tidak ada di WhatsApp? Periksa juga email dinas Anda: layar "Aktivasi Berhasil!" meminta Anda mengecek email untuk mengatur passphrase.',
        en: 'No link on WhatsApp? Check your work email too: the "Aktivasi Berhasil!" screen asks you to check your email to set the passphrase.',
        source: 'guide:F.9',
      },
      {
        id: 'Jika tautan tetap tidak datang, hubungi {tteDesk}.',
        en: 'If the link still does not come, contact {tteDesk}.',
        source: 'guide:G.2',
      },
    ],
    contacts: ['persandian'],
    guideStep: 9,
  },
  ISSUE: activeLike,
  ACTIVE: activeLike,
  RENEW: {
    tone: 'warn',
    title: { id: 'Perpanjangan sedang diproses', en: 'Renewal in progress' },
    meaning: {
      id: 'Permohonan perpanjangan sertifikat Anda sedang diproses.',
      en: 'Your certificate renewal is being processed.',
    },
    source: 'facts:statuses',
    next: [
      {
        id: 'Ikuti petunjuk perpanjangan yang Anda terima. Jika ragu, atau status ini lama tidak berubah, tanyakan kepada {tteDesk}.',
        en: 'Follow the renewal instructions you received. If in doubt, or if this status does not change for a long time, ask {tteDesk}.',
        source: 'advice',
      },
    ],
    contacts: ['persandian'],
    guideStep: 9,
  },
  EXPIRED: {
    tone: 'error',
    title: { id: 'Masa berlaku habis', en: 'Certificate expired' },
    meaning: {
      id: 'Masa berlaku sertifikat Anda (2 tahun) sudah habis. Anda tidak bisa menandatangani sampai sertifikat diperpanjang.',
      en: 'Your certificate (valid 2 years) has expired. You cannot sign until it is renewed.',
    },
    source: 'facts:statuses',
    next: [
      {
        id: 'Ajukan perpanjangan sertifikat agar Anda bisa menandatangani lagi.',
        en: 'Request a renewal of the certificate so you can sign again.',
        source: 'facts:statuses',
      },
      {
        id: 'Tanyakan cara mengajukan perpanjangan kepada {tteDesk}.',
        en: 'Ask {tteDesk} how to request the renewal.',
        source: 'advice',
      },
    ],
    contacts: ['persandian'],
    guideStep: 7,
  },
  SUSPEND: {
    tone: 'error',
    title: { id: 'Sertifikat ditangguhkan', en: 'Certificate suspended' },
    meaning: {
      id: 'Sertifikat Anda sedang ditangguhkan (dibekukan sementara) dan tidak bisa dipakai menandatangani.',
      en: 'Your certificate is suspended (temporarily frozen) and cannot be used to sign.',
    },
    source: 'facts:statuses',
    next: [
      {
        id: 'Hubungi verifikator sertifikat di instansi Anda ({tteDesk}) untuk mengetahui alasannya dan cara mengaktifkannya kembali.',
        en: 'Contact the certificate verifier of your agency ({tteDesk}) to learn why and how to reactivate it.',
        source: 'facts:statuses',
      },
    ],
    contacts: ['persandian'],
    guideStep: 7,
  },
  REVOKE: {
    tone: 'error',
    title: { id: 'Sertifikat dicabut', en: 'Certificate revoked' },
    meaning: {
      id: 'Sertifikat Anda sudah dicabut dan tidak dapat dipakai lagi.',
      en: 'Your certificate has been revoked and can no longer be used.',
    },
    source: 'facts:statuses',
    next: [
      {
        id: 'Daftar ulang lewat Registrasi Sertifikat, atau minta pembaruan melalui verifikator di instansi Anda ({tteDesk}).',
        en: 'Register again with Registrasi Sertifikat, or ask the verifier of your agency ({tteDesk}) for a renewal.',
        source: 'facts:statuses',
      },
    ],
    contacts: ['persandian'],
    guideStep: 7,
  },
  DENIED: {
    tone: 'error',
    title: { id: 'Permohonan ditolak', en: 'Request denied' },
    meaning: {
      id: 'Permohonan sertifikat Anda ditolak.',
      en: 'Your certificate request was denied.',
    },
    source: 'facts:statuses',
    next: [
      {
        id: 'Tanyakan alasannya kepada {tteDesk}.',
        en: 'Ask {tteDesk} for the reason.',
        source: 'advice',
      },
      {
        id: 'Setelah itu, daftar ulang lewat Registrasi Sertifikat, atau minta pembaruan melalui verifikator instansi.',
        en: 'Then register again with Registrasi Sertifikat, or ask the agency verifier for a renewal.',
        source: 'facts:statuses',
      },
    ],
    contacts: ['persandian', 'bsre'],
    guideStep: 7,
  },
};
