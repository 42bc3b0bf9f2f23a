import { LIMITS } from '../limits.js';
import type { RawFailure } from '../rawFailure.js';
import { asHttpStatus, errorName, getProp, getString, safeIsArray } from '../safeAccess.js';
import { bodyParts, responseParts } from './httpParts.js';

/**
 * Apollo Client errors by shape: v4 `CombinedGraphQLErrors` (`errors`, `data`) becomes a GraphQL
 * body; v4 `ServerError` / `ServerParseError` (`statusCode`, `bodyText`, `response`) an HTTP
 * failure; v3 `ApolloError` and urql's `CombinedError` (`graphQLErrors`, `networkError`) whichever
 * they hold.
 */
export function detectApolloError(
  error: unknown,
  depth: number,
  next: (inner: unknown, depth: number) => RawFailure | undefined,
): RawFailure | undefined {
  const name = errorName(error);
  if (name === 'CombinedGraphQLErrors') {
    const errors = getProp(error, 'errors');
    return safeIsArray(errors) ? { body: { errors, data: getProp(error, 'data') ?? null } } : undefined;
  }
  if (name === 'ServerError' || name === 'ServerParseError') {
    const response = getProp(error, 'response');
    const status = asHttpStatus(getProp(error, 'statusCode')) ?? responseParts(response).status;
    const text = getString(error, 'bodyText');
    const result = getProp(error, 'result');
    return { ...responseParts(response), status, ...bodyParts(text ?? result) };
  }
  // urql's CombinedError has the same two members (and `response`, read by the SDK detector).
  if ((name === 'ApolloError' || name === 'CombinedError') && depth < LIMITS.maxCauseDepth) {
    const graphQLErrors = getProp(error, 'graphQLErrors');
    if (safeIsArray(graphQLErrors) && graphQLErrors.length > 0) return { body: { errors: graphQLErrors, data: null } };
    const network = getProp(error, 'networkError');
    if (network !== undefined && network !== null) return next(network, depth + 1);
  }
  return undefined;
}
