import type { ApiErrorCode } from './codes.js';

/**
 * Vendor codes beyond the seed documents (Google, GraphQL, WordPress, Stripe, AWS, OData, Slack, ...),
 * keyed by the normalized form of the received code (upper case, non-alphanumerics as '_').
 */
export const VENDOR_CODE_ALIASES: Readonly<Record<string, ApiErrorCode>> = Object.freeze({});
