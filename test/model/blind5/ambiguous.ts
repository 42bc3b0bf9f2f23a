// Rows where the contract can be read two ways. They run and print what the kit does, but are
// not counted: each carries the reading the reviewer leans to and why it is uncertain.
import type { ThrownRow5 } from './rows.js';

export interface AmbiguousRow5 extends ThrownRow5 {
  readonly why: string;
}

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

export const AMBIGUOUS5: readonly AmbiguousRow5[] = [
  {
    name: 'Shopify HttpMaxRetriesError',
    thrown: () => new HttpMaxRetriesError('Attempted the maximum number of retries for HTTP request.'),
    expect: { category: 'rate_limit' },
    why: 'Thrown only after repeated 429s, but the error keeps no status, header or code: only the class name says "rate limit".',
  },
  {
    name: 'Shopify HttpRequestError no response',
    thrown: () => new HttpRequestError('Http request error, no response available: {"url":"https://shop.myshopify.com/admin/api/2024-07/products.json"}'),
    expect: { category: 'connection' },
    why: 'A fetch that got no answer (connection), yet the error carries no cause or code, and the class name is generic.',
  },
  {
    name: 'Supabase PostgrestError PGRST116 no rows for single()',
    thrown: () => postgrestError('JSON object requested, multiple (or no) rows returned', 'PGRST116', 'The result contains 0 rows'),
    expect: { category: 'not_found', sourceCode: 'PGRST116' },
    why: 'One code for "no row" (not_found) and "several rows" (request); PostgREST answers both with 406.',
  },
  {
    name: 'Supabase AuthSessionMissingError (400, no code)',
    thrown: () => supabaseAuthError('Auth session missing!', 'AuthSessionMissingError', 400),
    expect: { category: 'authentication', status: 400 },
    why: 'No session means "sign in" (authentication), but the SDK sets status 400 and no code; only the class name says it.',
  },
  {
    name: 'AWS SDK Cognito UserNotFoundException',
    thrown: () => awsException('UserNotFoundException', 400, 'User does not exist.'),
    expect: { category: 'authentication', status: 400, sourceCode: 'UserNotFoundException' },
    why: 'On sign-in an unknown user is bad credentials (authentication); on admin lookups it is a missing resource (not_found).',
  },
  {
    name: 'Firestore deadline-exceeded',
    thrown: () => firebaseError('deadline-exceeded', 'Deadline expired before operation could complete.'),
    expect: { category: 'connection', sourceCode: 'deadline-exceeded' },
    why: 'Often the client giving up on a slow network (connection), but gRPC also uses it for a server that took too long (server, as 504).',
  },
  {
    name: 'Firebase Auth operation-not-allowed',
    thrown: () => firebaseError('auth/operation-not-allowed', 'Firebase: Error (auth/operation-not-allowed).'),
    expect: { category: 'configuration', sourceCode: 'auth/operation-not-allowed' },
    why: 'The sign-in provider is disabled in the console (configuration), but the words say "not allowed" (authorization).',
  },
  {
    name: 'Firebase Auth popup-closed-by-user',
    thrown: () => firebaseError('auth/popup-closed-by-user', 'Firebase: Error (auth/popup-closed-by-user).'),
    expect: { category: 'cancelled', sourceCode: 'auth/popup-closed-by-user' },
    why: 'The person closed the sign-in popup (cancelled, never shown), but no word in the code says cancel.',
  },
  {
    name: 'got MaxRedirectsError',
    thrown: () => new MaxRedirectsError(),
    expect: { category: 'response', sourceCode: 'ERR_TOO_MANY_REDIRECTS' },
    why: 'A redirect loop is an answer that cannot be used (response), or a misconfigured API URL (configuration).',
  },
];
