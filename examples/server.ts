import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer as createViteServer } from 'vite';
import { createMockApi, type MockApi } from '../mocks/mockApi.js';
import { TIMING_HEADERS, type MockReply } from '../mocks/reply.js';

/**
 * The example app and its API over real HTTP on 127.0.0.1, from the same scenarios as Storybook.
 *
 * - App origin (`appUrl`): the app, and the API on the same origin at `/api/...`.
 * - API origin (`apiUrl`, another port, so another origin): the same API twice, to show the
 *   cross-origin trap. `/exposed/api/...` lists the timing headers in
 *   `Access-Control-Expose-Headers`; `/hidden/api/...` does not, so browser code cannot read
 *   `Retry-After`, `X-RateLimit-*` or `X-Request-Id` there (only CORS-safelisted headers are visible).
 */

const here = path.dirname(fileURLToPath(import.meta.url));

export interface ExampleServerOptions {
  /** 0 picks a free port. */
  readonly port?: number;
  readonly apiPort?: number;
  readonly host?: string;
}

export interface ExampleServer {
  readonly appUrl: string;
  /** Origin of the cross-origin API; append `/exposed` or `/hidden`. */
  readonly apiUrl: string;
  readonly api: MockApi;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text ? (JSON.parse(text) as unknown) : undefined);
      } catch {
        resolve(text);
      }
    });
    req.on('error', () => {
      resolve(undefined);
    });
  });
}

function send(res: ServerResponse, reply: MockReply, extraHeaders: Record<string, string> = {}): void {
  if (reply.kind === 'network-error') {
    // What "offline" looks like to fetch: the connection drops without an HTTP answer.
    res.socket?.destroy();
    return;
  }
  res.writeHead(reply.status, { ...reply.headers, ...extraHeaders, 'Cache-Control': 'no-store' });
  res.end(reply.body);
}

/** Answers a mock API request; false when the path is not the API's. */
async function answer(api: MockApi, req: IncomingMessage, res: ServerResponse, url: string, cors: Record<string, string> = {}): Promise<boolean> {
  const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
  const reply = api.handle({
    method: req.method ?? 'GET',
    url,
    header: (name) => {
      const value = req.headers[name.toLowerCase()];
      return Array.isArray(value) ? value.join(', ') : value;
    },
    body,
  });
  if (!reply) return false;
  send(res, reply, cors);
  return true;
}

function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve(`http://${host}:${actual}`);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => {
      resolve();
    });
  });
}

export async function startExampleServer(options: ExampleServerOptions = {}): Promise<ExampleServer> {
  const host = options.host ?? '127.0.0.1';
  const api = createMockApi();

  // The app, transformed on request by Vite (no build step; the kit is imported from source).
  const vite = await createViteServer({
    configFile: false,
    root: path.join(here, 'app'),
    cacheDir: path.join(here, '..', 'node_modules', '.vite', 'example'),
    plugins: [react()],
    appType: 'spa',
    logLevel: 'warn',
    server: { middlewareMode: true, hmr: false, fs: { allow: [path.join(here, '..')] } },
    // Pre-bundled up front, so the first page load never triggers a "new dependency, reloading".
    optimizeDeps: {
      include: ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'react/jsx-dev-runtime', '@tanstack/react-query'],
    },
  });

  let appOrigin = '';
  const appServer = createHttpServer((req, res) => {
    const url = req.url ?? '/';
    void answer(api, req, res, url).then((handled) => {
      if (!handled) vite.middlewares(req, res);
    });
  });

  const apiServer = createHttpServer((req, res) => {
    const match = /^\/(exposed|hidden)(\/.*)$/.exec(req.url ?? '');
    const cors: Record<string, string> = {
      'Access-Control-Allow-Origin': appOrigin,
      'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
      'Access-Control-Allow-Headers': 'Authorization, Content-Type',
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    };
    if (match?.[1] === 'exposed') cors['Access-Control-Expose-Headers'] = TIMING_HEADERS.join(', ');
    if (!match?.[2]) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found: use /exposed/api/... or /hidden/api/...');
      return;
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    void answer(api, req, res, match[2], cors).then((handled) => {
      if (!handled) res.writeHead(404, { ...cors, 'Content-Type': 'text/plain' }).end('Not found');
    });
  });

  appOrigin = await listen(appServer, options.port ?? 0, host);
  const apiUrl = await listen(apiServer, options.apiPort ?? 0, host);

  return {
    appUrl: appOrigin,
    apiUrl,
    api,
    async close() {
      await Promise.all([close(appServer), close(apiServer)]);
      await vite.close();
    },
  };
}
