import { getResponse, RequestHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';

/**
 * The stories' mock API, answered inside the page: `fetch` goes through the MSW handlers first
 * (MSW's own matching, `getResponse`), and only requests no handler answers reach the network.
 *
 * Why not MSW's Service Worker: Chromium logs every 4xx/5xx answer that passed its network stack
 * (a Service Worker's included) as a console error ("Failed to load resource: the server
 * responded with a status of 401") and a network error as "net::ERR_FAILED". These stories ask
 * for exactly such answers, and the built Storybook must not log a single console error.
 *
 * The returned object is a real (never started) MSW worker, used only for its handler list:
 * `msw.use()`, `resetHandlers()` and `listHandlers()` work as MSW documents them.
 */
export function setupInPageMocks(): SetupWorker {
  const worker = setupWorker();
  const networkFetch = globalThis.fetch.bind(globalThis);

  globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    request.signal.throwIfAborted();
    const handlers = worker.listHandlers().filter((handler) => handler instanceof RequestHandler);
    const response = await untilAborted(getResponse(handlers, request.clone()), request.signal);
    if (!response) return networkFetch(request);
    // HttpResponse.error(): what fetch does on a network error (offline, refused, CORS).
    if (response.type === 'error') throw new TypeError('Failed to fetch');
    // A fetched response knows its URL; the kit reads it for the support details.
    Object.defineProperty(response, 'url', { value: request.url });
    return response;
  };

  return worker;
}

/** Rejects with the signal's reason as soon as it aborts, as fetch does. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
