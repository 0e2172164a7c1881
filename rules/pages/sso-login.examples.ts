/** Detection examples for sso-login.ts (see rules/examples.ts): the login form and the one-time code. */
import type { PageExamples } from '../examples';

const AUTH = 'https://sso-siasn.bkn.go.id/auth/realms/public-siasn/protocol/openid-connect/auth?client_id=asndigital&response_type=code';

export const ssoLoginExamples: PageExamples = {
  page: 'sso-login',
  examples: [
    { name: 'sso-login', url: AUTH, step: 'masuk' },
    { name: 'sso-login-otp', url: `${AUTH}&replica=step:otp`, step: 'otp' },
  ],
};
