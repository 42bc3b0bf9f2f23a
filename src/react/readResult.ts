import { isSessionFailure } from '../model/sessionFailure.js';
import type { ApiError } from '../model/types.js';
import { toApiError } from './toApiError.js';

/** A TanStack Query query or mutation result, recognized by shape (no import of react-query here). */
export interface ResultParts {
  /** The error to present (the result's `error`, or the input itself). */
  readonly error: unknown;
  /**
   * The result's own retry: `refetch` for a query; for a mutation `reset`, and, when the failure
   * is worth sending again (429, 5xx, no connection, or a lost session once the person signed
   * in again), `mutate` with the same variables.
   */
  readonly retry?: (() => unknown) | undefined;
}

type Fn = (...args: never[]) => unknown;
const isFn = (value: unknown): value is Fn => typeof value === 'function';

// A session failure's retry runs only after the session is back (the re-login prompt, relogin()).
const worthSendingAgain = (error: ApiError): boolean => error.retryable || isSessionFailure(error);

export function readResult(input: unknown): ResultParts {
  if (typeof input !== 'object' || input === null || !('error' in input)) return { error: input };
  const result = input as { error: unknown; refetch?: unknown; reset?: unknown; mutate?: unknown; variables?: unknown };
  // A query result: `refetch`. A mutation result: `reset` and `mutate`.
  if (isFn(result.refetch)) {
    const refetch = result.refetch;
    return { error: result.error, retry: () => refetch() };
  }
  if (isFn(result.reset) && isFn(result.mutate)) {
    const { reset, mutate, variables, error } = result as { reset: () => void; mutate: (variables: unknown) => void; variables: unknown; error: unknown };
    // "Try again" on a failed save sends the save again: reset alone only hid the error. A
    // failure that sending again cannot fix (422, 403) is only cleared, for the person to correct.
    const retry = () => {
      reset();
      if (error != null && worthSendingAgain(toApiError(error))) mutate(variables);
    };
    return { error, retry };
  }
  return { error: input };
}
