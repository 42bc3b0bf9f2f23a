import { seconds } from '../dialects/read.js';
import { getProp } from '../safeAccess.js';

/** Where bodies keep a wait: the body, its `error`, Webex's `details`, `meta`, `data`, Telegram's `parameters`. */
const CONTAINERS: readonly (string | undefined)[] = [undefined, 'error', 'details', 'meta', 'data', 'parameters'];
const SECOND_KEYS: readonly string[] = ['retry_after', 'retryAfter', 'retry_after_seconds', 'retryAfterSeconds'];
/** Matrix's `retry_after_ms` and its camelCase twin. */
const MILLISECOND_KEYS: readonly string[] = ['retry_after_ms', 'retryAfterMs'];

/**
 * A retry delay in seconds that the body states in any dialect, for bodies whose dialect did not
 * report one (or that no dialect read). Only a rate limit or an outage makes it count.
 */
export function bodyRetryAfterSeconds(body: unknown): number | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  for (const name of CONTAINERS) {
    const container = name === undefined ? body : getProp(body, name);
    if (typeof container !== 'object' || container === null) continue;
    for (const key of SECOND_KEYS) {
      const s = seconds(getProp(container, key));
      if (s !== undefined) return s;
    }
    for (const key of MILLISECOND_KEYS) {
      const ms = seconds(getProp(container, key));
      if (ms !== undefined) return ms / 1000;
    }
  }
  return undefined;
}
