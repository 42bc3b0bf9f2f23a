// Open readings of SDK errors (Shopify, Supabase, AWS Cognito, Firebase, got): the reasons are in ../unsettled.ts.
import type { ThrownRow } from '../row.js';

/** @shopify/shopify-api: ShopifyError subclasses with nothing but a class name and a message. */
class ShopifyError extends Error {
  constructor(message?: string) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
class HttpMaxRetriesError extends ShopifyError {}
class HttpRequestError extends ShopifyError {}
class MaxRedirectsError extends Error {
  code = 'ERR_TOO_MANY_REDIRECTS';
  constructor() {
    super('Redirected 10 times. Aborting.');
    this.name = 'MaxRedirectsError';
  }
}
const postgrestError = (message: string, code: string, details: string) => Object.assign(new Error(message), { name: 'PostgrestError', code, details, hint: '' });
const supabaseAuthError = (message: string, name: string, status: number) => Object.assign(new Error(message), { name, status, code: undefined, __isAuthError: true });
const firebaseError = (code: string, message: string) => Object.assign(new Error(message), { name: 'FirebaseError', code, customData: {} });
const awsException = (name: string, status: number, message: string) =>
  Object.assign(new Error(message), { name, $fault: 'client', $metadata: { httpStatusCode: status, requestId: 'amb-1', attempts: 1, totalRetryDelay: 0 } });

export const OPEN_SDK_ERRORS: readonly ThrownRow[] = [
  {
    name: 'Shopify HttpMaxRetriesError',
    thrown: () => new HttpMaxRetriesError('Attempted the maximum number of retries for HTTP request.'),
    expect: { category: 'rate_limit' },
  },
  {
    name: 'Shopify HttpRequestError no response',
    thrown: () => new HttpRequestError('Http request error, no response available: {"url":"https://shop.myshopify.com/admin/api/2024-07/products.json"}'),
    expect: { category: 'connection' },
  },
  {
    name: 'Supabase PostgrestError PGRST116 no rows for single()',
    thrown: () => postgrestError('JSON object requested, multiple (or no) rows returned', 'PGRST116', 'The result contains 0 rows'),
    expect: { category: 'not_found', sourceCode: 'PGRST116' },
  },
  {
    name: 'Supabase AuthSessionMissingError (400, no code)',
    thrown: () => supabaseAuthError('Auth session missing!', 'AuthSessionMissingError', 400),
    expect: { category: 'authentication', status: 400 },
  },
  {
    name: 'AWS SDK Cognito UserNotFoundException',
    thrown: () => awsException('UserNotFoundException', 400, 'User does not exist.'),
    expect: { category: 'authentication', status: 400, sourceCode: 'UserNotFoundException' },
  },
  {
    name: 'Firestore deadline-exceeded',
    thrown: () => firebaseError('deadline-exceeded', 'Deadline expired before operation could complete.'),
    expect: { category: 'connection', sourceCode: 'deadline-exceeded' },
  },
  {
    name: 'Firebase Auth operation-not-allowed',
    thrown: () => firebaseError('auth/operation-not-allowed', 'Firebase: Error (auth/operation-not-allowed).'),
    expect: { category: 'configuration', sourceCode: 'auth/operation-not-allowed' },
  },
  {
    name: 'Firebase Auth popup-closed-by-user',
    thrown: () => firebaseError('auth/popup-closed-by-user', 'Firebase: Error (auth/popup-closed-by-user).'),
    expect: { category: 'cancelled', sourceCode: 'auth/popup-closed-by-user' },
  },
  {
    name: 'got MaxRedirectsError',
    thrown: () => new MaxRedirectsError(),
    expect: { category: 'response', sourceCode: 'ERR_TOO_MANY_REDIRECTS' },
  },
];
