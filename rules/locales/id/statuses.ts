/**
 * Indonesian copy of the certificate status explanations (rules/statusExplanations.ts), by explanation id: title, meaning
 * and each next step by its id. {tteDesk} is filled from the agency profile.
 */
export const statuses = {
  'not-registered': {
    title: 'Belum terdaftar di BSrE',
    meaning: 'NIK Anda belum terdaftar di BSrE ("Pengguna tidak terdaftar"). Ini wajar jika Anda belum pernah mendaftar. Bisa juga karena data NIK tidak cocok, atau sertifikat lama sudah habis masa berlakunya dan tidak diperpanjang.',
    next: {
      'verifikasi-email': 'Email BSrE masih kosong: klik "Verifikasi Email Dinas Anda". Di Kontak Pribadi, isi data Anda, klik Simpan, lalu klik Verifikasi di samping Email Dinas dan jawab Ya.',
      'aktivasi-email': 'Lalu buka email "Aktivasi Email Dinas MyASN" di webmail dinas dan klik Aktivasi Email Dinas. Setelah itu kembali ke halaman ini: Email BSrE sudah terisi.',
      registrasi: 'Email BSrE Anda sudah terisi. Klik "Registrasi Sertifikat", lalu jawab Ya.',
      'tautan-aktivasi': 'Setelah itu, tautan aktivasi akun dikirim ke email dinas Anda dalam email "[BSrE] Aktivasi Akun".',
      'jika-kosong': 'Jika Email BSrE masih kosong: klik "Verifikasi Email Dinas Anda", isi Kontak Pribadi, klik Simpan, lalu Verifikasi di samping Email Dinas. Buka email "Aktivasi Email Dinas MyASN" di webmail dinas dan klik Aktivasi Email Dinas.',
      'jika-terisi': 'Jika Email BSrE sudah terisi: klik "Registrasi Sertifikat", lalu Ya. Setelah itu buka email "[BSrE] Aktivasi Akun" di email dinas Anda.',
      spam: 'Email dari MyASN atau BSrE tidak ada di Kotak Masuk? Periksa juga folder Spam.',
    },
  },
  'new-account': {
    title: 'Akun dibuat, aktivasi belum selesai',
    meaning: 'Akun BSrE Anda sudah dibuat, tetapi aktivasi akun (Data Diri, Data Kedinasan, Foto Diri) belum diselesaikan.',
    next: {
      'buka-email': 'Buka email "[BSrE] Aktivasi Akun" dari osd@bssn.go.id di email dinas Anda dan klik Aktivasi Akun.',
      'salin-tautan': 'Jika tombol di email itu tidak bisa diklik, salin tautan yang tertulis di bawahnya, lalu tempel di peramban.',
      selesaikan: 'Selesaikan ketiga langkah sampai muncul "Aktivasi Berhasil!".',
      spam: 'Email dari MyASN atau BSrE tidak ada di Kotak Masuk? Periksa juga folder Spam.',
    },
  },
  unverified: {
    title: 'Data belum terverifikasi',
    meaning: 'Status ini jarang muncul, dan artinya tidak dijelaskan dalam panduan. Dari namanya, kemungkinan data Anda belum terverifikasi.',
    next: {
      'pastikan-aktivasi': 'Pastikan aktivasi akun BSrE sudah sampai "Aktivasi Berhasil!". Jika sudah dan status ini tetap muncul, tanyakan kepada {tteDesk} dan sebutkan nama status ini.',
    },
  },
  'waiting-for-verification': {
    title: 'Menunggu verifikasi',
    meaning: 'Permohonan Anda sedang menunggu pemeriksaan oleh verifikator instansi atau BSrE.',
    next: {
      tunggu: 'Tidak ada yang perlu Anda isi sekarang. Jika status ini lama tidak berubah, tanyakan kepada {tteDesk}.',
    },
  },
  'no-certificate': {
    title: 'Akun ada, sertifikat belum terbit',
    meaning: 'Akun BSrE Anda sudah ada, tetapi sertifikat belum diterbitkan: langkah Buat Passphrase belum diselesaikan.',
    next: {
      'buka-tautan': 'Buka tautan "Buat Passphrase" yang dikirim BSSN lewat WhatsApp ke Nomor HP yang Anda daftarkan, lalu selesaikan sampai muncul "Passphrase Anda berhasil dibuat".',
      'cek-email': 'Tautan tidak ada di WhatsApp? Periksa juga email dinas Anda: layar "Aktivasi Berhasil!" meminta Anda mengecek email untuk mengatur passphrase.',
      'tautan-tidak-datang': 'Jika tautan tetap tidak datang, hubungi {tteDesk}.',
    },
  },
  active: {
    title: 'Sertifikat sudah terbit',
    meaning: 'Sertifikat elektronik Anda sudah terbit dan dapat dipakai untuk tanda tangan elektronik selama masa berlakunya, yaitu {validityYears} tahun sejak diterbitkan.',
    next: {
      'jaga-passphrase': 'Jaga kerahasiaan passphrase Anda: jangan berikan kepada siapa pun, termasuk petugas.',
      'jaga-sertifikat': 'Jaga agar sertifikat Anda tidak dipakai orang lain, dan jangan gunakan untuk tujuan yang melanggar hukum.',
      perbarui: 'Sebagai pemilik, Anda bertanggung jawab memperbarui sertifikat sebelum masa berlakunya habis. Tanyakan caranya kepada {tteDesk}.',
    },
  },
  renew: {
    title: 'Perpanjangan sedang diproses',
    meaning: 'Permohonan perpanjangan sertifikat Anda sedang diproses.',
    next: {
      'ikuti-petunjuk': 'Ikuti petunjuk perpanjangan yang Anda terima. Jika ragu, atau status ini lama tidak berubah, tanyakan kepada {tteDesk}.',
    },
  },
  expired: {
    title: 'Masa berlaku habis',
    meaning: 'Masa berlaku sertifikat Anda sudah habis. Anda tidak bisa menandatangani sampai sertifikat diperpanjang.',
    next: {
      ajukan: 'Ajukan perpanjangan sertifikat.',
      tanyakan: 'Tanyakan cara mengajukan perpanjangan kepada {tteDesk}.',
    },
  },
  suspend: {
    title: 'Sertifikat ditangguhkan',
    meaning: 'Sertifikat Anda sedang ditangguhkan (dibekukan sementara) dan tidak bisa dipakai menandatangani.',
    next: {
      'hubungi-verifikator': 'Hubungi verifikator sertifikat instansi Anda untuk mengetahui alasannya dan cara mengaktifkannya kembali.',
    },
  },
  revoke: {
    title: 'Sertifikat dicabut',
    meaning: 'Sertifikat Anda sudah dicabut dan tidak dapat dipakai lagi.',
    next: {
      'daftar-ulang': 'Daftar ulang, atau minta pembaruan melalui verifikator sertifikat instansi Anda.',
    },
  },
  denied: {
    title: 'Permohonan kemungkinan ditolak',
    meaning: 'Status ini jarang muncul, dan artinya tidak dijelaskan dalam panduan. Dari namanya, kemungkinan permohonan sertifikat Anda ditolak.',
    next: {
      'tanyakan-alasan': 'Tanyakan alasannya kepada {tteDesk}.',
      'daftar-ulang': 'Setelah itu, daftar ulang, atau minta pembaruan melalui verifikator sertifikat instansi Anda.',
    },
  },
  unknown: {
    title: 'Status belum dikenal',
    meaning: 'Pemandu TTE belum mengenal status ini. Kemungkinan portal menambahkan status baru.',
    next: {
      'kirim-kode': 'Salin kode bantuan dari panel ini dan kirimkan ke {tteDesk} bersama nama status yang tertulis.',
    },
  },
};
