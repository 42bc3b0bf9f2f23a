import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api.js';

interface OrdersResponse {
  orders: { id: number; total: string }[];
}

/**
 * A screen whose first load fails with 401 TOKEN_EXPIRED: the kit refreshes the session
 * silently (or asks the person to sign in again) and the query runs again.
 * Wrapped in ApiErrorBoundary by its parent, which shows the fallback for whatever else fails.
 */
export function Orders() {
  const api = useApiClient();
  const query = useQuery({ queryKey: ['orders', api.base], queryFn: () => api.request<OrdersResponse>('GET', '/orders') });
  if (!query.data) return <p>Loading orders…</p>;
  return (
    <ul aria-label="Orders">
      {query.data.orders.map((order) => (
        <li key={order.id}>
          Order #{order.id}: {order.total}
        </li>
      ))}
    </ul>
  );
}
