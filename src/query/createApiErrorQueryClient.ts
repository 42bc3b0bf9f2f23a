import { QueryClient } from '@tanstack/react-query';
import type { QueryClientConfig } from '@tanstack/react-query';
import { installApiErrorHandling } from './installApiErrorHandling.js';
import type { InstallApiErrorHandlingOptions } from './installApiErrorHandling.js';

/** `new QueryClient(config)` with the kit installed: `const queryClient = createApiErrorQueryClient()`. */
export function createApiErrorQueryClient(config?: QueryClientConfig, options?: InstallApiErrorHandlingOptions): QueryClient {
  const client = new QueryClient(config);
  installApiErrorHandling(client, options);
  return client;
}
