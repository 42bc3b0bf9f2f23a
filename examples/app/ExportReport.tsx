import { useMutation } from '@tanstack/react-query';
import { ApiErrorBanner } from '../../src/react/ApiErrorBanner.js';
import { useApiClient } from './api.js';
import { Diagnostics } from './Diagnostics.js';

/** A rate-limited action: the banner's retry button counts down to `Retry-After`, then works. */
export function ExportReport({ wait = 3 }: { wait?: number }) {
  const api = useApiClient();
  const mutation = useMutation({ mutationFn: () => api.request<{ rows: number }>('POST', `/reports/export?wait=${wait}`) });
  return (
    <section aria-labelledby="export-title" className="demo-section" data-demo="export">
      <h2 id="export-title">Export report</h2>
      <button type="button" onClick={() => {
          mutation.mutate();
        }}>
        Export report
      </button>
      <p role="status">{mutation.data ? `Exported ${mutation.data.rows} rows` : ''}</p>
      <ApiErrorBanner error={mutation} onRetry={() => {
          mutation.mutate();
        }} />
      <Diagnostics error={mutation.error} />
    </section>
  );
}
