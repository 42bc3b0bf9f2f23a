import { afterAll, beforeAll, describe, it } from 'vitest';
import { REST_CLIENTS } from './adapters/restClients.js';
import { FAULT_CASES, HTTP_CASES } from './cases.js';
import { expectFaultCase, expectHttpCase } from './expectations.js';
import { faultRequest } from './faultRequest.js';
import { startClientServer, type ClientServer } from './server/clientServer.js';

let server: ClientServer;
beforeAll(async () => {
  server = await startClientServer();
});
afterAll(() => server.close());

for (const client of REST_CLIENTS) {
  describe.concurrent(`${client.name} against a real server`, () => {
    HTTP_CASES.forEach((c, index) => {
      const special = client.byDesign?.[c.row.name];
      it(special ? `${c.row.name} (by design: ${special.reason})` : c.row.name, async () => {
        expectHttpCase(client, c, await client.run({ url: `${server.base}/case/${index}`, timeoutMs: 5000 }));
      });
    });
    for (const c of FAULT_CASES) {
      const special = client.byDesign?.[c.target];
      it(special ? `${c.name} (by design: ${special.reason})` : c.name, async () => {
        expectFaultCase(client, c, await client.run(faultRequest(server, c.target)));
      });
    }
  });
}
