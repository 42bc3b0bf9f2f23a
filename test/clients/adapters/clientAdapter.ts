import type { HeaderField } from '../cases.js';

/** One request as the matrix asks for it. */
export interface ClientRequest {
  readonly url: string;
  /** The client's own timeout, in its own option. */
  readonly timeoutMs: number;
  /** Set for the abort case: the app's AbortController. */
  readonly signal?: AbortSignal;
}

/**
 * What came of a request: `thrown` (the promise rejected), `reported` (the client returns
 * failures as values: RTK Query, openapi-fetch, urql; `value` is what the app hands over), or
 * `succeeded` with the parsed body (for a 2xx that reports a failure, the app hands that over).
 */
export interface Outcome {
  readonly how: 'thrown' | 'reported' | 'succeeded';
  readonly value: unknown;
  /** The client reports only the body it parsed (Apollo's GraphQL errors): no status, no headers. */
  readonly bodyOnly?: string;
}

export interface ClientAdapter {
  readonly name: string;
  /** Why the client never shows the app the answer's headers (they cannot reach the model). */
  readonly hidesHeaders?: string;
  /** Header fields a client keeps only for some answers; asserted absent everywhere for it. */
  readonly hiddenFields?: readonly HeaderField[];
  /** Cases (a fault target or an HTTP case name) this client by design cannot report as the others do, each with the reason and what it does instead. */
  readonly byDesign?: Partial<Record<string, { readonly reason: string; readonly expect: Record<string, unknown> }>>;
  run(request: ClientRequest): Promise<Outcome>;
}

/** Runs a request function and sorts what came of it. */
export async function settle(request: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { how: 'succeeded', value: await request() };
  } catch (thrown) {
    return { how: 'thrown', value: thrown };
  }
}
