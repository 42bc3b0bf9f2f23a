import { codeKey } from './codeKey.js';
import type { ApiErrorCode } from './codes.js';
import { AWS_ALIASES, AZURE_ALIASES, GOOGLE_LEGACY_ALIASES, GRPC_ALIASES } from './vendorAliases/cloudAliases.js';
import { FIREBASE_ALIASES, OAUTH_ALIASES, OKTA_ALIASES } from './vendorAliases/identityAliases.js';
import { PAYPAL_ALIASES, SQUARE_ALIASES, STRIPE_ALIASES } from './vendorAliases/paymentAliases.js';
import { GITHUB_OAUTH_ALIASES, SALESFORCE_ALIASES } from './vendorAliases/saasAliases.js';
import { GRAPHQL_ALIASES, SLACK_ALIASES, WORDPRESS_ALIASES } from './vendorAliases/webAliases.js';

/**
 * The key a received code is looked up under, the same the classifier uses: trimmed, upper
 * case, non-alphanumerics as '_' ('rest_forbidden' -> 'REST_FORBIDDEN', 'invalid-jwt' ->
 * 'INVALID_JWT', '[jwt_auth] incorrect_password' -> 'JWT_AUTH_INCORRECT_PASSWORD',
 * 'ThrottlingException' -> 'THROTTLINGEXCEPTION').
 */
export const vendorCodeKey = codeKey;

/**
 * Vendor codes beyond the seed documents (Google, GraphQL, WordPress, Stripe, AWS, OData, Slack, ...),
 * keyed by the normalized form of the received code (upper case, non-alphanumerics as '_').
 * Numeric codes (Twilio 20003, Discord 50035) are not here: numbers collide across vendors, so
 * those dialects give a category hint instead. A code two vendors send with the same meaning
 * is listed once, under the first of them here.
 */
export const VENDOR_CODE_ALIASES: Readonly<Record<string, ApiErrorCode>> = Object.freeze({
  ...GRPC_ALIASES,
  ...GOOGLE_LEGACY_ALIASES,
  ...AWS_ALIASES,
  ...AZURE_ALIASES,
  ...OAUTH_ALIASES,
  ...OKTA_ALIASES,
  ...FIREBASE_ALIASES,
  ...STRIPE_ALIASES,
  ...SQUARE_ALIASES,
  ...PAYPAL_ALIASES,
  ...WORDPRESS_ALIASES,
  ...GRAPHQL_ALIASES,
  ...SLACK_ALIASES,
  ...SALESFORCE_ALIASES,
  ...GITHUB_OAUTH_ALIASES,
});

/** The canonical code a vendor code stands for, if it is known. */
export function vendorCodeAlias(code: string): ApiErrorCode | undefined {
  const key = vendorCodeKey(code);
  return Object.prototype.hasOwnProperty.call(VENDOR_CODE_ALIASES, key) ? VENDOR_CODE_ALIASES[key] : undefined;
}
