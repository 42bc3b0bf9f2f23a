// Type tests: checked by `tsc --noEmit` (no runtime). Each component fits its router's slot as is.
import { createRootRoute, createRoute } from '@tanstack/react-router';
import type { ErrorInfo } from 'next/dist/client/components/error-boundary';
import type { ComponentType } from 'react';
import { createMemoryRouter } from 'react-router';
import { expectTypeOf } from 'vitest';
import { NextErrorPage } from '../../src/next.js';
import { RouteErrorBoundary } from '../../src/react-router.js';
import { RouteErrorComponent } from '../../src/tanstack-router.js';

export function reactRouter(): void {
  createMemoryRouter([{ path: '/', errorElement: <RouteErrorBoundary />, ErrorBoundary: RouteErrorBoundary }]);
}

export function tanstackRouter(): void {
  const root = createRootRoute({ errorComponent: RouteErrorComponent, notFoundComponent: RouteErrorComponent });
  createRoute({ getParentRoute: () => root, path: '/a', errorComponent: RouteErrorComponent, notFoundComponent: RouteErrorComponent });
}

export function next(): void {
  // What Next 16 renders an error.tsx with: { error, reset, retry }.
  expectTypeOf(NextErrorPage).toExtend<ComponentType<ErrorInfo>>();
  // Older Next passes no retry.
  expectTypeOf(NextErrorPage).toExtend<ComponentType<{ error: Error & { digest?: string }; reset: () => void }>>();
}
