import type { AgencyExamples } from '../examples';

export const magelangExamples: AgencyExamples = {
  instansiKerja: ['Pemerintah Kota Magelang', 'Kota Magelang'],
  emailDinas: [
    { value: 'nama@pns.magelangkota.go.id', employeeType: 'pns', verdict: 'ok', reason: 'ok' },
    { value: 'nama@asn.magelangkota.go.id', employeeType: 'pppk', verdict: 'ok', reason: 'ok' },
    { value: 'nama@magelangkota.go.id', verdict: 'warn', reason: 'agencyDomain' },
    { value: 'nama@gmail.com', verdict: 'error', reason: 'public' },
  ],
};
