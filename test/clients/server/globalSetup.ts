import type { TestProject } from 'vitest/node';
import { startClientServer } from './clientServer.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The client matrix server, for tests that run in the browser (they cannot start one). */
    clientServer: { base: string; closedBase: string };
  }
}

/** Starts the matrix server in Node for the browser project; its URLs reach the tests through `inject`. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startClientServer();
  project.provide('clientServer', { base: server.base, closedBase: server.closedBase });
  return () => server.close();
}
