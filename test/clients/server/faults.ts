import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Transport faults the server can produce on purpose, by path. Each handler misbehaves the
 * way a real network or a crashing backend does; none of them ever ends the answer cleanly.
 */
export const FAULTS: Readonly<Record<string, (req: IncomingMessage, res: ServerResponse) => void>> = {
  // The connection drops before a single byte of the answer.
  '/fault/reset-before': (req) => {
    req.socket.destroy();
  },
  // A 200 whose body promises 4 KiB and breaks off after a few bytes.
  '/fault/reset-mid': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '4096' });
    res.write('{"items":[{"id":1},{"id":2},');
    setTimeout(() => res.socket?.destroy(), 20);
  },
  // The same without a Content-Length: a chunked body that stops without its last chunk.
  '/fault/reset-chunked': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"items":[{"id":1},{"id":2},');
    setTimeout(() => res.socket?.destroy(), 20);
  },
  // The same on a failure answer: the error body itself breaks off.
  '/fault/reset-mid-error': (_req, res) => {
    res.writeHead(503, { 'content-type': 'application/json', 'content-length': '4096', 'x-request-id': 'req-cut' });
    res.write('{"error":{"code":"SERVICE_UNAVAILABLE","mess');
    setTimeout(() => res.socket?.destroy(), 20);
  },
  // Never answers: only the client's own timeout or an abort ends the wait.
  '/fault/hang': () => undefined,
  // A complete answer whose JSON is cut short: a fragment of it would parse.
  '/fault/truncated': (_req, res) => {
    const body = '{"data":{"user":{"id":7,"name":"Ada"},"orders":[{"id":1,"total":12}';
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
    res.end(body);
  },
};
