import { fieldPathFromName } from '../fieldPath.js';
import type { FieldErrorBag } from './FieldErrorBag.js';
import { isRecord, keysOf, list, text } from './read.js';

const MAX_DEPTH = 6;

/** Keys that hold messages for the whole object, not for a field (DRF, Django, Laravel). */
export const NON_FIELD_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(['non_field_errors', '__all__', '_errors', '', '$', '*']);

/** Whether a node is a message, a list of messages, or a `{message}` record (Mongoose). */
function messagesOf(node: unknown): readonly string[] | undefined {
  if (typeof node === 'string') return text(node) === undefined ? undefined : [node];
  if (isRecord(node) && typeof node.message === 'string') return [node.message];
  if (Array.isArray(node) && node.length > 0 && node.every((m) => typeof m === 'string')) return node;
  return undefined;
}

/**
 * Adds a map of field -> messages (Laravel, Rails, ASP.NET, seed 003), nested maps and lists of
 * maps (DRF nested serializers: {items: [{}, {sku: ['...']}]}) under joined dot paths.
 * Returns the non-field messages it met, for the dialect's overall message.
 */
export function addMessageTree(bag: FieldErrorBag, node: unknown, prefix = '', depth = 0): string[] {
  const loose: string[] = [];
  if (depth > MAX_DEPTH) return loose;
  const entries: [string, unknown][] = isRecord(node)
    ? keysOf(node).map((k) => [k, node[k]])
    : list(node).map((v, i) => [String(i), v]);
  for (const [key, value] of entries) {
    const messages = messagesOf(value);
    const isLoose = NON_FIELD_KEYS.has(key);
    const path = isLoose ? prefix : joinPath(prefix, key);
    if (messages !== undefined) {
      if (path === '') loose.push(...messages);
      else bag.add(path, messages);
    } else if (isRecord(value) || Array.isArray(value)) {
      loose.push(...addMessageTree(bag, value, path, depth + 1));
    }
  }
  return loose;
}

function joinPath(prefix: string, key: string): string {
  const tail = fieldPathFromName(key) ?? '';
  if (prefix === '') return tail;
  return tail === '' ? prefix : `${prefix}.${tail}`;
}
