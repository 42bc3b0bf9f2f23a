import { createListeners } from './createListeners.js';

/**
 * Which errors have an error summary (FieldErrors) on screen. Framework-free.
 * One failure, one alert: while a summary shows an error's field errors, that summary speaks,
 * and a banner for the same error stays on screen without a live role.
 */
const shown = new Map<object, number>();
const listeners = createListeners();

export const subscribeSummaries = listeners.subscribe;

/** Marks `error` as summarized until the returned function is called. */
export function registerSummary(error: object): () => void {
  shown.set(error, (shown.get(error) ?? 0) + 1);
  listeners.emit();
  let done = false;
  return () => {
    if (done) return;
    done = true;
    const count = (shown.get(error) ?? 1) - 1;
    if (count <= 0) shown.delete(error);
    else shown.set(error, count);
    listeners.emit();
  };
}

export function hasSummary(error: object | null): boolean {
  return error !== null && shown.has(error);
}
