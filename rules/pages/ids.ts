// WRITTEN by scripts/registry.mjs (npm run registry): do not edit; change the files it lists.
/** Every page rule's id: the names of the files in this folder. */
export const PAGE_IDS = ['asndigital-layanan', 'bsre-aktivasi', 'bsre-passphrase', 'myasn-dashboard', 'myasn-kontak-pribadi', 'myasn-layanan', 'myasn-sertifikat', 'sso-login'] as const;
export type PageId = (typeof PAGE_IDS)[number];
