/**
 * English copy of the portal pages (rules/pages/*.ts): each page's and wizard step's title and its tips, by page id / step id /
 * tip id. The rule keeps the tip's tone, whenStatus and source. Placeholders: {emailDinasExample}, {tteOffice}, {tteDesk},
 * {personnelOffice} (filled from the agency profile).
 */
import type { Copy } from '../types';

export const pages: Copy['pages'] = {
  'sso-login': {
    title: 'Sign in to ASN Digital (SSO)',
    tips: {
      'nip-atau-sandi-salah': 'The portal refused the username or password. The username is your NIP, and the password is your ASN Digital account password, not your work email password.',
      'kode-otp-salah': 'The code from the authenticator app was refused. The code follows the phone\'s clock: make sure your phone\'s time and time zone are right, then type the code shown now. You can also sign out and sign in again. If it is still refused, {personnelOffice} can reset the authenticator (MFA) of your account.',
      'kode-otp-kosong': 'The OTP is empty: type the {otpLength} digits shown now in the authenticator app on your phone.',
    },
    steps: {
      masuk: {
        title: 'Sign in to ASN Digital (SSO)',
        tips: {
          'username-nip': 'The username is your NIP ({nipLength} digits, no spaces). PPPK employees type their NI PPPK in the same box.',
          'password-asn-digital': 'The password is your ASN Digital account password, not your work email password.',
          'otp-authenticator': 'The OTP is the {otpLength}-digit number shown in the authenticator app on your phone. Type the code the app shows right now.',
          'no-account': 'No ASN Digital account yet? Contact {personnelOffice}.',
          'bukan-asn': 'Not a PNS or PPPK but bound by a work agreement with the agency? You do not register through MyASN: apply to {tteOffice} for an electronic certificate.',
        },
      },
      otp: {
        title: 'ASN Digital one-time code',
        tips: {
          'otp-authenticator': 'The OTP is the {otpLength}-digit number shown in the authenticator app on your phone. Type the code the app shows right now.',
        },
      },
    },
  },
  'asndigital-layanan': {
    title: 'Choose a service in ASN Digital',
    tips: {
      'pilih-layanan-individu': 'Choose "Layanan Individu ASN", then "MyASN".',
    },
  },
  'myasn-dashboard': {
    title: 'MyASN dashboard',
    tips: {
      'buka-layanan-asn': 'Click "Layanan ASN" in the left menu, then choose "Sertifikat Elektronik BSrE".',
      'cek-data': 'Check the name and NIP on the profile card. If the NIP or personnel data is a problem while registering for TTE, report it to the BKN Helpdesk.',
    },
  },
  'myasn-layanan': {
    title: 'ASN services',
    tips: {
      'pilih-sertifikat': 'Choose "Sertifikat Elektronik BSrE" to see your certificate status.',
    },
  },
  'myasn-sertifikat': {
    title: 'BSrE electronic certificate',
    tips: {
      registrasi: 'If MyASN asks you to verify Data Kependudukan (NIK and KK) before Registrasi Sertifikat, finish that check first.',
      kendala: 'NIP or personnel data problems: report to the BKN Helpdesk. Selfie and other problems: Telegram @infobsre.',
    },
  },
  'myasn-kontak-pribadi': {
    title: 'Personal contact details',
    steps: {
      form: {
        title: 'Fill in Kontak Pribadi',
        tips: {
          'email-dinas-domain': 'Email Dinas must be your own work address, not Gmail: {emailDinasExample}.',
          'nomor-hp-whatsapp': 'Nomor Handphone is your active WhatsApp number.',
          'alamat-ktp': 'Enter the address as on your KTP. Email Pribadi may be a public or a work address.',
          'simpan-lalu-verifikasi': 'Click Simpan first, then Verifikasi next to Email Dinas.',
        },
      },
      konfirmasi: {
        title: 'Confirm the verification email',
        tips: {
          'klik-ya': 'Click "Ya". MyASN sends a verification email to the work address you entered.',
          'buka-webmail': 'Open the agency webmail (username: the full address), find "Aktivasi Email Dinas MyASN", then click "Aktivasi Email Dinas".',
          'cek-spam': 'Not in the inbox? Check the Spam folder too.',
          'email-tidak-datang': 'If the email still does not come, report it through the BKN Helpdesk.',
        },
      },
      'email-aktif': {
        title: 'Work email activated',
        tips: {
          'kembali-ke-sertifikat': 'Done. Open Layanan ASN → Sertifikat Elektronik BSrE again: Email BSrE is now filled in and you can click Registrasi Sertifikat.',
        },
      },
    },
  },
  'bsre-aktivasi': {
    title: 'BSrE account activation',
    steps: {
      'data-diri': {
        title: 'Personal data',
        tips: {
          'nik-16': 'The NIK is the {nikLength}-digit number on your KTP. Type it exactly as written on the KTP.',
          'nomor-hp-wa': 'Nomor HP must be an active WhatsApp number: the OTP and later the passphrase link come from BSSN on WhatsApp.',
          'otp-wa': 'Click "Kirim Kode OTP", enter the OTP code from the WhatsApp message by "Badan Siber dan Sandi Negara", then click "Verifikasi OTP". When "Nomor terverifikasi" shows, click Next.',
        },
      },
      'data-kedinasan': {
        title: 'Employment data',
        tips: {
          'asn-dan-polri': 'Choose "ASN dan POLRI", enter your NIP, then click "Cek NIP / NRP". Unit, position and province appear.',
          'nip-pppk': 'PPPK employees enter their NI PPPK in the NIP / NRP box: {nipLength} digits, with a 2 as digit 13.',
          'data-salah': 'If the personnel data shown is wrong or the NIP is not found, report it to the BKN Helpdesk.',
        },
      },
      'foto-diri': {
        title: 'Selfie',
        tips: {
          'mirip-ktp': 'The selfie is compared with your photo in the Dukcapil records: look as much as possible like your KTP photo.',
          cahaya: 'Make sure there is enough light and your face is level with the camera.',
          persetujuan: 'Read the BSrE privacy policy, tick both consents, then click Submit.',
          gagal: 'If the account activation fails, contact {tteOffice}.',
        },
      },
      berhasil: {
        title: 'Activation done',
        tips: {
          'tunggu-wa': 'BSSN sends the "Buat Passphrase" link by WhatsApp to the number you registered. Open it for the last step.',
          'cek-email': 'This screen asks you to check your email to set the passphrase, so look in your work email too, besides WhatsApp.',
          'tautan-tidak-datang': 'No link by WhatsApp or email? Contact {tteDesk}.',
        },
      },
    },
  },
  'bsre-passphrase': {
    title: 'Create the passphrase',
    steps: {
      'cek-profil': {
        title: 'Check your profile',
        tips: {
          'lihat-profil': 'Click "Lihat Profil Data Diri" and check the personal data shown. If all is right, click OK then Next.',
          'data-salah': 'Something wrong? Do not continue yet. Ask {tteDesk}.',
        },
      },
      'foto-diri': {
        title: 'Selfie',
        tips: {
          'swafoto-lagi': 'Take a selfie as during activation: enough light, face level with the camera, as close as possible to your KTP photo.',
        },
      },
      'buat-passphrase': {
        title: 'Create the passphrase',
        tips: {
          aturan: 'The passphrase needs at least {passphraseMin} characters with upper-case, lower-case, a digit and a symbol, and no spaces.',
          rahasia: 'You use the passphrase at every signature. Make it easy for you to remember, hard for others to guess, and never share it.',
          perjanjian: 'Open "Perjanjian Pemilik Sertifikat Elektronik", read it, then click "Setuju". The passphrase cannot be submitted until you accept it.',
        },
      },
      berhasil: {
        title: 'Passphrase created',
        tips: {
          'tunggu-email': 'Done. The mail "Selamat, Sertifikat elektronik anda telah terbit!" arrives in your work email and the MyASN status becomes ACTIVE.',
          lupa: 'If you forget the passphrase later, you can reset it in the BSrE portal (Sertifikat Saya → Daftar Sertifikat Elektronik → Aksi) or contact {tteDesk}.',
        },
      },
    },
  },
};
