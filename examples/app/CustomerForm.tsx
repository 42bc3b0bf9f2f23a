import { useMutation } from '@tanstack/react-query';
import type { SyntheticEvent } from 'react';
import { FieldError } from '../../src/react/FieldError.js';
import { FieldErrors } from '../../src/react/FieldErrors.js';
import { useApiError } from '../../src/react/useApiError.js';
import { useApiClient } from './api.js';

const fieldId = (key: string) => `customer-${key}`;
const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '');

/**
 * A form the server validates: the summary (links that move focus to each field) above,
 * each field's messages beside its input, tied with aria-describedby.
 */
export function CustomerForm() {
  const api = useApiClient();
  const mutation = useMutation({
    mutationFn: (customer: { name: string; email: string }) => api.request<{ id: number }>('POST', '/customers', customer),
  });
  const { error } = useApiError(mutation.error);
  const invalid = (name: string) => (error?.fieldErrors[name]?.length ?? 0) > 0;
  const describedBy = (name: string) => (invalid(name) ? `${fieldId(name)}-error` : undefined);

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    mutation.mutate({ name: text(data.get('name')), email: text(data.get('email')) });
  };

  return (
    <section aria-labelledby="customer-title" className="demo-section" data-demo="customer">
      <h2 id="customer-title">New customer</h2>
      <FieldErrors error={mutation.error} fieldId={fieldId} />
      <form noValidate onSubmit={submit}>
        <div className="field">
          <label htmlFor={fieldId('name')}>Name</label>
          <FieldError error={mutation.error} name="name" fieldId={fieldId} />
          <input id={fieldId('name')} name="name" aria-invalid={invalid('name') || undefined} aria-describedby={describedBy('name')} />
        </div>
        <div className="field">
          <label htmlFor={fieldId('email')}>Email</label>
          <FieldError error={mutation.error} name="email" fieldId={fieldId} />
          <input
            id={fieldId('email')}
            name="email"
            type="email"
            aria-invalid={invalid('email') || undefined}
            aria-describedby={describedBy('email')}
          />
        </div>
        <button type="submit">Save customer</button>
      </form>
      <p role="status">{mutation.data ? `Customer #${mutation.data.id} saved` : ''}</p>
    </section>
  );
}
