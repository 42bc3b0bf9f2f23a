// Most codes are already one word of letters, digits and inner underscores ('rate_limit_exceeded').
const PLAIN = /^[A-Za-z0-9](?:[A-Za-z0-9_]{0,198}[A-Za-z0-9])?$/;

/** Lookup key of a received code: trimmed, upper case, every run of non-alphanumerics as one '_'. */
export function codeKey(code: string): string {
  if (PLAIN.test(code) && !code.includes('__')) return code.toUpperCase();
  return code.trim().slice(0, 200).toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}
