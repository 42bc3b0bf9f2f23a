import { isRecord, seconds } from './read.js';

/**
 * A protobuf Duration as JSON: '1.5s' (the canonical form), or {seconds, nanos} when a server
 * serialized the message without the JSON mapping. Seconds from now, or undefined.
 */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'string') {
    const match = /^\s*(\d+(?:\.\d+)?)s\s*$/.exec(value);
    return match?.[1] === undefined ? undefined : Number(match[1]);
  }
  if (isRecord(value)) {
    const whole = seconds(value.seconds) ?? 0;
    const nanos = seconds(value.nanos) ?? 0;
    const total = whole + nanos / 1e9;
    return total > 0 ? total : undefined;
  }
  return undefined;
}
