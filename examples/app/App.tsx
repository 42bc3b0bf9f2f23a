import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary.js';
import { CustomerForm } from './CustomerForm.js';
import { ExportReport } from './ExportReport.js';
import { Orders } from './Orders.js';
import { PayInvoice } from './PayInvoice.js';
import { ServerStatus } from './ServerStatus.js';

/** The demo shop: one screen per way an API call fails. */
export function App({ apiBase }: { apiBase: string }) {
  return (
    <main className="demo">
      <h1>Demo shop</h1>
      <p>
        API: <code>{apiBase}</code>
      </p>
      <section aria-labelledby="orders-title" className="demo-section" data-demo="orders">
        <h2 id="orders-title">Orders</h2>
        <ApiErrorBoundary>
          <Orders />
        </ApiErrorBoundary>
      </section>
      <ExportReport />
      <PayInvoice />
      <CustomerForm />
      <ServerStatus />
    </main>
  );
}
