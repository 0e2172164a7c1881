/**
 * English copy of the certificate status explanations (rules/statusExplanations.ts), by explanation id: title, meaning
 * and each next step by its id. {tteDesk} is filled from the agency profile.
 */
import type { Copy } from '../types';

export const statuses: Copy['statuses'] = {
  'not-registered': {
    title: 'Not registered with BSrE',
    meaning: 'Your NIK is not registered with BSrE ("Pengguna tidak terdaftar"). That is normal if you never registered. It can also mean the NIK data does not match, or an old certificate ran out without renewal.',
    next: {
      'verifikasi-email': 'Email BSrE is still empty: click "Verifikasi Email Dinas Anda". In Kontak Pribadi fill in your details, click Simpan, then Verifikasi next to Email Dinas and answer Ya.',
      'aktivasi-email': 'Then open the mail "Aktivasi Email Dinas MyASN" in the work webmail and click Aktivasi Email Dinas. Then come back to this page: Email BSrE is filled in.',
      registrasi: 'Your Email BSrE is filled in. Click "Registrasi Sertifikat", then answer Ya.',
      'tautan-aktivasi': 'After that, the account activation link is sent to your work email in the mail "[BSrE] Aktivasi Akun".',
      'jika-kosong': 'If Email BSrE is still empty: click "Verifikasi Email Dinas Anda", fill in Kontak Pribadi, click Simpan, then Verifikasi next to Email Dinas. Open the mail "Aktivasi Email Dinas MyASN" in the work webmail and click Aktivasi Email Dinas.',
      'jika-terisi': 'If Email BSrE is filled in: click "Registrasi Sertifikat", then Ya. Then open the mail "[BSrE] Aktivasi Akun" in your work email.',
      spam: 'No mail from MyASN or BSrE in the inbox? Check the Spam folder too.',
    },
  },
  'new-account': {
    title: 'Account created, activation not finished',
    meaning: 'Your BSrE account exists, but the account activation (Data Diri, Data Kedinasan, Foto Diri) is not finished.',
    next: {
      'buka-email': 'Open the mail "[BSrE] Aktivasi Akun" from osd@bssn.go.id in your work email and click Aktivasi Akun.',
      'salin-tautan': 'If the button in that mail cannot be clicked, copy the link written below it and paste it into the browser.',
      selesaikan: 'Finish all three steps until "Aktivasi Berhasil!" appears.',
      spam: 'No mail from MyASN or BSrE in the inbox? Check the Spam folder too.',
    },
  },
  unverified: {
    title: 'Data not verified yet',
    meaning: 'This status is rare and the guide does not explain it. Judging by its name, your data may not be verified yet.',
    next: {
      'pastikan-aktivasi': 'Make sure the BSrE account activation reached "Aktivasi Berhasil!". If it did and this status stays, ask {tteDesk} and name this status.',
    },
  },
  'waiting-for-verification': {
    title: 'Waiting for verification',
    meaning: 'Your request is waiting to be checked by the agency verifier or BSrE.',
    next: {
      tunggu: 'There is nothing for you to fill in now. If this status does not change for a long time, ask {tteDesk}.',
    },
  },
  'no-certificate': {
    title: 'Account exists, no certificate yet',
    meaning: 'Your BSrE account exists but no certificate has been issued: the Buat Passphrase step is not finished.',
    next: {
      'buka-tautan': 'Open the "Buat Passphrase" link BSSN sent by WhatsApp to the number you registered, and finish until "Passphrase Anda berhasil dibuat" appears.',
      'cek-email': 'No link on WhatsApp? Check your work email too: the "Aktivasi Berhasil!" screen asks you to check your email to set the passphrase.',
      'tautan-tidak-datang': 'If the link still does not come, contact {tteDesk}.',
    },
  },
  active: {
    title: 'Certificate issued',
    meaning: 'Your electronic certificate has been issued and can be used to sign while it is valid: {validityYears} years from issue.',
    next: {
      'jaga-passphrase': 'Keep your passphrase secret: never give it to anyone, staff included.',
      'jaga-sertifikat': 'Keep others from using your certificate, and never use it for unlawful purposes.',
      perbarui: 'As the owner you are responsible for renewing the certificate before it runs out. Ask {tteDesk} how.',
    },
  },
  renew: {
    title: 'Renewal in progress',
    meaning: 'Your certificate renewal is being processed.',
    next: {
      'ikuti-petunjuk': 'Follow the renewal instructions you received. If in doubt, or if this status does not change for a long time, ask {tteDesk}.',
    },
  },
  expired: {
    title: 'Certificate expired',
    meaning: 'The validity of your certificate has ended. You cannot sign until it is renewed.',
    next: {
      ajukan: 'Request a renewal of the certificate.',
      tanyakan: 'Ask {tteDesk} how to request the renewal.',
    },
  },
  suspend: {
    title: 'Certificate suspended',
    meaning: 'Your certificate is suspended (temporarily frozen) and cannot be used to sign.',
    next: {
      'hubungi-verifikator': 'Contact the certificate verifier of your agency to learn why and how to reactivate it.',
    },
  },
  revoke: {
    title: 'Certificate revoked',
    meaning: 'Your certificate has been revoked and can no longer be used.',
    next: {
      'daftar-ulang': 'Register again, or ask the certificate verifier of your agency for a renewal.',
    },
  },
  denied: {
    title: 'Request probably denied',
    meaning: 'This status is rare and the guide does not explain it. Judging by its name, your certificate request may have been denied.',
    next: {
      'tanyakan-alasan': 'Ask {tteDesk} for the reason.',
      'daftar-ulang': 'Then register again, or ask the certificate verifier of your agency for a renewal.',
    },
  },
  unknown: {
    title: 'Unknown status',
    meaning: 'Pemandu TTE does not know this status yet. The portal may have added a new one.',
    next: {
      'kirim-kode': 'Copy the help code from this panel and send it to {tteDesk} together with the status shown.',
    },
  },
};
