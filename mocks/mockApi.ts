import { jsonReply, scenarioReply, type MockReply } from './reply.js';
import { findScenario, getScenario, SCENARIOS } from './scenarios.js';

/** The mock API's endpoints, relative to its base (`/api` on the same origin). */
export const MOCK_ROUTES = {
  scenario: (id: string) => `/api/scenarios/${id}`,
  /** 401 TOKEN_EXPIRED until the bearer token is one that refresh or login issued. */
  orders: '/api/orders',
  refresh: '/api/auth/refresh',
  login: '/api/auth/login',
  /** 429 with a counting-down Retry-After (`?wait=<seconds>`, default 3), then 200 once it has passed. */
  exportReport: '/api/reports/export',
  /** Always 500 with a request_id in the body and an X-Request-Id header. */
  payInvoice: '/api/invoices/42/pay',
  /** Validates `{ name, email }` and answers in seed 003's dialect. */
  customers: '/api/customers',
  status: '/api/status',
  /** Control: `{ offline: boolean }`; while offline every other route gives a network error. */
  offline: '/api/mock/offline',
  stats: '/api/mock/stats',
  reset: '/api/mock/reset',
} as const;

/** Tokens the demo app starts with: an access token that has expired, and two refresh tokens. */
export const DEMO_TOKENS = { expiredAccess: 'access-expired', goodRefresh: 'refresh-good', deadRefresh: 'refresh-dead' } as const;
export const DEMO_LOGIN = { username: 'demo', password: 'demo' } as const;

export interface MockRequest {
  readonly method: string;
  /** Path and query, e.g. '/api/reports/export?wait=3'. */
  readonly url: string;
  readonly header: (name: string) => string | null | undefined;
  /** The JSON body, when there was one. */
  readonly body: unknown;
}

export interface MockStats {
  refresh: number;
  login: number;
  orders: number;
  exportReport: number;
}

export interface MockApi {
  /** The answer, or undefined when the path is not the mock API's. */
  handle(request: MockRequest): MockReply | undefined;
  readonly stats: Readonly<MockStats>;
}

function field(body: unknown, key: string): string {
  if (typeof body !== 'object' || body === null) return '';
  const value = (body as Record<string, unknown>)[key];
  return typeof value === 'string' ? value.trim() : '';
}

/** A fresh mock API with its own state; Storybook makes one per story so stories never leak into each other. */
export function createMockApi(now: () => number = Date.now): MockApi {
  let offline = false;
  let issued = 0;
  const tokens = new Set<string>();
  let windowEnd: number | undefined;
  const stats: MockStats = { refresh: 0, login: 0, orders: 0, exportReport: 0 };

  const issueToken = () => {
    const token = `access-${++issued}`;
    tokens.add(token);
    return jsonReply(200, { access_token: token, token_type: 'Bearer', expires_in: 3600 });
  };

  const routes: Record<string, (request: MockRequest, url: URL) => MockReply> = {
    [`GET ${MOCK_ROUTES.orders}`]: (request) => {
      stats.orders++;
      const token = (request.header('authorization') ?? '').replace(/^Bearer\s+/i, '');
      if (!tokens.has(token)) return scenarioReply(getScenario('envelope-token-expired'), now());
      return jsonReply(200, { orders: [{ id: 1001, total: '42.00' }, { id: 1002, total: '17.50' }] });
    },
    [`POST ${MOCK_ROUTES.refresh}`]: (request) => {
      stats.refresh++;
      if (field(request.body, 'refresh_token') !== DEMO_TOKENS.goodRefresh) return scenarioReply(getScenario('wcpos-refresh-expired'), now());
      return issueToken();
    },
    [`POST ${MOCK_ROUTES.login}`]: (request) => {
      stats.login++;
      if (field(request.body, 'username') !== DEMO_LOGIN.username || field(request.body, 'password') !== DEMO_LOGIN.password) {
        return jsonReply(401, { code: 'authentication_failed', message: 'Username or password is incorrect', request_id: 'req_login' });
      }
      return issueToken();
    },
    [`POST ${MOCK_ROUTES.exportReport}`]: (_request, url) => {
      stats.exportReport++;
      const t = now();
      // An open window answers 429 with the seconds left; the first call after it closes succeeds.
      if (windowEnd !== undefined && t >= windowEnd) {
        windowEnd = undefined;
        return jsonReply(200, { exported: true, rows: 128 });
      }
      windowEnd ??= t + Math.max(0, Number(url.searchParams.get('wait') ?? 3)) * 1000;
      return scenarioReply(getScenario('envelope-rate-limit'), t, windowEnd);
    },
    [`POST ${MOCK_ROUTES.payInvoice}`]: () => scenarioReply(getScenario('snake-internal-error'), now()),
    [`POST ${MOCK_ROUTES.customers}`]: (request) => {
      const errors: Record<string, string> = {};
      if (!field(request.body, 'name')) errors.name = 'Name is required';
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(field(request.body, 'email'))) errors.email = 'Enter an email address like name@example.com';
      if (Object.keys(errors).length > 0) {
        return jsonReply(422, { success: false, errors, message: 'Validation failed', error_code: 'VALIDATION_ERROR' });
      }
      return jsonReply(201, { success: true, id: 7, name: field(request.body, 'name') });
    },
    [`GET ${MOCK_ROUTES.status}`]: () => jsonReply(200, { ok: true, time: new Date(now()).toISOString() }),
    [`GET /api/scenarios`]: () => jsonReply(200, SCENARIOS.map(({ id, title, dialect, status }) => ({ id, title, dialect, status }))),
  };

  const control: Record<string, (request: MockRequest) => MockReply> = {
    [`POST ${MOCK_ROUTES.offline}`]: (request) => {
      offline = (request.body as { offline?: unknown } | undefined)?.offline === true;
      return jsonReply(200, { offline });
    },
    [`GET ${MOCK_ROUTES.stats}`]: () => jsonReply(200, stats),
    [`POST ${MOCK_ROUTES.reset}`]: () => {
      offline = false;
      tokens.clear();
      windowEnd = undefined;
      Object.assign(stats, { refresh: 0, login: 0, orders: 0, exportReport: 0 });
      return jsonReply(200, { reset: true });
    },
  };

  return {
    stats,
    handle(request) {
      const url = new URL(request.url, 'http://mock.invalid');
      const key = `${request.method.toUpperCase()} ${url.pathname}`;
      const controlRoute = control[key];
      if (controlRoute) return controlRoute(request);
      if (!url.pathname.startsWith('/api/')) return undefined;
      if (offline) return { kind: 'network-error' };
      const route = routes[key];
      if (route) return route(request, url);
      // Every scenario answers any method at /api/scenarios/<id>.
      const scenarioId = /^\/api\/scenarios\/([\w-]+)$/.exec(url.pathname)?.[1];
      const scenario = scenarioId === undefined ? undefined : findScenario(scenarioId);
      if (scenario) return scenarioReply(scenario, now());
      return jsonReply(404, { code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } });
    },
  };
}
