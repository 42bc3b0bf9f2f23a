import { useMutation } from '@tanstack/react-query';
import { ApiErrorBanner } from '../../src/react/ApiErrorBanner.js';
import { useApiClient } from './api.js';
import { Diagnostics } from './Diagnostics.js';

/** A 500 with a request id: the banner offers a retry and "Get help", whose dialog shows the id. */
export function PayInvoice() {
  const api = useApiClient();
  const mutation = useMutation({ mutationFn: () => api.request('POST', '/invoices/42/pay') });
  return (
    <section aria-labelledby="pay-title" className="demo-section" data-demo="pay">
      <h2 id="pay-title">Invoice #42</h2>
      <button type="button" onClick={() => {
          mutation.mutate();
        }}>
        Pay invoice
      </button>
      <ApiErrorBanner error={mutation} onRetry={() => {
          mutation.mutate();
        }} />
      <Diagnostics error={mutation.error} />
    </section>
  );
}
