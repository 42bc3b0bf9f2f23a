import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { expect, userEvent, within } from 'storybook/test';
import { applyFieldErrors } from '../../src/index.js';
import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';
import { FieldError } from '../../src/react/FieldError.js';
import { FieldErrors } from '../../src/react/FieldErrors.js';

interface Signup {
  email: string;
  city: string;
}

/** The server's 422 (problem details with an `errors` extension), one key the form has no field for. */
const rejection = () =>
  new ApiResponseError({
    status: 422,
    headers: new Headers({ 'content-type': 'application/problem+json' }),
    body: { title: 'Invalid', status: 422, errors: { email: ['Email is taken'], city: ['City is required'], coupon: ['Coupon expired'] } },
  });

/** react-hook-form: `applyFieldErrors(error, form.setError)` marks the fields; the summary lists every message. */
function SignupForm() {
  const form = useForm<Signup>({ defaultValues: { email: 'ada@example.com', city: '' } });
  const [error, setError] = useState<unknown>(null);
  const onSubmit = form.handleSubmit(() => {
    const caught = rejection();
    setError(caught);
    applyFieldErrors(caught, form.setError, { shouldFocus: true });
  });
  const { errors } = form.formState;
  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <FieldErrors error={error} disableAutoFocus />
      {(['email', 'city'] as const).map((name) => (
        <div key={name}>
          <label htmlFor={name}>{name === 'email' ? 'Email' : 'City'}</label>{' '}
          <input id={name} aria-invalid={errors[name] ? true : undefined} aria-describedby={errors[name] ? `${name}-error` : undefined} {...form.register(name)} />
          <FieldError error={error} name={name} />
        </div>
      ))}
      <button type="submit">Sign up</button>
    </form>
  );
}

const meta = {
  title: 'Integrations/Forms',
  component: SignupForm,
} satisfies Meta<typeof SignupForm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ReactHookForm: Story = {
  name: 'react-hook-form after a 422',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    await expect(await canvas.findByRole('link', { name: 'Coupon expired' })).toBeVisible();
    await expect(canvas.getByLabelText('Email')).toHaveFocus();
    await expect(canvas.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
  },
};
