import { describe, expect, it } from 'vitest';
import { pathMatches } from '../../rules/engine/url';

describe('path globs', () => {
  it.each([
    ['/layanan-asn/sertifikat-elektronik-bsre', ['/layanan-asn/sertifikat-elektronik-bsre'], true],
    ['/layanan-asn/sertifikat-elektronik-bsre/', ['/layanan-asn/sertifikat-elektronik-bsre'], true],
    ['/layanan-asn/sertifikat-elektronik-bsre-x', ['/layanan-asn/sertifikat-elektronik-bsre'], false],
    ['/layanan-asn', ['/layanan-asn'], true],
    ['/layanan-asn/other', ['/layanan-asn'], false],
    ['/email/aktivasi/akun/5d710ec7-7ca9-41a8', ['/email/aktivasi/akun/*'], true],
    ['/email/aktivasi/akun/a/b', ['/email/aktivasi/akun/*'], false],
    ['/email/aktivasi/akun/', ['/email/aktivasi/akun/*'], false],
    ['/auth/realms/public-siasn/protocol/openid-connect/auth', ['/auth/realms/public-siasn/**'], true],
    ['/auth/realms/public-siasn', ['/auth/realms/public-siasn/**'], true],
    ['/auth/realms/other', ['/auth/realms/public-siasn/**'], false],
    ['/profil/update', ['/profil/update'], true],
    ['/', ['/'], true],
    ['/dashboard', ['/'], false],
  ])('%s with %j → %s', (path, globs, want) => {
    expect(pathMatches(path, globs)).toBe(want);
  });
  it('treats regex characters in globs literally', () => {
    expect(pathMatches('/a.b', ['/a.b'])).toBe(true);
    expect(pathMatches('/axb', ['/a.b'])).toBe(false);
  });
});
