import type { ClientRequest } from './adapters/clientAdapter.js';
import type { FaultTarget } from './cases.js';
import type { ClientServer } from './server/clientServer.js';

// Short on purpose: the never-answering server is ended by the client's own timeout.
export const TIMEOUT_MS = 300;
// Every other fault fails on its own; a generous timeout keeps a loaded machine from turning it into a timeout.
const SAFE_TIMEOUT_MS = 5000;
const ABORT_AFTER_MS = 50;

/**
 * Where a fault case points a client, and with which timeout or signal. `suffix` is appended
 * where the client adds a path of its own (tRPC's procedure path).
 */
export function faultRequest(server: ClientServer, target: FaultTarget, suffix = ''): ClientRequest {
  const urls: Record<FaultTarget, () => string> = {
    'closed-port': () => `${server.closedBase}/x${suffix}`,
    'reset-before': () => `${server.base}/fault/reset-before${suffix}`,
    'reset-mid': () => `${server.base}/fault/reset-mid${suffix}`,
    'reset-chunked': () => `${server.base}/fault/reset-chunked${suffix}`,
    'reset-mid-error': () => `${server.base}/fault/reset-mid-error${suffix}`,
    'hang-timeout': () => `${server.base}/fault/hang${suffix}`,
    'hang-abort': () => `${server.base}/fault/hang${suffix}`,
    'self-signed': () => `${server.tlsBase}/case/0${suffix}`,
    'invalid-host': () => `http://api.example.invalid/x${suffix}`,
    truncated: () => `${server.base}/fault/truncated${suffix}`,
  };
  if (target === 'hang-timeout') return { url: urls[target](), timeoutMs: TIMEOUT_MS };
  if (target !== 'hang-abort') return { url: urls[target](), timeoutMs: SAFE_TIMEOUT_MS };
  // The abort case must be an abort, not a timeout: a plain controller aborted by a timer.
  const controller = new AbortController();
  setTimeout(() => {
    controller.abort();
  }, ABORT_AFTER_MS);
  return { url: urls[target](), timeoutMs: SAFE_TIMEOUT_MS, signal: controller.signal };
}
