import { defineStatus } from './define';

export const notRegistered = defineStatus({
  id: 'not-registered',
  codes: ['NOT_REGISTERED'],
  tone: 'error',
  source: 'facts:statuses',
  next: [
    { id: 'verifikasi-email', source: 'guide:E.6', emailBsre: ['empty'] },
    { id: 'aktivasi-email', source: 'guide:E.10', emailBsre: ['empty'] },
    { id: 'registrasi', source: 'guide:F', emailBsre: ['filled'] },
    { id: 'tautan-aktivasi', source: 'guide:F.1', emailBsre: ['filled'] },
    { id: 'jika-kosong', source: 'guide:E.6', emailBsre: ['unknown'] },
    { id: 'jika-terisi', source: 'guide:F', emailBsre: ['unknown'] },
    { id: 'spam', source: 'advice' },
  ],
  contacts: ['helpdesk-bkn', 'persandian'],
  progress: [{ step: 'registrasi', source: 'guide:E.12', emailBsre: ['filled'] }],
});
