/** Dev-only warnings, each said once. Texts are exported so tests can match them. */
export const MISSING_MESSAGE_WARNING = '[react-api-error-kit] No text for message key';
export const TRANSLATE_FAILED_WARNING = '[react-api-error-kit] The translate callback threw; the kit text is used for key';

const said = new Set<string>();

export function warnOnce(message: string): void {
  // Bundlers replace process.env.NODE_ENV; the typeof guard keeps unbundled browsers safe.
  if (typeof process === 'undefined' || process.env.NODE_ENV === 'production') return;
  if (said.has(message)) return;
  said.add(message);
  console.warn(message);
}
