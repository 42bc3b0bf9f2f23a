import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';

/** The app's fetch wrapper as the docs recommend: a non-2xx answer throws an ApiResponseError. */
export async function apiFetch<T = unknown>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw await ApiResponseError.fromResponse(response, { method: init?.method ?? 'GET', url });
  return (await response.json()) as T;
}
