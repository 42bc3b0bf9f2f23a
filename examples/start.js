// `npm run example`: runs examples/server.ts through Vite's module runner (Node 20 cannot run
// TypeScript by itself) and prints where the app and the cross-origin API listen.
import { runnerImport } from 'vite';

const { module } = await runnerImport('./examples/server.ts');
const server = await module.startExampleServer({
  port: Number(process.env.PORT ?? 5173),
  apiPort: Number(process.env.API_PORT ?? 5174),
});
console.log(`Example app:                   ${server.appUrl}/`);
console.log(`Cross-origin, headers exposed: ${server.appUrl}/?api=${server.apiUrl}/exposed/api`);
console.log(`Cross-origin, headers hidden:  ${server.appUrl}/?api=${server.apiUrl}/hidden/api`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
