import { initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';

const t = initTRPC.create({
  // The error formatter from tRPC's docs: validation issues travel as zod's flattened shape.
  errorFormatter({ shape, error }) {
    return { ...shape, data: { ...shape.data, zodError: error.cause instanceof z.ZodError ? z.flattenError(error.cause) : null } };
  },
});

/** tRPC error codes a procedure can throw, by name (each maps to an HTTP status on the wire). */
export const TRPC_CODES = ['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS', 'INTERNAL_SERVER_ERROR', 'BAD_REQUEST'] as const;

export const trpcRouter = t.router({
  fail: t.procedure.input(z.object({ code: z.enum(TRPC_CODES) })).query(({ input }) => {
    throw new TRPCError({ code: input.code, message: `failed with ${input.code}` });
  }),
  signUp: t.procedure.input(z.object({ email: z.email(), name: z.string().min(2) })).mutation(() => 'ok'),
});

export type TrpcRouter = typeof trpcRouter;
