import { MAX_BODY_BYTES } from '../limits.js';
import { getProp } from '../safeAccess.js';

export interface BoundedText {
  readonly text: string;
  readonly truncated: boolean;
  /** Set when the body broke off mid-way (a dropped socket): what the read failed with. */
  readonly error?: unknown;
}

const EMPTY: BoundedText = { text: '', truncated: false };

/** The chunks of a body, whatever it is: a web stream, a Node stream (node-fetch, undici's Node body), any async iterable. */
function chunksOf(body: unknown): { next(): Promise<IteratorResult<unknown>>; stop(): void } | undefined {
  if (typeof getProp(body, 'getReader') === 'function') {
    const reader = (body as ReadableStream<Uint8Array>).getReader();
    return { next: () => reader.read(), stop: () => void reader.cancel().catch(() => undefined) };
  }
  if (typeof body !== 'object' || body === null) return undefined;
  const iterate = (body as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator];
  if (typeof iterate !== 'function') return undefined;
  const iterator = (iterate as () => AsyncIterator<unknown>).call(body);
  // A Node stream is destroyed rather than left half-read (its socket is freed).
  const destroy = getProp(body, 'destroy');
  return {
    next: () => iterator.next(),
    stop: () => {
      if (typeof destroy === 'function') (destroy as () => void).call(body);
      else void iterator.return?.()?.catch(() => undefined);
    },
  };
}

/**
 * Reads at most `maxBytes` of a response body as UTF-8 text, then stops reading. Takes any
 * Response-like through what it offers: a web stream, a Node stream, else `text()`. Never
 * throws: a body already used or locked gives ''; a body failing mid-way gives what arrived and
 * the failure as `error`.
 */
export async function readBoundedText(response: Response, maxBytes: number = MAX_BODY_BYTES): Promise<BoundedText> {
  let chunks: ReturnType<typeof chunksOf>;
  try {
    if (getProp(response, 'bodyUsed') === true) return EMPTY;
    chunks = chunksOf(getProp(response, 'body'));
    if (!chunks) return await readText(response, maxBytes);
  } catch {
    return EMPTY;
  }
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let text = '';
  let bytes = 0;
  try {
    for (;;) {
      const step: IteratorResult<unknown> = await chunks.next();
      if (step.done) break;
      const value = step.value;
      const bytesOf: Uint8Array = typeof value === 'string' ? encoder.encode(value) : (value as Uint8Array);
      const room = maxBytes - bytes;
      const chunk = bytesOf.byteLength > room ? bytesOf.subarray(0, room) : bytesOf;
      bytes += chunk.byteLength;
      text += decoder.decode(chunk, { stream: true });
      if (bytes >= maxBytes) {
        chunks.stop();
        return { text: text + decoder.decode(), truncated: true };
      }
    }
  } catch (error) {
    return { text: text + decoder.decode(), truncated: false, error };
  }
  return { text: text + decoder.decode(), truncated: false };
}

/** The last resort for Response-likes without a readable body: `text()`, cut to the bound. */
async function readText(response: Response, maxBytes: number): Promise<BoundedText> {
  const read = getProp(response, 'text');
  if (typeof read !== 'function') return EMPTY;
  try {
    const text = String(await (read as () => Promise<unknown>).call(response));
    return text.length > maxBytes ? { text: text.slice(0, maxBytes), truncated: true } : { text, truncated: false };
  } catch (error) {
    return { text: '', truncated: false, error };
  }
}
