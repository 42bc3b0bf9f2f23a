import type { SessionCoordinator } from '../runtime/session.js';
import type { ApiError } from '../model/types.js';

/** Codes a silent token refresh can fix. Revoked tokens, bad credentials and API keys need a person. */
export const SILENT_REFRESH_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set(['TOKEN_EXPIRED', 'TOKEN_INVALID', 'UNAUTHORIZED', 'AUTH_REQUIRED']);

/** A refresh that "worked" this recently and still ends in a 401 does not help: go to the prompt. */
const LOOP_WINDOW_MS = 10_000;
const lastSilentOk = new WeakMap<SessionCoordinator, number>();

export function shouldTrySilentRefresh(error: ApiError, session: SessionCoordinator, canRefresh: boolean): boolean {
  if (!canRefresh || error.category !== 'authentication' || !SILENT_REFRESH_CODES.has(error.code)) return false;
  return Date.now() - (lastSilentOk.get(session) ?? -Infinity) > LOOP_WINDOW_MS;
}

/** Runs the coordinator's single-flight refresh and remembers a success for the loop guard. */
export async function silentRefresh(session: SessionCoordinator): Promise<boolean> {
  const ok = await session.refresh();
  if (ok) lastSilentOk.set(session, Date.now());
  return ok;
}
