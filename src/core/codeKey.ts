/** Lookup key of a received code: trimmed, upper case, every run of non-alphanumerics as one '_'. */
export function codeKey(code: string): string {
  return code.trim().slice(0, 200).toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}
