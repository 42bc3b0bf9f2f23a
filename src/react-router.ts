'use client';
// The `react-api-error-kit/react-router` entry: React Router 7 (an optional peer). Explicit names only.
export { RouteErrorBoundary } from './integrations/react-router/RouteErrorBoundary.js';
export type { RouteErrorBoundaryProps } from './integrations/react-router/RouteErrorBoundary.js';
