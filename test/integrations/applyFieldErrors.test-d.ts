// Type tests: checked by `tsc --noEmit` (no runtime).
import { useForm } from '@tanstack/react-form';
import type { UseFormReturn } from 'react-hook-form';
import { expectTypeOf } from 'vitest';
import { applyFieldErrors } from '../../src/index.js';
import type { FieldErrorSetter } from '../../src/index.js';

interface Signup {
  email: string;
  address: { city: string };
}

declare const form: UseFormReturn<Signup>;
declare const error: unknown;

export function reactHookForm(): void {
  // react-hook-form's own setError, unchanged, under strict TypeScript.
  expectTypeOf(applyFieldErrors(error, form.setError)).toEqualTypeOf<string[]>();
  applyFieldErrors(error, form.setError, { shouldFocus: true });
  // fieldName must give one of the form's paths (or undefined: no such field).
  applyFieldErrors(error, form.setError, { fieldName: (key) => (key === 'city' ? 'address.city' : undefined) });
  // @ts-expect-error 'adress.city' is not a path of Signup
  applyFieldErrors(error, form.setError, { fieldName: () => 'adress.city' as const });
}

export function plainForm(): void {
  // A two-argument setter is fine: the third argument is optional to the caller.
  const errors = new Map<string, string>();
  applyFieldErrors(error, (name, { message }) => errors.set(name, message));
  expectTypeOf<Parameters<FieldErrorSetter>[0]>().toEqualTypeOf<string>();
  // @ts-expect-error the setter must take the field name first
  applyFieldErrors(error, (name: number) => name);
}

export function useTanStackFormTypes(): void {
  const tanstack = useForm({ defaultValues: { email: '', address: { city: '' } } satisfies Signup });
  // The documented adapter: the server's message goes into the field's `onServer` error slot.
  applyFieldErrors<'email' | 'address.city'>(error, (name, { message }) => {
    tanstack.setFieldMeta(name, (meta) => ({ ...meta, errorMap: { ...meta.errorMap, onServer: message } }));
  });
}
