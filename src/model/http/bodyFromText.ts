import { parseLenientJson } from './lenientJson.js';

export interface ParsedText {
  readonly body: unknown;
  readonly jsonRecovered: boolean;
}

/** Text as a body: the (leniently) parsed JSON, else the text itself; undefined when empty. */
export function bodyFromText(text: string): ParsedText {
  if (text.trim() === '') return { body: undefined, jsonRecovered: false };
  const parsed = parseLenientJson(text);
  return parsed ? { body: parsed.value, jsonRecovered: parsed.recovered } : { body: text, jsonRecovered: false };
}
