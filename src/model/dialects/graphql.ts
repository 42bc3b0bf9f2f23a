import { fieldPathFromLoc, fieldPathFromName } from '../fieldPath.js';
import { defineDialect } from './defineDialect.js';
import { FieldErrorBag } from './FieldErrorBag.js';
import { graphqlThrottleSeconds } from './graphqlThrottleSeconds.js';
import { httpStatus, isRecord, list, records, text, wordCode, type BodyRecord } from './read.js';

function isGraphqlError(e: BodyRecord): boolean {
  // GitHub's rate-limit error carries only `type` beside the message.
  return typeof e.message === 'string' && (isRecord(e.extensions) || Array.isArray(e.locations) || Array.isArray(e.path) || typeof e.type === 'string');
}

/**
 * The code of one error: Apollo/Shopify/Hasura `extensions.code`, GitHub's `type`, Braintree's
 * `extensions.errorClass`, Spring GraphQL's `extensions.classification`, Saleor's `extensions.exception.code`.
 */
function codeOf(e: BodyRecord): string | undefined {
  const ext = isRecord(e.extensions) ? e.extensions : {};
  return wordCode(ext.code) ?? wordCode(e.type) ?? wordCode(ext.errorClass) ?? wordCode(ext.classification) ?? wordCode((ext.exception as BodyRecord | undefined)?.code);
}

/** Field names a server may attach to a BAD_USER_INPUT error. */
function addFields(bag: FieldErrorBag, e: BodyRecord): void {
  const ext = isRecord(e.extensions) ? e.extensions : undefined;
  if (ext === undefined) return;
  const message = e.message;
  for (const name of list(ext.invalidArgs)) if (typeof name === 'string') bag.add(fieldPathFromName(name), message);
  if (isRecord(ext.invalidArgs)) for (const [k, v] of Object.entries(ext.invalidArgs)) bag.add(fieldPathFromName(k), v, text(message));
  for (const key of ['argumentName', 'field', 'fieldName'] as const) {
    const name = text(ext[key]);
    if (name !== undefined) bag.add(fieldPathFromName(name), message);
  }
  // Braintree's inputPath starts at the mutation's `input` argument.
  if (Array.isArray(ext.inputPath)) bag.add(fieldPathFromLoc(ext.inputPath[0] === 'input' ? ext.inputPath.slice(1) : ext.inputPath), message);
}

/**
 * GraphQL `{errors: [{message, path, locations, extensions: {code}}], data?}`: Apollo, Shopify,
 * GitHub, Hasura, Braintree, Spring. Several answer errors with HTTP 200.
 */
export const graphqlDialect = /* @__PURE__ */ defineDialect('graphql', (body) => {
  if (!isRecord(body)) return undefined;
  const errors = records(body.errors);
  const first = errors[0];
  if (first === undefined || typeof first.message !== 'string') return undefined;
  if (!isGraphqlError(first) && !Object.hasOwn(body, 'data')) return undefined;

  const bag = new FieldErrorBag();
  for (const e of errors) addFields(bag, e);
  const coded = errors.find((e) => codeOf(e) !== undefined) ?? first;
  return {
    sourceCode: codeOf(coded),
    message: text(coded.message),
    // monday.com answers HTTP 200 and names the real status in `extensions.status_code`.
    status: httpStatus((coded.extensions as BodyRecord | undefined)?.status_code),
    retryAfterSeconds: graphqlThrottleSeconds(body),
    fieldErrors: bag.toRecord(),
  };
});
