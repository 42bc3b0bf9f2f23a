import { afterAll, beforeAll, describe, it } from 'vitest';
import { REST_CLIENTS } from './adapters/restClients.js';
import type { ClientRequest } from './adapters/clientAdapter.js';
import { FAULT_CASES, HTTP_CASES, type FaultTarget } from './cases.js';
import { expectFaultCase, expectHttpCase } from './expectations.js';
import { startClientServer, type ClientServer } from './server/clientServer.js';

// Short on purpose: the never-answering server is ended by the client's own timeout.
const TIMEOUT_MS = 300;
const ABORT_AFTER_MS = 50;

let server: ClientServer;
beforeAll(async () => {
  server = await startClientServer();
});
afterAll(() => server.close());

function faultRequest(target: FaultTarget): ClientRequest {
  const urls: Record<FaultTarget, () => string> = {
    'closed-port': () => `${server.closedBase}/x`,
    'reset-before': () => `${server.base}/fault/reset-before`,
    'reset-mid': () => `${server.base}/fault/reset-mid`,
    'reset-mid-error': () => `${server.base}/fault/reset-mid-error`,
    'hang-timeout': () => `${server.base}/fault/hang`,
    'hang-abort': () => `${server.base}/fault/hang`,
    'self-signed': () => `${server.tlsBase}/case/0`,
    'invalid-host': () => 'http://api.example.invalid/x',
    truncated: () => `${server.base}/fault/truncated`,
  };
  const signal = target === 'hang-abort' ? AbortSignal.timeout(ABORT_AFTER_MS) : undefined;
  // The abort case must be an abort, not a timeout: a plain controller aborted by a timer.
  if (signal) {
    const controller = new AbortController();
    setTimeout(() => { controller.abort(); }, ABORT_AFTER_MS);
    return { url: urls[target](), timeoutMs: 5000, signal: controller.signal };
  }
  return { url: urls[target](), timeoutMs: TIMEOUT_MS };
}

for (const client of REST_CLIENTS) {
  describe(`${client.name} against a real server`, () => {
    HTTP_CASES.forEach((c, index) => {
      const special = client.byDesign?.[c.row.name];
      it(special ? `${c.row.name} (by design: ${special.reason})` : c.row.name, async () => {
        expectHttpCase(client, c, await client.run({ url: `${server.base}/case/${index}`, timeoutMs: 2000 }));
      });
    });
    for (const c of FAULT_CASES) {
      const special = client.byDesign?.[c.target];
      it(special ? `${c.name} (by design: ${special.reason})` : c.name, async () => {
        expectFaultCase(client, c, await client.run(faultRequest(c.target)));
      });
    }
  });
}
