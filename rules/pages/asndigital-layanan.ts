import type { PageRule } from '../schema';

/** Guide E.2–3: the ASN Digital home after login, where the user picks Layanan Individu ASN → MyASN. */
export const asndigitalLayanan: PageRule = {
  id: 'asndigital-layanan',
  hosts: ['asndigital.bkn.go.id'],
  paths: ['/', '/layanan-individu/**', '/beranda/**'],
  markers: { any: ['Layanan Individu ASN', 'MyASN', 'Selamat Datang'], min: 1 },
  title: { id: 'Pilih layanan di ASN Digital', en: 'Choose a service in ASN Digital' },
  guideStep: 3,
  contacts: ['kepegawaian', 'helpdesk-bkn'],
  tips: [
    {
      id: 'pilih-layanan-individu',
      text: {
        id: 'Pilih "Layanan Individu ASN", lalu pilih "MyASN".',
        en: 'Choose "Layanan Individu ASN", then "MyASN".',
      },
      source: 'guide:E.2',
    },
  ],
  fields: [],
  submitButtons: [],
};
