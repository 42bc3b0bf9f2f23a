import { useApiError } from '../../src/react/useApiError.js';

/**
 * What the kit made of the last error, for the demo (and the end-to-end test): this is where
 * the cross-origin trap shows, as a rate limit without a retry time.
 */
export function Diagnostics({ error }: { error: unknown }) {
  const { error: apiError, secondsLeft } = useApiError(error);
  if (!apiError) return null;
  const retryIn = apiError.retryAt === undefined ? 'none' : `${secondsLeft} s`;
  return (
    <details className="diagnostics">
      <summary>What the kit saw</summary>
      <dl>
        <dt>Category</dt>
        <dd data-field="category">{apiError.category}</dd>
        <dt>Code</dt>
        <dd data-field="code">{apiError.code}</dd>
        <dt>Status</dt>
        <dd data-field="status">{apiError.status ?? 'none'}</dd>
        <dt>Request id</dt>
        <dd data-field="requestId">{apiError.requestId ?? 'none'}</dd>
        <dt>Retry after</dt>
        <dd data-field="retryAt">{retryIn}</dd>
      </dl>
    </details>
  );
}
