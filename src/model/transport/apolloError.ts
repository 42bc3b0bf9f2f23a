import { MAX_CAUSE_DEPTH } from '../limits.js';
import type { RawFailure } from '../rawFailure.js';
import { asHttpStatus, errorName, getProp, getString, safeIsArray } from '../safeAccess.js';
import { bodyParts, responseParts, responseRequest } from './httpParts.js';
import { API_ERROR_CODES } from '../codes.js';

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
  // urql's CombinedError has the same two members, and `response`: the real Response, whose
  // status and headers (rate-limit headers, request ids) count for both.
  if ((name === 'ApolloError' || name === 'CombinedError') && depth < MAX_CAUSE_DEPTH) {
    const response = getProp(error, 'response');
    const parts: RawFailure = typeof getProp(response, 'status') === 'number' ? { ...responseParts(response), request: responseRequest(undefined, response) } : {};
    const graphQLErrors = getProp(error, 'graphQLErrors');
    if (safeIsArray(graphQLErrors) && graphQLErrors.length > 0) return { ...parts, body: { errors: graphQLErrors, data: null } };
    const network = getProp(error, 'networkError');
    const inner = network !== undefined && network !== null ? next(network, depth + 1) : undefined;
    // An answer that came (a parse failure of a 200) keeps its status; no answer gets none.
    return inner && inner.status === undefined && inner.code !== undefined && API_ERROR_CODES[inner.code].category === 'response' ? { ...parts, ...inner, status: parts.status } : inner;
  }
  return undefined;
}
