import type { ApiError } from '../model/types.js';

/** The field errors of an ApiError as [field, messages] pairs, junk skipped. */
export function fieldErrorList(error: ApiError | null): [string, string[]][] {
  const fields = error?.fieldErrors;
  if (typeof fields !== 'object' || fields === null) return [];
  return Object.entries(fields).flatMap(([key, messages]): [string, string[]][] => {
    const list = Array.isArray(messages) ? messages.filter((m): m is string => typeof m === 'string' && m !== '') : [];
    return list.length > 0 ? [[key, list]] : [];
  });
}
