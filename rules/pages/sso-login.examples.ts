/** Detection examples for sso-login.ts (see rules/examples.ts). */
import type { PageExamples } from '../examples';

export const ssoLoginExamples: PageExamples = {
  page: 'sso-login',
  examples: [
    {
      name: 'sso-login',
      url: 'https://sso-siasn.bkn.go.id/auth/realms/public-siasn/protocol/openid-connect/auth?client_id=asndigital&response_type=code',
    },
  ],
};
