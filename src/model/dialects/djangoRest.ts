import { addMessageTree } from './addMessageTree.js';
import { defineDialect } from './defineDialect.js';
import { FieldErrorBag } from './FieldErrorBag.js';
import { isRecord, keysOf, list, text, wordCode } from './read.js';

const MAX_DEPTH = 6;

/** A bare field map is only read as validation when the status says the request was refused. */
const VALIDATION_STATUSES: ReadonlySet<number> = /* @__PURE__ */ new Set([400, 409, 422]);

/** DRF's serializer errors: lists of strings at the leaves, maps and lists of maps above. */
function isSerializerErrors(node: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(node)) {
    const items = list(node);
    if (items.length > 0 && items.every((m) => typeof m === 'string')) return true;
    return items.length > 0 && items.every((m) => isRecord(m) && (Object.keys(m).length === 0 || isSerializerErrors(m, depth + 1)));
  }
  if (!isRecord(node)) return false;
  const keys = keysOf(node);
  return keys.length > 0 && keys.every((k) => isSerializerErrors(node[k], depth + 1));
}

/**
 * Django REST Framework: `{detail: '...'}` (also FastAPI's string detail), and validation as a
 * bare map `{email: ['...'], non_field_errors: ['...']}`, which Rails' `render json: errors` shares.
 * The map is taken only when every value is a list or a nested map of messages.
 */
export const djangoRestDialect = /* @__PURE__ */ defineDialect('django-rest', (body, context) => {
  if (!isRecord(body)) return undefined;
  const detail = text(body.detail);
  if (detail !== undefined) return { message: detail, sourceCode: wordCode(body.code) };

  if (context.status === undefined || !VALIDATION_STATUSES.has(context.status)) return undefined;
  const keys = keysOf(body);
  if (keys.length === 0) return undefined;
  const shaped = keys.every((k) => isSerializerErrors(body[k], 0));
  if (!shaped) return undefined;
  const bag = new FieldErrorBag();
  const loose = addMessageTree(bag, body);
  const first = bag.toRecord();
  const firstField = first === undefined ? undefined : Object.values(first)[0]?.[0];
  return { message: loose[0] ?? firstField, fieldErrors: first };
});
