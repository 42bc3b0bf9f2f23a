'use client';
// The `react-api-error-kit/tanstack-router` entry: TanStack Router (an optional peer). Explicit names only.
export { RouteErrorComponent } from './integrations/tanstack-router/RouteErrorComponent.js';
export type { RouteErrorComponentProps } from './integrations/tanstack-router/RouteErrorComponent.js';
