import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeApiError } from '../../src/model/normalizeApiError.js';
import type { ClientAdapter } from './adapters/clientAdapter.js';
import { GRAPHQL_CLIENTS } from './adapters/graphqlClients.js';
import { runTrpc, type TrpcCall } from './adapters/trpcClient.js';
import { FAULT_CASES, GRAPHQL_CASE_NAMES, HTTP_CASES, LINK_FAULTS } from './cases.js';
import { expectFaultCase, expectHttpCase } from './expectations.js';
import { faultRequest } from './faultRequest.js';
import { startClientServer, type ClientServer } from './server/clientServer.js';
import type { ApiErrorCategory } from '../../src/model/types.js';

let server: ClientServer;
beforeAll(async () => {
  server = await startClientServer();
});
afterAll(() => server.close());

const faults = FAULT_CASES.filter((c) => LINK_FAULTS.includes(c.target));

for (const client of GRAPHQL_CLIENTS) {
  describe.concurrent(`${client.name} against a real GraphQL endpoint`, () => {
    for (const name of GRAPHQL_CASE_NAMES) {
      const index = HTTP_CASES.findIndex((c) => c.row.name === name);
      const c = HTTP_CASES[index];
      if (!c) throw new Error(`no case ${name}`);
      const special = client.byDesign?.[name];
      it(special ? `${name} (by design: ${special.reason})` : name, async () => {
        expectHttpCase(client, c, await client.run({ url: `${server.base}/graphql/${index}`, timeoutMs: 5000 }));
      });
    }
    for (const c of faults) {
      const special = client.byDesign?.[c.target];
      it(special ? `${c.name} (by design: ${special.reason})` : c.name, async () => {
        expectFaultCase(client, c, await client.run(faultRequest(server, c.target)));
      });
    }
  });
}

/** tRPC's error codes as its server sends them (status and `data.code`), and what the model makes of each. */
const TRPC_ROWS: readonly { readonly call: TrpcCall; readonly status: number; readonly category: ApiErrorCategory; readonly fieldKeys: readonly string[] }[] = [
  { call: { procedure: 'fail', code: 'UNAUTHORIZED' }, status: 401, category: 'authentication', fieldKeys: [] },
  { call: { procedure: 'fail', code: 'FORBIDDEN' }, status: 403, category: 'authorization', fieldKeys: [] },
  { call: { procedure: 'fail', code: 'NOT_FOUND' }, status: 404, category: 'not_found', fieldKeys: [] },
  { call: { procedure: 'fail', code: 'CONFLICT' }, status: 409, category: 'conflict', fieldKeys: [] },
  { call: { procedure: 'fail', code: 'TOO_MANY_REQUESTS' }, status: 429, category: 'rate_limit', fieldKeys: [] },
  { call: { procedure: 'fail', code: 'INTERNAL_SERVER_ERROR' }, status: 500, category: 'server', fieldKeys: [] },
  { call: { procedure: 'fail', code: 'BAD_REQUEST' }, status: 400, category: 'request', fieldKeys: [] },
  { call: { procedure: 'signUp' }, status: 400, category: 'request', fieldKeys: ['email', 'name'] },
];

describe.concurrent('tRPC client against a real tRPC server', () => {
  for (const row of TRPC_ROWS) {
    const label = row.call.procedure === 'fail' ? row.call.code : 'BAD_REQUEST from input validation';
    it(label, async () => {
      const outcome = await runTrpc({ url: `${server.base}/trpc`, timeoutMs: 5000 }, row.call);
      expect(outcome.how).toBe('thrown');
      const error = normalizeApiError(outcome.value);
      const actual = { category: error.category, status: error.status, sourceCode: error.sourceCode, fieldKeys: Object.keys(error.fieldErrors).sort() };
      expect(actual, JSON.stringify(actual)).toEqual({ category: row.category, status: row.status, sourceCode: row.call.procedure === 'fail' ? row.call.code : 'BAD_REQUEST', fieldKeys: row.fieldKeys });
    });
  }
  const trpc: ClientAdapter = {
    name: 'tRPC',
    byDesign: {
      'hang-timeout': { reason: "tRPC links the app's signal to its own controller and reports an AbortError: a timeout reads as an abort", expect: { category: 'cancelled' } },
      truncated: { reason: 'tRPC wraps the bare SyntaxError of response.json() without the response: no status is left', expect: { category: 'response', code: 'MALFORMED_JSON' } },
    },
    run: (req) => runTrpc(req, { procedure: 'fail', code: 'NOT_FOUND' }),
  };
  for (const c of faults) {
    const special = trpc.byDesign?.[c.target];
    it(special ? `${c.name} (by design: ${special.reason})` : c.name, async () => {
      expectFaultCase(trpc, c, await trpc.run(faultRequest(server, c.target)));
    });
  }
});
