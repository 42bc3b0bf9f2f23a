import { fieldPathFromName, fieldPathFromSegments } from '../fieldPath.js';
import { addMessageTree } from './addMessageTree.js';
import { defineDialect } from './defineDialect.js';
import { FieldErrorBag } from './FieldErrorBag.js';
import { code, firstText, httpStatus, isRecord, keysOf, records, text, wordCode, type BodyRecord } from './read.js';

/** A code that is really the HTTP status (seed 004's `code: 400`) is the status, not a code. */
function codeNotStatus(value: unknown, status: number | undefined): string | undefined {
  if (typeof value !== 'number') return code(value);
  // Zoom's `code: 124` is a vendor code even though it lies in 100..599; 4xx/5xx or the status itself are statuses.
  const asStatus = httpStatus(value);
  return asStatus !== undefined && (asStatus >= 400 || asStatus === status) ? undefined : code(value);
}

/** `error: 'RecordNotFound'` (Zendesk, Airtable) is a code; `error: 'You need to sign in.'` is a message. */
const CODE_LIKE = /^[A-Za-z][A-Za-z0-9_.:-]{1,80}$/;
function codeLike(value: unknown): string | undefined {
  const t = wordCode(value);
  return t !== undefined && CODE_LIKE.test(t) ? t : undefined;
}

/** Medusa's top-level `type: 'not_found'`; not a problem-details URI, not Bitbucket's `type: 'error'`. */
function typeCode(value: unknown): string | undefined {
  const t = codeLike(value);
  return t !== undefined && !/^error\b/i.test(t) && !t.includes(':') ? t : undefined;
}

/** Seed 004's `error.details.field`, and the `field`/`param`/`error_path` some envelopes carry (Razorpay, Keycloak, Dropbox Sign). */
function fieldOf(error: BodyRecord | undefined): string | undefined {
  if (error === undefined) return undefined;
  const details = isRecord(error.details) ? error.details : undefined;
  return fieldPathFromName(firstText(details?.field, error.field, error.param, error.error_path) ?? '');
}

/**
 * Field lists: Paddle/GoCardless `errors: [{field, message}]`, Strapi/Contentful `details.errors:
 * [{path: [...], details?}]`, Calendly `details: [{parameter}]`, Box `context_info.errors: [{name}]`,
 * Hetzner `details.fields: [{name, messages: [...]}]`.
 */
function addFieldList(bag: FieldErrorBag, entries: readonly BodyRecord[]): void {
  for (const e of entries) {
    const field = Array.isArray(e.path) ? fieldPathFromSegments(e.path) : fieldPathFromName(firstText(e.field, e.path, e.parameter, e.name) ?? '');
    // An entry with only a code ('missing', 'invalid') still names its field: the code is its message.
    bag.add(field, firstText(e.message, e.description, e.details) ?? e.messages, wordCode(e.code));
  }
}

/** Zendesk `details: {email: [{description, error}]}` and PocketBase `data: {email: {code, message}}`: fields to described errors. */
function addDescribedMap(bag: FieldErrorBag, details: unknown): void {
  if (!isRecord(details)) return;
  for (const key of keysOf(details)) {
    const messages = records([details[key]].flat()).map((d) => firstText(d.description, d.message)).filter((m) => m !== undefined);
    bag.add(fieldPathFromName(key), messages);
  }
}

/**
 * The common envelopes, the seeds among them: nested `{error: {code, message, details}}`
 * (seed 002), `{code: 400, status: 'error', message, error: {code, message, details: {field}}}`
 * (seed 004), snake_case codes with `request_id`, flat or nested (seed 001), WCPOS `API0xxxx`,
 * flat `{code, message}`, `error_code`, and bodies that carry only a message. Also the close
 * relatives: Postmark `{ErrorCode, Message}`, Zendesk `{error: 'RecordInvalid', description,
 * details}`, Telegram `{error_code, description, parameters: {retry_after}}`, Airtable
 * `{error: {type, message}}`, Razorpay `{error: {code, description, field}}`, Bitbucket
 * `{error: {message, fields}}`, Dropbox `{error_summary}`, Strapi `{error: {name, details: {errors}}}`,
 * Dropbox Sign `{error: {error_name, error_msg, error_path}}`, Contentful `{sys: {type: 'Error', id}}`,
 * DigitalOcean `{id, message}`, PocketBase `{message, data: {field: {code, message}}}`.
 */
export const envelopeDialect = /* @__PURE__ */ defineDialect('envelope', (body, context) => {
  if (!isRecord(body)) return undefined;
  const status = context.status;
  const error = isRecord(body.error) ? body.error : undefined;
  // Dropbox Sign: {error: {error_name, error_msg, error_path}}.
  const errorText = firstText(error?.message, error?.description, error?.error_msg);
  // Contentful's code is `sys.id` beside `sys.type: 'Error'`; DigitalOcean's is a top-level `id`.
  const sys = body.sys as BodyRecord | undefined;
  const id = (sys?.type === 'Error' ? sys : body).id;
  // Apigee: {fault: {faultstring, detail: {errorcode}}}.
  const fault = body.fault as Record<string, BodyRecord | undefined> | undefined;
  const sourceCode =
    codeNotStatus(error?.code, status) ??
    codeNotStatus(body.error_code, status) ??
    codeNotStatus(body.errorCode, status) ??
    codeNotStatus(body.code, status) ??
    codeNotStatus(error?.error_code, status) ??
    code(body.ErrorCode) ??
    code(fault?.detail?.errorcode) ??
    wordCode(error?.type ?? error?.error_name) ??
    codeLike(body.error) ??
    wordCode(body.error_summary) ??
    typeCode(body.type) ??
    // Stytch's `error_type: 'unauthorized_credentials'`; not TGI's one-word class ('overloaded').
    (/_/.test(String(body.error_type)) ? wordCode(body.error_type) : undefined) ??
    // Only a word beside a message: a code such as 'not_found', never a resource id.
    (body.message && typeof id === 'string' && /^[a-z_]+$/i.test(id) ? id : undefined) ??
    // Google Maps answers HTTP 200 with `status: 'OVER_QUERY_LIMIT'`: an upper-case word only.
    (typeof body.status === 'string' && /^[A-Z_]+$/.test(body.status) ? body.status : undefined);
  const message = firstText(
    errorText, body.message, body.Message, body.errorMessage, body.error_message,
    body.error, body.error_description, body.description, body.msg, body.error_summary, fault?.faultstring,
  );
  if (sourceCode === undefined && message === undefined) return undefined;

  const bag = new FieldErrorBag();
  bag.add(fieldOf(error), errorText, text(body.message));
  if (error === undefined) bag.add(fieldOf(body), firstText(body.errorMessage, body.message, body.description));
  // The lists of addFieldList, in the error or the body. A non-record reads as undefined
  // (`'text'.errors`), and records() keeps only the records of a list.
  for (const r of [error, body] as (Record<string, BodyRecord | undefined> | undefined)[]) {
    for (const entries of [r?.errors, r?.details, r?.details?.errors, r?.details?.fields, r?.context_info?.errors]) addFieldList(bag, records(entries));
  }
  if (isRecord(error?.fields)) addMessageTree(bag, error.fields);
  if (typeof body.error === 'string') addDescribedMap(bag, body.details);
  addDescribedMap(bag, body.data);
  return {
    sourceCode,
    message,
    requestId: firstText(error?.request_id, error?.requestId, body.request_id, body.requestId),
    status: httpStatus(typeof body.code === 'number' ? body.code : undefined) ?? httpStatus(typeof body.status === 'number' ? body.status : undefined),
    fieldErrors: bag.toRecord(),
  };
});
