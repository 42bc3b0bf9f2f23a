/**
 * Rows that fail because of files this corpus's fixes could not touch. Each runs as an expected
 * failure with its reason, so the row turns red again (and must leave this list) once the kit
 * learns the shape.
 */
export const KNOWN_GAPS6: Readonly<Record<string, string>> = Object.freeze({
  'FusionAuth 400 fieldErrors blank password':
    'a body of only `fieldErrors: {path: [{code, message}]}` (no message or code) is read by no dialect; needs envelope (or validation-errors) to read `fieldErrors`/`generalErrors`',
  'Hono zValidator 400 ZodError issues':
    "`{success: false, error: {issues: [{path, message}], name: 'ZodError'}}`: validation-errors reads top-level issues only; needs it to look inside `error`",
});
