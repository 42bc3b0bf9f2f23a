import { isRecord, seconds } from './read.js';

/**
 * Shopify's GraphQL throttle answers HTTP 200 with no Retry-After; the wait follows from the
 * cost extension: (requested - available) / restoreRate seconds.
 */
export function graphqlThrottleSeconds(body: Readonly<Record<string, unknown>>): number | undefined {
  const ext = isRecord(body.extensions) ? body.extensions : undefined;
  const cost = isRecord(ext?.cost) ? ext.cost : undefined;
  const throttle = isRecord(cost?.throttleStatus) ? cost.throttleStatus : undefined;
  if (cost === undefined || throttle === undefined) return undefined;
  const requested = seconds(cost.requestedQueryCost);
  const available = seconds(throttle.currentlyAvailable);
  const rate = seconds(throttle.restoreRate);
  if (requested === undefined || available === undefined || rate === undefined || rate === 0) return undefined;
  if (requested <= available) return undefined;
  return Math.ceil((requested - available) / rate);
}
