/**
 * What each certificate status means, what to do next and whom to call. The Record type makes a
 * status without an explanation a compile error; UNKNOWN is the fallback for codes nobody has seen.
 * Sources: the guide (NOT_REGISTERED, ACTIVE) and the public BSrE client libraries summarised in
 * shared/guide/README.md (ISSUE, NEW, WAITING_FOR_VERIFICATION, NO_CERTIFICATE, RENEW, EXPIRED,
 * SUSPEND, REVOKE, DENIED, UNVERIFIED).
 */
import { STATUS_CODES, type StatusCode } from './ids';
import type { StatusExplanation } from './schema';

export { STATUS_CODES, type StatusCode } from './ids';
export type { StatusExplanation } from './schema';

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
  next: [
    {
      id: 'Simpan passphrase Anda dengan aman dan jangan berikan kepada siapa pun, termasuk petugas.',
      en: 'Keep your passphrase safe and never give it to anyone, staff included.',
    },
    {
      id: 'Perpanjang sertifikat sebelum masa berlakunya berakhir. Jika sudah lewat, ajukan perpanjangan melalui menu Sertifikat Elektronik BSrE atau persandian instansi.',
      en: 'Renew the certificate before its validity ends. If it has already ended, request a renewal through the Sertifikat Elektronik BSrE menu or the agency persandian desk.',
    },
  ],
  contacts: ['persandian'],
  guideStep: 10,
};

