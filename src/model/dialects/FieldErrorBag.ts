/** Hostile or huge bodies must not produce unbounded maps. */
const MAX_FIELDS = 100;
const MAX_MESSAGES = 20;
const MAX_MESSAGE_LENGTH = 1000;

/**
 * Collects field errors under dot paths. Keys go into a Map and out into a record without a
 * prototype, so a key such as '__proto__' never touches one.
 */
export class FieldErrorBag {
  private readonly fields = new Map<string, string[]>();

  /** Adds one message (or several) for a path; a missing path means "no field": nothing is added. */
  add(path: string | undefined, message: unknown, fallback?: string): void {
    if (path === undefined || path === '') return;
    const messages = toMessages(message);
    if (messages.length === 0 && fallback !== undefined) messages.push(fallback);
    if (messages.length === 0) return;
    let existing = this.fields.get(path);
    if (existing === undefined) {
      if (this.fields.size >= MAX_FIELDS) return;
      existing = [];
      this.fields.set(path, existing);
    }
    for (const m of messages) {
      if (existing.length >= MAX_MESSAGES) break;
      if (!existing.includes(m)) existing.push(m);
    }
  }

  get size(): number {
    return this.fields.size;
  }

  toRecord(): Readonly<Record<string, readonly string[]>> | undefined {
    if (this.fields.size === 0) return undefined;
    // No prototype, so a key such as '__proto__' is an ordinary own property when assigned.
    const out = Object.create(null) as Record<string, readonly string[]>;
    for (const [path, messages] of this.fields) out[path] = Object.freeze(messages.slice());
    return Object.freeze(out);
  }
}

function toMessages(value: unknown): string[] {
  const raw = Array.isArray(value) ? value.slice(0, MAX_MESSAGES) : [value];
  const out: string[] = [];
  for (const item of raw) {
    if (typeof item !== 'string') continue;
    const t = item.trim();
    if (t !== '') out.push(t.length > MAX_MESSAGE_LENGTH ? `${t.slice(0, MAX_MESSAGE_LENGTH)}…` : t);
  }
  return out;
}
