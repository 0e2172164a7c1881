/** Indonesian copy of the helpdesk page (staff-facing). */
import type { DecodeError } from '../../helpCode/schema';

export const helpdesk = {
  title: 'Pemandu TTE — Helpdesk',
  replicaFrame: 'Replika halaman portal',
  intro: 'Tempel kode bantuan dari pengguna (misalnya dari WhatsApp). Halaman akan menampilkan tampilan yang sama dengan yang dilihat pengguna, tanpa data pribadinya.',
  label: 'Kode bantuan',
  show: 'Tampilkan',
  gallery: 'Galeri halaman dan status',
  galleryIntro: 'Untuk memandu penelepon langkah demi langkah: pilih halaman, langkah atau status.',
  summary: 'Dari kode',
  page: 'Halaman',
  step: 'Langkah',
  status: 'Status',
  browser: 'Peramban',
  version: 'Versi ekstensi',
  agency: 'Profil instansi',
  missing: 'Tidak ditemukan di halaman pengguna',
  unknownStatus: '? — status yang belum dikenal Pemandu TTE (tulisannya tidak ikut dalam kode)',
  none: '—',
  errors: {
    empty: 'Tempel kode bantuan terlebih dahulu.',
    format: 'Tidak ada kode bantuan Pemandu TTE di teks ini. Kode bantuan diawali "TTE" dan angka, misalnya "TTE2-…".',
    truncated: 'Kode terpotong / tidak lengkap: bagian akhirnya tidak ada. Minta pengguna menyalin ulang kode dengan tombol "Salin kode bantuan" dan mengirim seluruh kode.',
    checksum: 'Kode tidak cocok dengan tanda periksanya: kemungkinan ada huruf yang salah ketik. Minta pengguna menyalin ulang kode dengan tombol "Salin kode bantuan" (jangan diketik ulang).',
    version: 'Ini bukan kode bantuan yang dibaca Pemandu TTE versi ini: kode bantuan Pemandu TTE diawali "TTE2-". Minta pengguna menekan tombol "Salin kode bantuan" di panel Pemandu TTE dan mengirim seluruh kodenya.',
    newer: 'Kode ini dibuat oleh versi Pemandu TTE yang lebih baru daripada yang terpasang di komputer helpdesk ini. Perbarui ekstensi Pemandu TTE di komputer helpdesk, lalu tempel ulang kode yang sama (pengguna tidak perlu menyalin ulang).',
    agency: 'Kode ini dibuat dengan profil instansi yang tidak ada di komputer ini: biasanya profil milik instansi pengguna, yang dipasang oleh TI instansinya lewat kebijakan (policy) peramban. Buka halaman helpdesk di komputer yang memakai kebijakan instansi yang sama, atau perbarui ekstensi Pemandu TTE di komputer ini.',
    content: 'Kode terbaca, tetapi isinya tidak valid. Minta pengguna menyalin ulang kode.',
  } satisfies Record<DecodeError, string>,
};
