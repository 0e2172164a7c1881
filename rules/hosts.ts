/** The portal hosts Pemandu TTE runs on (manifest content-script matches). Nothing runs elsewhere. */
export const PORTAL_MATCHES = [
  'https://myasn.bkn.go.id/*',
  'https://asndigital.bkn.go.id/*',
  'https://sso-siasn.bkn.go.id/*',
  'https://bsre.bssn.go.id/*',
];
