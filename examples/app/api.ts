import { createContext, useContext } from 'react';
import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';
import { DEMO_TOKENS } from '../../mocks/mockApi.js';

/**
 * The app's own fetch wrapper, as the README shows it: a non-2xx answer (or a 2xx whose body
 * reports a failure) becomes `ApiResponseError.fromResponse(response, { method, url })`;
 * everything else fetch throws (offline, CORS) is thrown as is. The kit normalizes both.
 */
export interface ApiClient {
  readonly base: string;
  request<T>(method: string, path: string, body?: unknown): Promise<T>;
  /** The provider's `refreshSession`: a silent token refresh. */
  refreshSession(): Promise<boolean>;
  login(username: string, password: string): Promise<boolean>;
}

export interface ApiClientOptions {
  /** Where the API lives: '/api' on the same origin, or another origin's URL. */
  readonly base?: string;
  /** The refresh token the session starts with; `refresh-dead` makes the silent refresh fail. */
  readonly refreshToken?: string;
}

export function createApiClient({ base = '/api', refreshToken = DEMO_TOKENS.goodRefresh }: ApiClientOptions = {}): ApiClient {
  // The session starts with an access token that has already expired: the first call gets a 401.
  let access: string = DEMO_TOKENS.expiredAccess;

  const send = (method: string, path: string, body: unknown, auth: boolean) =>
    fetch(`${base}${path}`, {
      method,
      headers: { ...(auth ? { Authorization: `Bearer ${access}` } : {}), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? null : JSON.stringify(body),
    });

  const takeToken = async (path: string, body: unknown): Promise<boolean> => {
    const response = await send('POST', path, body, false);
    if (!response.ok) return false;
    const json = (await response.json()) as { access_token?: string };
    if (typeof json.access_token !== 'string') return false;
    access = json.access_token;
    return true;
  };

  return {
    base,
    async request<T>(method: string, path: string, body?: unknown): Promise<T> {
      const response = await send(method, path, body, true);
      if (!response.ok) throw await ApiResponseError.fromResponse(response, { method, url: path });
      return (await response.json()) as T;
    },
    refreshSession: () => takeToken('/auth/refresh', { refresh_token: refreshToken }).catch(() => false),
    login: (username, password) => takeToken('/auth/login', { username, password }),
  };
}

export const ApiClientContext = createContext<ApiClient>(createApiClient());

export function useApiClient(): ApiClient {
  return useContext(ApiClientContext);
}
