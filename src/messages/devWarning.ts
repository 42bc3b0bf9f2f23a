/** Dev-only warnings, each said once. Texts are exported so tests can match them. */
export const MISSING_MESSAGE_WARNING = '[react-api-error-kit] No text for message key';
export const TRANSLATE_FAILED_WARNING = '[react-api-error-kit] The translate callback threw; the kit text is used for key';

const said = new Set<string>();

// Bundlers replace `process.env.NODE_ENV` with a string (Vite does in apps, where `process` itself
// does not exist, so a `typeof process` guard would silence every warning there); an unbundled
// browser has no `process` at all and counts as development.
function isProduction(): boolean {
  try {
    return process.env.NODE_ENV === 'production';
  } catch {
    return false;
  }
}

export function warnOnce(message: string): void {
  if (isProduction()) return;
  if (said.has(message)) return;
  said.add(message);
  console.warn(message);
}
