/** Hostile or huge bodies must not produce unbounded maps. */
const MAX_FIELDS = 100;
const MAX_MESSAGES = 20;

/**
 * Collects field errors under dot paths: trimmed, non-empty, distinct messages, bounded in
 * count. Lengths, control characters and the freeze are left to the normalizer, which cleans
 * every dialect's field errors once (fieldErrors.ts), a pack's and an app's alike.
 */
export class FieldErrorBag {
  // No prototype, so a key such as '__proto__' is an ordinary own property when assigned.
  private readonly fields = Object.create(null) as Record<string, string[]>;
  size = 0;

  /** Adds one message (or several) for a path; a missing path means "no field": nothing is added. */
  add(path: string | undefined, message: unknown, fallback?: string): void {
    if (!path) return;
    const messages = (Array.isArray(message) ? message.slice(0, MAX_MESSAGES) : [message])
      .map((m: unknown) => (typeof m === 'string' ? m.trim() : ''))
      .filter((m) => m !== '');
    if (messages.length === 0 && fallback !== undefined) messages.push(fallback);
    let existing = this.fields[path];
    if (messages.length === 0 || (existing === undefined && this.size >= MAX_FIELDS)) return;
    if (existing === undefined) {
      existing = this.fields[path] = [];
      this.size++;
    }
    for (const m of messages) if (existing.length < MAX_MESSAGES && !existing.includes(m)) existing.push(m);
  }

  toRecord(): Readonly<Record<string, readonly string[]>> | undefined {
    return this.size === 0 ? undefined : this.fields;
  }
}