export const statusExplanations: Record<StatusCode, StatusExplanation> = {
  NOT_REGISTERED: {
    tone: 'error',
    title: { id: 'Belum terdaftar di BSrE', en: 'Not registered with BSrE' },
    meaning: {
      id: 'BSrE belum mengenal NIK Anda ("Pengguna tidak terdaftar"). Ini normal jika Anda belum pernah mendaftar. Bisa juga karena data NIK tidak cocok, atau sertifikat lama sudah kedaluwarsa dan tidak diperpanjang.',
      en: 'BSrE does not know your NIK yet ("Pengguna tidak terdaftar"). That is normal if you never registered. It can also mean the NIK data does not match, or an old certificate expired without renewal.',
    },
    next: [
      {
        id: 'Jika Email BSrE masih kosong: klik "Verifikasi Email Dinas Anda", isi Kontak Pribadi, klik Simpan, lalu Verifikasi di samping Email Dinas.',
        en: 'If Email BSrE is still empty: click "Verifikasi Email Dinas Anda", fill in Kontak Pribadi, click Simpan, then Verifikasi next to Email Dinas.',
      },
      {
        id: 'Buka email "Aktivasi Email Dinas MyASN" di webmail dinas dan klik Aktivasi Email Dinas.',
        en: 'Open the mail "Aktivasi Email Dinas MyASN" in the work webmail and click Aktivasi Email Dinas.',
      },
      {
        id: 'Jika Email BSrE sudah terisi: klik "Registrasi Sertifikat", lalu Ya. Setelah itu tunggu email "[BSrE] Aktivasi Akun".',
        en: 'If Email BSrE is filled in: click "Registrasi Sertifikat", then Ya. Then wait for the mail "[BSrE] Aktivasi Akun".',
      },
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
    next: [
      {
        id: 'Buka email "[BSrE] Aktivasi Akun" dari osd@bssn.go.id di email dinas Anda dan klik Aktivasi Akun.',
        en: 'Open the mail "[BSrE] Aktivasi Akun" from osd@bssn.go.id in your work email and click Aktivasi Akun.',
      },
      {
        id: 'Selesaikan ketiga langkah sampai muncul "Aktivasi Berhasil!".',
        en: 'Finish all three steps until "Aktivasi Berhasil!" appears.',
      },
    ],
    contacts: ['persandian'],
    guideStep: 8,
  },
  UNVERIFIED: {
    tone: 'warn',
    title: { id: 'Data belum terverifikasi', en: 'Data not verified yet' },
    meaning: {
      id: 'Data Anda belum diverifikasi. Status ini jarang muncul; biasanya aktivasi akun atau swafoto belum selesai diproses.',
      en: 'Your data has not been verified. This status is rare; usually the account activation or selfie has not been processed yet.',
    },
    next: [
      {
        id: 'Pastikan aktivasi akun BSrE sudah sampai "Aktivasi Berhasil!". Jika sudah, tunggu 1 hari kerja lalu cek lagi.',
        en: 'Make sure the BSrE account activation reached "Aktivasi Berhasil!". If it did, wait one working day and check again.',
      },
    ],
    contacts: ['persandian', 'bsre'],
    guideStep: 8,
  },
  WAITING_FOR_VERIFICATION: {
    tone: 'warn',
    title: { id: 'Menunggu verifikasi', en: 'Waiting for verification' },
    meaning: {
      id: 'Permohonan Anda sedang diperiksa oleh verifikator instansi atau BSrE. Anda tidak perlu mendaftar ulang.',
      en: 'Your request is being checked by the agency verifier or BSrE. You do not need to register again.',
    },
    next: [
      {
        id: 'Tunggu notifikasi melalui email dinas atau WhatsApp. Jika lebih dari 3 hari kerja, hubungi persandian instansi.',
        en: 'Wait for a notification by work email or WhatsApp. If it takes more than 3 working days, contact the agency persandian desk.',
      },
    ],
    contacts: ['persandian'],
    guideStep: 8,
  },
  NO_CERTIFICATE: {
    tone: 'warn',
    title: { id: 'Akun ada, sertifikat belum terbit', en: 'Account exists, no certificate yet' },
    meaning: {
      id: 'Akun BSrE Anda sudah aktif, tetapi sertifikat belum diterbitkan. Biasanya passphrase belum dibuat.',
      en: 'Your BSrE account is active but no certificate has been issued. Usually the passphrase has not been created.',
    },
    next: [
      {
        id: 'Buka tautan "Buat Passphrase" yang dikirim BSSN lewat WhatsApp ke nomor yang Anda daftarkan, lalu selesaikan sampai "Passphrase Anda berhasil dibuat".',
        en: 'Open the "Buat Passphrase" link BSSN sent by WhatsApp to your registered number and finish until "Passphrase Anda berhasil dibuat".',
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
    next: [
      {
        id: 'Ikuti tautan yang dikirim BSrE lewat email atau WhatsApp untuk menyelesaikan perpanjangan.',
        en: 'Follow the link BSrE sent by email or WhatsApp to finish the renewal.',
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
    next: [
      {
        id: 'Ajukan perpanjangan melalui menu Sertifikat Elektronik BSrE atau melalui persandian instansi.',
        en: 'Request a renewal through the Sertifikat Elektronik BSrE menu or the agency persandian desk.',
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
    next: [
      {
        id: 'Hubungi verifikator (persandian instansi) untuk mengetahui alasannya dan cara mengaktifkannya kembali.',
        en: 'Contact the verifier (agency persandian desk) to learn why and how to reactivate it.',
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
    next: [
      {
        id: 'Daftar ulang lewat Registrasi Sertifikat, atau minta pembaruan melalui verifikator instansi.',
        en: 'Register again with Registrasi Sertifikat, or ask the agency verifier for a renewal.',
      },
    ],
    contacts: ['persandian'],
    guideStep: 7,
  },
  DENIED: {
    tone: 'error',
    title: { id: 'Permohonan ditolak', en: 'Request denied' },
    meaning: {
      id: 'Permohonan sertifikat Anda ditolak, misalnya karena swafoto atau data tidak cocok dengan data kependudukan.',
      en: 'Your certificate request was denied, for example because the selfie or data did not match the population records.',
    },
    next: [
      {
        id: 'Tanyakan alasannya ke persandian instansi, perbaiki data, lalu daftar ulang.',
        en: 'Ask the agency persandian desk why, correct the data, then register again.',
      },
    ],
    contacts: ['persandian', 'bsre'],
    guideStep: 7,
  },
};

/** Shown for a code that is in none of the lists above. */
export const unknownStatusExplanation: StatusExplanation = {
  tone: 'warn',
  title: { id: 'Status belum dikenal', en: 'Unknown status' },
  meaning: {
    id: 'Pemandu TTE belum mengenal status ini. Kemungkinan portal menambahkan status baru.',
    en: 'Pemandu TTE does not know this status yet. The portal may have added a new one.',
  },
  next: [
    {
      id: 'Salin kode bantuan dari panel ini dan kirimkan ke persandian instansi bersama nama status yang tertulis.',
      en: 'Copy the help code from this panel and send it to the agency persandian desk together with the status shown.',
    },
  ],
  contacts: ['persandian'],
  guideStep: 4,
};

export function isStatusCode(code: string): code is StatusCode {
  return (STATUS_CODES as readonly string[]).includes(code);
}

export function explainStatus(code: string): StatusExplanation {
  return isStatusCode(code) ? statusExplanations[code] : unknownStatusExplanation;
}

/**
 * What the user should be told: a certificate the portal still calls ACTIVE / ISSUE but whose
 * validity has run out cannot sign any more, so it is explained (meaning, next steps, guide step,
 * contacts) as EXPIRED. The status shown stays the portal's own code.
 */
export function explainStatusWithValidity(code: string, validity: { state: string } | null | undefined): StatusExplanation {
  const active = code === 'ACTIVE' || code === 'ISSUE';
  return explainStatus(active && validity?.state === 'expired' ? 'EXPIRED' : code);
}
