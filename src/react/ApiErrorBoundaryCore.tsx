'use client';
import { Component } from 'react';
import type { ReactNode } from 'react';
import type { ApiError, ApiErrorCategory } from '../model/types.js';
import { BoundaryFallback } from './BoundaryFallback.js';
import { FallbackGuard } from './FallbackGuard.js';
import { toApiError } from './toApiError.js';

export interface ApiErrorFallbackProps {
  /** The caught error, normalized. */
  error: ApiError;
  /** Resets TanStack Query's error state and the boundary, so the screen renders (and fetches) again. */
  retry: () => void;
}

export type ApiErrorFallback = ReactNode | ((props: ApiErrorFallbackProps) => ReactNode);

export interface ApiErrorBoundaryCoreProps {
  children?: ReactNode;
  fallback?: ApiErrorFallback | undefined;
  resetKeys?: readonly unknown[] | undefined;
  onReset?: (() => void) | undefined;
  categories?: readonly ApiErrorCategory[] | undefined;
  resetQuery: () => void;
  report: (error: ApiError) => void;
  fallbackText: string;
  dir: 'ltr' | 'rtl';
}

interface State {
  thrown: { value: unknown } | null;
  /** resetKeys as they were when the error was caught. */
  keys: readonly unknown[] | undefined;
  resetByKeys: boolean;
}

const changed = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean =>
  (a?.length ?? 0) !== (b?.length ?? 0) || (a ?? []).some((item, i) => !Object.is(item, b?.[i]));

function RenderFallback({ fallback, error, retry }: ApiErrorFallbackProps & { fallback: (props: ApiErrorFallbackProps) => ReactNode }) {
  return fallback({ error, retry });
}

export class ApiErrorBoundaryCore extends Component<ApiErrorBoundaryCoreProps, State> {
  override state: State = { thrown: null, keys: undefined, resetByKeys: false };

  static getDerivedStateFromError(value: unknown): Partial<State> {
    return { thrown: { value } };
  }

  // Compare with the keys of the render that failed, so the FIRST change after an error resets
  // (react-error-boundary can skip it when the error and the change land in one update).
  static getDerivedStateFromProps(props: ApiErrorBoundaryCoreProps, state: State): Partial<State> | null {
    if (state.thrown === null) return { keys: props.resetKeys };
    if (changed(state.keys, props.resetKeys)) return { thrown: null, keys: props.resetKeys, resetByKeys: true };
    return null;
  }

  override componentDidCatch(value: unknown): void {
    const error = toApiError(value);
    if (this.catches(error)) this.props.report(error);
  }

  override componentDidUpdate(): void {
    if (this.state.resetByKeys) {
      this.setState({ resetByKeys: false });
      this.props.resetQuery();
      this.props.onReset?.();
    }
  }

  private catches(error: ApiError): boolean {
    const { categories } = this.props;
    return categories === undefined || categories.includes(error.category);
  }

  // Every time, not only the first: TanStack Query's reset boundary is reset before each remount,
  // so queries with throwOnError/suspense fetch again instead of rethrowing their cached error.
  private retry = (): void => {
    this.props.resetQuery();
    this.setState({ thrown: null });
    this.props.onReset?.();
  };

  override render(): ReactNode {
    const { thrown } = this.state;
    if (thrown === null) return this.props.children;
    const error = toApiError(thrown.value);
    // Not ours: on to the outer boundary (or inline UI).
    if (!this.catches(error)) throw thrown.value;
    if (error.category === 'cancelled') return null;
    const { fallback, fallbackText, dir } = this.props;
    const content =
      typeof fallback === 'function' ? (
        <RenderFallback fallback={fallback} error={error} retry={this.retry} />
      ) : fallback === undefined ? (
        <BoundaryFallback error={error} retry={this.retry} />
      ) : (
        fallback
      );
    return (
      <FallbackGuard text={fallbackText} dir={dir}>
        {content}
      </FallbackGuard>
    );
  }
}
