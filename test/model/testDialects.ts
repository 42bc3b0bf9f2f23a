import type { ApiErrorDialect, DialectResult } from '../../src/model/dialects/types.js';

/**
 * Small inline dialects for the pipeline tests, so they do not depend on the built-in ones:
 * `{error:{code,message,request_id,details:{field}}}`, `{error_code,message,errors:{field:msg}}`,
 * `{code:'rest_x',message,data:{status}}` and flat `{code,message,request_id}`.
 */
type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Rec) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export const testDialect: ApiErrorDialect = {
  name: 'test',
  parse(body): DialectResult | undefined {
    const b = rec(body);
    if (!b) return undefined;
    const error = rec(b.error);
    if (error) {
      const details = rec(error.details);
      const field = str(details?.field);
      const message = str(error.message);
      return {
        sourceCode: str(error.code),
        message,
        requestId: str(error.request_id),
        status: typeof b.code === 'number' ? b.code : undefined,
        fieldErrors: field && message ? { [field]: [message] } : undefined,
        retryAfterSeconds: typeof b.retry_after === 'number' ? b.retry_after : undefined,
      };
    }
    if (b.success === false) {
      const errors = rec(b.errors);
      const fieldErrors: Record<string, string[]> = {};
      for (const [k, v] of Object.entries(errors ?? {})) if (typeof v === 'string') fieldErrors[k] = [v];
      return { sourceCode: str(b.error_code), message: str(b.message), fieldErrors };
    }
    if (typeof b.code === 'string' || typeof b.message === 'string') {
      const data = rec(b.data);
      return {
        sourceCode: str(b.code),
        message: str(b.message),
        status: typeof data?.status === 'number' ? data.status : undefined,
        retryAfterSeconds: typeof b.retry_after === 'number' ? b.retry_after : undefined,
      };
    }
    return undefined;
  },
};
