import { defineDialect } from './defineDialect.js';
import { phraseCategory } from './pagePhrases.js';

const MAX_MESSAGE = 200;

/**
 * Plain-text bodies ('Too Many Requests', 'Unauthorized', Envoy's 'upstream connect error ...').
 * The first line, bounded, is the message; a known phrase is a hint on a failure status.
 */
export const plainTextDialect = /* @__PURE__ */ defineDialect('plain-text', (body, context) => {
  if (typeof body !== 'string') return undefined;
  const line = body.slice(0, 4096).split(/\r?\n/).map((l) => l.trim()).find((l) => l !== '');
  if (line === undefined || line.startsWith('<') || line.startsWith('{') || line.startsWith('[')) return undefined;
  const message = line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE)}…` : line;
  const failed = context.status === undefined || context.status >= 400;
  return { message, category: failed ? phraseCategory(message) : undefined };
});
