import { decodeEntities } from './decodeEntities.js';

/** Text of an HTML fragment: tags removed, entities decoded, white space collapsed. Never markup. */
export function stripTags(html: string): string {
  const withoutBlocks = html.replace(/<(script|style|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ');
  const withoutTags = withoutBlocks.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]{0,2000}>/g, ' ');
  return decodeEntities(withoutTags).replace(/[<>]/g, ' ').replace(/\s+/g, ' ').trim();
}
