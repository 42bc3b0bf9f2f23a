import { createTRPCClient, httpLink } from '@trpc/client';
import type { TRPC_CODES, TrpcRouter } from '../server/trpcRouter.js';
import type { ClientRequest, Outcome } from './clientAdapter.js';
import { settle } from './clientAdapter.js';

export type TrpcCall = { readonly procedure: 'fail'; readonly code: (typeof TRPC_CODES)[number] } | { readonly procedure: 'signUp' };

/** A tRPC client on httpLink, calling the test router the way tRPC's docs show. */
export function runTrpc(req: ClientRequest, call: TrpcCall): Promise<Outcome> {
  const client = createTRPCClient<TrpcRouter>({ links: [httpLink({ url: req.url })] });
  const signal = req.signal ?? AbortSignal.timeout(req.timeoutMs);
  return settle(() =>
    call.procedure === 'fail' ? client.fail.query({ code: call.code }, { signal }) : client.signUp.mutate({ email: 'not-an-email', name: 'A' }, { signal }),
  );
}
