import { ApiResponseError } from '../src/model/http/ApiResponseError.js';
import { scenarioReply } from '../mocks/reply.js';
import { getScenario } from '../mocks/scenarios.js';
import type { ErrorExample, ThrownKind } from './examples.js';

/** What fetch and app code really throw (Chrome's wording). */
function thrown(kind: ThrownKind): unknown {
  switch (kind) {
    case 'offline':
      return new TypeError('Failed to fetch');
    case 'timeout':
      return new DOMException('signal timed out', 'TimeoutError');
    case 'abort':
      return new DOMException('signal is aborted without reason', 'AbortError');
    case 'missing-api-url':
      // How a WCPOS-style client reports a setup problem before any request: a coded error.
      return Object.assign(new Error('No API URL has been configured'), { code: 'API06002' });
    case 'string':
      return 'something odd';
  }
}

/**
 * The raw error an example stands for. HTTP examples become a real `Response` from the mock
 * API's scenario (with Retry-After computed now), read through `ApiResponseError.fromResponse`.
 */
export async function loadExample(example: ErrorExample): Promise<unknown> {
  const { source } = example;
  if ('thrown' in source) return thrown(source.thrown);
  const scenario = getScenario(source.scenario);
  const now = Date.now();
  const resetAt = source.retryAfterSeconds === undefined ? undefined : now + source.retryAfterSeconds * 1000;
  const reply = scenarioReply(scenario, now, resetAt);
  if (reply.kind !== 'response') return new TypeError('Failed to fetch');
  const response = new Response(reply.body, { status: reply.status, headers: reply.headers });
  return ApiResponseError.fromResponse(response, { method: source.method ?? 'GET', url: source.path ?? `/api/scenarios/${scenario.id}` });
}
