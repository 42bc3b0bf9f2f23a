import { normalizeApiError } from '../../model/normalizeApiError.js';

/** What a form library's `setError` is handed: react-hook-form's `ErrorOption` accepts it as is. */
export interface AppliedFieldError {
  type: string;
  message: string;
}

/**
 * A form library's "set this field's error". react-hook-form's `form.setError` fits unchanged
 * (its third argument carries `shouldFocus`); TanStack Form and plain forms write two lines.
 */
export type FieldErrorSetter<N extends string = string> = (name: N, error: AppliedFieldError, options?: { shouldFocus: boolean }) => void;

export interface ApplyFieldErrorsOptions<N extends string = string> {
  /** Focus the first field that got an error (react-hook-form: `setError(..., { shouldFocus: true })`). */
  shouldFocus?: boolean | undefined;
  /**
   * The form's name for a server key (dot path such as `address.city`); default the key itself.
   * Return `undefined` for a key the form has no field for: it is left to the `FieldErrors` summary.
   */
  fieldName?: ((key: string) => N | undefined) | undefined;
}

/** react-hook-form shows one message per field; several from the server read as one text. */
const joinMessages = (messages: readonly string[]): string => messages.join(' ');

/**
 * Hands an error's `fieldErrors` to a form library, in the server's order, and returns the
 * server keys it applied. Keys without a field stay out (and stay in the summary), so nothing
 * the server said is lost. Any input is accepted: it is normalized first.
 */
export function applyFieldErrors<N extends string = string>(
  error: unknown,
  setError: FieldErrorSetter<N>,
  options: ApplyFieldErrorsOptions<N> = {},
): string[] {
  const { fieldErrors } = normalizeApiError(error);
  const toName = options.fieldName ?? ((key: string) => key as N);
  const applied: string[] = [];
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const name = toName(key);
    if (name === undefined || messages.length === 0) continue;
    // Only the first field takes focus: focusing each in turn would leave it on the last.
    const shouldFocus = options.shouldFocus === true && applied.length === 0;
    setError(name, { type: 'server', message: joinMessages(messages) }, { shouldFocus });
    applied.push(key);
  }
  return applied;
}
