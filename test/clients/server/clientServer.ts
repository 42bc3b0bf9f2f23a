import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { HTTP_CASES } from '../cases.js';
import { FAULTS } from './faults.js';
import { selfSignedCert } from './selfSignedCert.js';
import { trpcRouter } from './trpcRouter.js';

export interface ClientServer {
  /** http://127.0.0.1:<port> */
  readonly base: string;
  /** The same routes over TLS with a self-signed certificate. */
  readonly tlsBase: string;
  /** A port nothing listens on. */
  readonly closedBase: string;
  close(): Promise<void>;
}

const trpc = createHTTPHandler({ router: trpcRouter, basePath: '/trpc/' });

/**
 * CORS by query: `cors=expose` also exposes every response header to scripts, `cors=none`
 * sends no CORS header at all (the browser blocks the answer). Anything else allows the origin.
 */
function applyCors(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  const mode = url.searchParams.get('cors');
  if (!req.headers.origin || mode === 'none') return false;
  res.setHeader('access-control-allow-origin', '*');
  if (mode === 'expose') res.setHeader('access-control-expose-headers', '*');
  if (req.method !== 'OPTIONS') return false;
  res.writeHead(204, { 'access-control-allow-headers': '*', 'access-control-allow-methods': 'GET, POST, OPTIONS' });
  res.end();
  return true;
}

function serveCase(index: number, res: ServerResponse): void {
  const found = HTTP_CASES[index];
  if (!found) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('no such case');
    return;
  }
  const { row } = found;
  const body = typeof row.body === 'string' ? row.body : JSON.stringify(row.body);
  res.writeHead(row.status, row.headers);
  res.end(body);
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (applyCors(req, res, url)) return;
  // Drain what the client sent (GraphQL and tRPC POST bodies) before answering.
  req.resume();
  const fault = Object.keys(FAULTS).find((path) => url.pathname.startsWith(path));
  const match = /^\/(?:case|graphql)\/(\d+)/.exec(url.pathname);
  if (fault) FAULTS[fault]?.(req, res);
  else if (match) serveCase(Number(match[1]), res);
  else if (url.pathname.startsWith('/trpc/')) trpc(req, res);
  else answerOk(res);
}

function answerOk(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end('{"id":7}');
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Sockets held open by the never-answering route must not keep `close()` waiting. */
function track(server: Server): Set<Socket> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return sockets;
}

export async function startClientServer(): Promise<ClientServer> {
  const http = createHttpServer(handle);
  const https = createHttpsServer(selfSignedCert(), handle);
  const closed = createHttpServer();
  const sockets = [track(http), track(https)];
  const [host, tlsHost, closedHost] = await Promise.all([listen(http), listen(https), listen(closed)]);
  await new Promise((resolve) => closed.close(resolve));
  return {
    base: `http://${host}`,
    tlsBase: `https://${tlsHost}`,
    closedBase: `http://${closedHost}`,
    async close() {
      for (const set of sockets) for (const socket of set) socket.destroy();
      await Promise.all([http, https].map((s) => new Promise((resolve) => s.close(resolve))));
    },
  };
}
