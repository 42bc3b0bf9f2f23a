/**
 * Rows that fail because of files this corpus's fixes could not touch. Each runs as an expected
 * failure with its reason, so the row turns red again (and must leave this list) once the kit
 * learns the shape. Empty: every earlier gap (Dropbox Sign, Contentful, DigitalOcean, Calendly,
 * Box, Hetzner, PocketBase, Vonage) is now read by the envelope and problem-details dialects.
 */
export const KNOWN_GAPS3: Readonly<Record<string, string>> = Object.freeze({});
