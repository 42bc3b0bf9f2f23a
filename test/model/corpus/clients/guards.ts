// Not corpus rows: inputs near the SDK shapes that the generic SDK reading must not take over.
// Each pins what the kit did before that reading existed, but the last (a deliberate change).
import type { ThrownRow } from '../row.js';

export const CLIENT_GUARDS: readonly ThrownRow[] = [
  {
    // An app's own error with a code and some unrelated `data`: the code is still the source code.
    name: 'app Error with code and non-API data keeps its code',
    thrown: () => Object.assign(new Error('Cart is locked'), { code: 'CART_LOCKED', data: { cartId: 'c_1', items: 3 } }),
    expect: { category: 'conflict', sourceCode: 'CART_LOCKED' },
  },
  {
    // A plain body that happens to say ok: false beside a status is a body, not a failed response.
    name: 'plain body {ok: false, status: 404, message} stays a body',
    thrown: () => ({ ok: false, status: 404, message: 'Order not found', code: 'ORDER_NOT_FOUND' }),
    expect: { category: 'not_found', status: 404, sourceCode: 'ORDER_NOT_FOUND' },
  },
  {
    // Octokit rethrows fetch's AbortError with `status = 500` set on it: still a cancellation.
    name: 'Octokit AbortError with status 500 stays cancelled',
    thrown: () => Object.assign(new DOMException('This operation was aborted', 'AbortError'), { status: 500 }),
    expect: { category: 'cancelled' },
  },
  {
    name: 'plain Error without HTTP facts stays unknown',
    thrown: () => new Error('Something went wrong'),
    expect: { category: 'unknown', retryable: true },
  },
  {
    // A client-side message is not the server's: no body, so no serverMessage from `message`.
    name: 'Error with only a status gives no body',
    thrown: () => Object.assign(new Error('[GET] "/me": 401 Unauthorized'), { status: 401 }),
    expect: { category: 'authentication', status: 401, sourceCode: null },
  },
  {
    // Changed on purpose: a status beside a Node system error in `cause` was made up by the client
    // (Octokit's 500 for a failed fetch); the Node code says no usable answer came.
    name: 'status with a Node code in its cause is connection',
    thrown: () => Object.assign(new Error('socket hang up'), { status: 502, cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) }),
    expect: { category: 'connection', status: 'skip', sourceCode: 'ECONNRESET' },
  },
];
