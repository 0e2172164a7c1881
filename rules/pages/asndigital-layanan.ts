import { definePage } from './define';

/** Guide E.2–3: the ASN Digital home after login, where the user picks Layanan Individu ASN → MyASN. */
export const asndigitalLayanan = definePage({
  id: 'asndigital-layanan',
  hosts: ['asndigital.bkn.go.id'],
  paths: ['/', '/layanan-individu/**', '/beranda/**'],
  markers: { any: ['Layanan Individu ASN', 'MyASN', 'Selamat Datang'], min: 1 },
  guideStep: 'buka-myasn',
  contacts: ['kepegawaian', 'helpdesk-bkn'],
  tips: [
    { id: 'pilih-layanan-individu', source: 'guide:E.2' },
  ],
  fields: [],
  submitButtons: [],
});
