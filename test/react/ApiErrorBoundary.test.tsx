import { QueryClient, QueryClientProvider, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Suspense, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary.js';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import { useApiErrorBoundary } from '../../src/react/useApiErrorBoundary.js';
import { apiError } from './fixtures.js';

// React logs every caught render error; these tests expect that output.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

function Throws({ error }: { error: unknown }): never {
  throw error;
}

describe('ApiErrorBoundary', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('catches a render error and shows the banner that fits the category', () => {
    render(
      <ApiErrorBoundary>
        <Throws error={apiError({ category: 'authorization', code: 'FORBIDDEN', status: 403 })} />
      </ApiErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent("You don't have access");
  });

  it('retry resets TanStack Query and refetches, every time', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    let calls = 0;
    function Orders() {
      const query = useQuery({
        queryKey: ['orders'],
        queryFn: async () => {
          calls += 1;
          // eslint-disable-next-line @typescript-eslint/only-throw-error -- a query may fail with an already normalized ApiError
          if (calls < 3) throw apiError({ code: 'SERVICE_UNAVAILABLE', status: 503 });
          return 'orders loaded';
        },
        throwOnError: true,
      });
      return <p>{query.data ?? 'loading'}</p>;
    }
    render(
      <QueryClientProvider client={client}>
        <ApiErrorBoundary>
          <Orders />
        </ApiErrorBoundary>
      </QueryClientProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('orders loaded')).toBeInTheDocument();
    expect(calls).toBe(3);
  });

  it('catches suspense query errors and its retry fetches again', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    let calls = 0;
    function Profile() {
      const { data } = useSuspenseQuery({
        queryKey: ['profile'],
        queryFn: async () => {
          calls += 1;
          if (calls === 1) throw new TypeError('Failed to fetch');
          return 'Ada';
        },
      });
      return <p>{data}</p>;
    }
    render(
      <QueryClientProvider client={client}>
        <ApiErrorBoundary>
          <Suspense fallback={<p>loading</p>}>
            <Profile />
          </Suspense>
        </ApiErrorBoundary>
      </QueryClientProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Ada')).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('resets on the first change of resetKeys', () => {
    function Page() {
      const [route, setRoute] = useState('/a');
      return (
        <>
          <button onClick={() => { setRoute('/b'); }}>go</button>
          <ApiErrorBoundary resetKeys={[route]}>
            {route === '/a' ? <Throws error={apiError()} /> : <p>page b</p>}
          </ApiErrorBoundary>
        </>
      );
    }
    render(<Page />);
    expect(screen.getByRole('status')).toHaveTextContent('Server problem');
    fireEvent.click(screen.getByRole('button', { name: 'go' }));
    expect(screen.getByText('page b')).toBeInTheDocument();
  });

  it('catches only the given categories; the rest reach the outer boundary', () => {
    render(
      <ApiErrorBoundary fallback={<p>outer</p>}>
        <ApiErrorBoundary categories={['server', 'connection']} fallback={<p>inner</p>}>
          <Throws error={apiError({ category: 'not_found', code: 'NOT_FOUND', status: 404 })} />
        </ApiErrorBoundary>
      </ApiErrorBoundary>,
    );
    expect(screen.getByText('outer')).toBeInTheDocument();
    expect(screen.queryByText('inner')).toBeNull();
  });

  it('takes a render-function fallback with a working retry and calls onReset', () => {
    const onReset = vi.fn();
    function Flaky() {
      const [fail, setFail] = useState(true);
      return (
        <ApiErrorBoundary onReset={() => { onReset(); setFail(false); }} fallback={({ error, retry }) => <button onClick={retry}>{error.code}</button>}>
          {fail ? <Throws error={apiError({ code: 'BAD_GATEWAY' })} /> : <p>ok</p>}
        </ApiErrorBoundary>
      );
    }
    render(<Flaky />);
    fireEvent.click(screen.getByRole('button', { name: 'BAD_GATEWAY' }));
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(screen.getByText('ok')).toBeInTheDocument();
  });

  it('a fallback that throws falls back to plain text, once', () => {
    let renders = 0;
    function BadFallback(): never {
      renders += 1;
      throw new Error('fallback broke');
    }
    render(
      <ApiErrorBoundary fallback={() => <BadFallback />}>
        <Throws error={apiError()} />
      </ApiErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong. Reload the page to try again.');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    // React replays a failing render a few times (19: up to 4, 18: 5) before it gives up on it;
    // a loop would be hundreds.
    expect(renders).toBeLessThanOrEqual(6);
  });

  it('showBoundary sends errors from event handlers; cancelled ones are ignored', async () => {
    const onReport = vi.fn();
    function Save() {
      const { showBoundary } = useApiErrorBoundary();
      return (
        <>
          <button onClick={() => { showBoundary(apiError({ category: 'cancelled', code: 'CANCELLED' })); }}>cancel</button>
          <button onClick={() => { showBoundary(apiError({ code: 'GATEWAY_TIMEOUT', status: 504 })); }}>save</button>
        </>
      );
    }
    render(
      <ApiErrorProvider onReport={onReport}>
        <ApiErrorBoundary>
          <Save />
        </ApiErrorBoundary>
      </ApiErrorProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'cancel' }));
    expect(screen.getByRole('button', { name: 'save' })).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'save' }));
    });
    expect(screen.getByRole('status')).toHaveTextContent('Server took too long');
    expect(onReport).toHaveBeenCalledTimes(1);
  });

  it('renders nothing for a cancelled error thrown while rendering', () => {
    const { container } = render(
      <ApiErrorBoundary>
        <Throws error={apiError({ category: 'cancelled', code: 'CANCELLED' })} />
      </ApiErrorBoundary>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
