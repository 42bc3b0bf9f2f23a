import { describe, expect, it } from 'vitest';
import { applyFieldErrors } from '../../src/integrations/forms/applyFieldErrors.js';
import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';

const problem = (errors: Record<string, string[]>) =>
  new ApiResponseError({
    status: 422,
    headers: new Headers({ 'content-type': 'application/problem+json' }),
    body: { type: 'about:blank', title: 'Invalid', status: 422, errors },
  });

function recorder() {
  const calls: [string, { type: string; message: string }, { shouldFocus: boolean } | undefined][] = [];
  const setError = (name: string, error: { type: string; message: string }, options?: { shouldFocus: boolean }) => {
    calls.push([name, error, options]);
  };
  return { calls, setError };
}

describe('applyFieldErrors', () => {
  it('hands each field its messages in the server order and returns the keys it applied', () => {
    const { calls, setError } = recorder();
    const keys = applyFieldErrors(problem({ email: ['Taken'], 'address.city': ['Required', 'Too short'] }), setError);
    expect(keys).toEqual(['email', 'address.city']);
    expect(calls.map(([name, error]) => [name, error])).toEqual([
      ['email', { type: 'server', message: 'Taken' }],
      ['address.city', { type: 'server', message: 'Required Too short' }],
    ]);
  });

  it('asks for focus on the first field only, and only when asked', () => {
    const quiet = recorder();
    applyFieldErrors(problem({ a: ['x'], b: ['y'] }), quiet.setError);
    expect(quiet.calls.map(([, , options]) => options?.shouldFocus)).toEqual([false, false]);
    const focused = recorder();
    applyFieldErrors(problem({ a: ['x'], b: ['y'] }), focused.setError, { shouldFocus: true });
    expect(focused.calls.map(([, , options]) => options?.shouldFocus)).toEqual([true, false]);
  });

  it('maps keys to form names, and leaves keys the form has no field for to the summary', () => {
    const { calls, setError } = recorder();
    const keys = applyFieldErrors(problem({ email: ['Taken'], coupon: ['Expired'] }), setError, {
      shouldFocus: true,
      fieldName: (key) => (key === 'email' ? 'contact.email' : undefined),
    });
    expect(keys).toEqual(['email']);
    expect(calls).toEqual([['contact.email', { type: 'server', message: 'Taken' }, { shouldFocus: true }]]);
  });

  it('applies nothing for errors without field errors, whatever they are', () => {
    const { calls, setError } = recorder();
    for (const input of [null, undefined, 'text', new Error('x'), { status: 500 }, Object.create(null) as object]) {
      expect(applyFieldErrors(input, setError)).toEqual([]);
    }
    expect(calls).toEqual([]);
  });

  it('reads field errors of the other dialects too (seed style, JSON:API)', () => {
    const seed = recorder();
    applyFieldErrors({ success: false, errors: { email: 'Invalid email' }, message: 'Validation failed' }, seed.setError);
    expect(seed.calls.map(([name, error]) => [name, error.message])).toEqual([['email', 'Invalid email']]);
    const jsonApi = recorder();
    applyFieldErrors({ errors: [{ status: '422', detail: 'Required', source: { pointer: '/data/attributes/address/city' } }] }, jsonApi.setError);
    expect(jsonApi.calls.map(([name]) => name)).toEqual(['address.city']);
  });
});
