import type { TestProject } from 'vitest/node';
import { startIntegrationServer } from '../integrations/server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the local HTTP API the router and form integration tests call. */
    integrationApi: string;
  }
}

/** One local API (127.0.0.1, a free port) for the browser tests, started once per run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startIntegrationServer();
  project.provide('integrationApi', server.url);
  return server.close;
}
