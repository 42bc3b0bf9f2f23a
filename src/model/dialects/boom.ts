import { fieldPathFromName } from '../fieldPath.js';
import { defineDialect } from './defineDialect.js';
import { FieldErrorBag } from './FieldErrorBag.js';
import { firstText, httpStatus, isRecord, list, wordCode } from './read.js';

/**
 * The Node framework envelope `{statusCode, error: 'Bad Request', message}`: hapi/Boom (with
 * Joi's `validation: {source, keys}`), Fastify (`code: 'FST_ERR_VALIDATION'`), NestJS (whose
 * class-validator `message` is a list), Auth0's Management API (`errorCode`).
 */
export const boomDialect = /* @__PURE__ */ defineDialect('boom', (body) => {
  if (!isRecord(body) || typeof body.error !== 'string') return undefined;
  const status = httpStatus(body.statusCode);
  if (status === undefined) return undefined;
  const messages = list(body.message).filter((m): m is string => typeof m === 'string');
  const bag = new FieldErrorBag();
  const validation = isRecord(body.validation) ? body.validation : undefined;
  for (const key of list(validation?.keys)) {
    if (typeof key === 'string') bag.add(fieldPathFromName(key), body.message);
  }
  return {
    sourceCode: wordCode(body.errorCode) ?? wordCode(body.code),
    message: firstText(body.message, messages.join('; '), body.error),
    status,
    fieldErrors: bag.toRecord(),
  };
});
