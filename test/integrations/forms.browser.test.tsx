import { useForm as useTanStackForm } from '@tanstack/react-form';
import type { AnyFormApi } from '@tanstack/react-form';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, inject, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { applyFieldErrors } from '../../src/index.js';
import type { FieldErrorSetter } from '../../src/index.js';
import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';
import { FieldErrors } from '../../src/react/FieldErrors.js';

const API = inject('integrationApi');
const DIALECTS = ['problem', 'seed', 'jsonapi', 'fastapi'];

interface Signup {
  email: string;
  address: { city: string };
}

async function post(dialect: string, value: Signup): Promise<void> {
  const response = await fetch(`${API}/forms/${dialect}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
  if (!response.ok) throw await ApiResponseError.fromResponse(response);
}

function HookForm({ dialect, onApplied }: { dialect: string; onApplied: (keys: string[]) => void }) {
  const form = useForm<Signup>({ defaultValues: { email: 'ada@example.com', address: { city: '' } } });
  const [error, setError] = useState<unknown>(null);
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit(async (value) => {
    try {
      await post(dialect, value);
    } catch (caught) {
      setError(caught);
      onApplied(applyFieldErrors(caught, form.setError, { shouldFocus: true }));
    }
  });
  return (
    <form onSubmit={(event) => void onSubmit(event)}>
      <FieldErrors error={error} disableAutoFocus />
      <label htmlFor="email">Email</label>
      <input id="email" aria-invalid={errors.email ? true : undefined} {...form.register('email')} />
      {errors.email && <p>email: {errors.email.message}</p>}
      <label htmlFor="address.city">City</label>
      <input id="address.city" {...form.register('address.city')} />
      {errors.address?.city && <p>city: {errors.address.city.message}</p>}
      <button type="submit">Sign up</button>
    </form>
  );
}

/** The adapter docs/integrations.md shows for TanStack Form: the message goes into the field's `onServer` slot. */
function tanStackSetter(form: AnyFormApi): FieldErrorSetter {
  return (name, { message }, options) => {
    form.setFieldMeta(name, (meta) => ({ ...meta, errorMap: { ...meta.errorMap, onServer: message } }));
    if (options?.shouldFocus) document.getElementById(name)?.focus();
  };
}

function TanStackForm({ dialect, onApplied }: { dialect: string; onApplied: (keys: string[]) => void }) {
  const [error, setError] = useState<unknown>(null);
  const form = useTanStackForm({
    defaultValues: { email: 'ada@example.com', address: { city: '' } } satisfies Signup,
    onSubmit: async ({ value, formApi }) => {
      try {
        await post(dialect, value);
      } catch (caught) {
        setError(caught);
        onApplied(applyFieldErrors(caught, tanStackSetter(formApi), { shouldFocus: true, fieldName: (key) => (key === 'email' || key === 'address.city' ? key : undefined) }));
      }
    },
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void form.handleSubmit();
      }}
    >
      <FieldErrors error={error} disableAutoFocus />
      {(['email', 'address.city'] as const).map((name) => (
        <form.Field key={name} name={name}>
          {(field) => (
            <div>
              <label htmlFor={name}>{name === 'email' ? 'Email' : 'City'}</label>
              <input id={name} value={field.state.value} onChange={(event) => { field.handleChange(event.target.value); }} />
              {field.state.meta.errors.length > 0 && <p>{name === 'email' ? 'email' : 'city'}: {field.state.meta.errors.join(' ')}</p>}
            </div>
          )}
        </form.Field>
      ))}
      <button type="submit">Sign up</button>
    </form>
  );
}

describe.each([
  ['react-hook-form', HookForm],
  ['TanStack Form', TanStackForm],
])('applyFieldErrors with %s (Chromium, real HTTP 422)', (_name, Form) => {
  it.each(DIALECTS)('%s: fields get their messages, the first is focused, the unknown key stays in the summary', async (dialect) => {
    let applied: string[] = [];
    const screen = await render(<Form dialect={dialect} onApplied={(keys) => { applied = keys; }} />);
    await screen.getByRole('button', { name: 'Sign up' }).click();
    await expect.element(screen.getByText('email: Email is taken')).toBeVisible();
    await expect.element(screen.getByText('city: City is required')).toBeVisible();
    await expect.element(screen.getByLabelText('Email')).toHaveFocus();
    expect(applied).toEqual(Form === HookForm ? ['email', 'address.city', 'coupon'] : ['email', 'address.city']);
    // The summary lists every message, the one no field shows too.
    await expect.element(screen.getByRole('link', { name: 'Coupon expired' })).toBeVisible();
  });
});
