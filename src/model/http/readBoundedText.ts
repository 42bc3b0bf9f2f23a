import { LIMITS } from '../limits.js';

export interface BoundedText {
  readonly text: string;
  readonly truncated: boolean;
}

const EMPTY: BoundedText = { text: '', truncated: false };

/**
 * Reads at most `maxBytes` of a response body as UTF-8 text, then cancels the stream.
 * Never throws: a body already used, locked or failing mid-way gives what was read (or '').
 */
export async function readBoundedText(response: Response, maxBytes: number = LIMITS.maxBodyBytes): Promise<BoundedText> {
  try {
    if (response.bodyUsed) return EMPTY;
    const stream = response.body;
    if (!stream) return EMPTY;
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    let text = '';
    let bytes = 0;
    let truncated = false;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const room = maxBytes - bytes;
        const chunk = value.byteLength > room ? value.subarray(0, room) : value;
        bytes += chunk.byteLength;
        text += decoder.decode(chunk, { stream: true });
        if (bytes >= maxBytes) {
          truncated = true;
          reader.cancel().catch(() => undefined);
          break;
        }
      }
    } catch {
      // A body that errors mid-way keeps what arrived.
    }
    return { text: text + decoder.decode(), truncated };
  } catch {
    return EMPTY;
  }
}
