import { ApolloClient, CombinedGraphQLErrors, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { cacheExchange, createClient, fetchExchange } from '@urql/core';
import { GraphQLClient } from 'graphql-request';
import { settle, type ClientAdapter, type ClientRequest } from './clientAdapter.js';

const QUERY = 'query Me { me { id name } }';
const signalOf = ({ signal, timeoutMs }: ClientRequest): AbortSignal => signal ?? AbortSignal.timeout(timeoutMs);

/** The GraphQL clients, each sending one query the way its documentation shows. */
export const GRAPHQL_CLIENTS: readonly ClientAdapter[] = [
  {
    name: 'Apollo Client',
    run: async (req) => {
      const client = new ApolloClient({ link: new HttpLink({ uri: req.url }), cache: new InMemoryCache() });
      const outcome = await settle(() => client.query({ query: gql(QUERY), fetchPolicy: 'no-cache', context: { fetchOptions: { signal: signalOf(req) } } }));
      // By design: CombinedGraphQLErrors holds the errors and data, not the response.
      return CombinedGraphQLErrors.is(outcome.value) ? { ...outcome, bodyOnly: 'CombinedGraphQLErrors carries no response: status and headers are gone' } : outcome;
    },
  },
  {
    name: 'graphql-request',
    byDesign: {
      truncated: { reason: 'graphql-request lets response.json() throw a bare SyntaxError, which carries no status', expect: { category: 'response', code: 'MALFORMED_JSON' } },
    },
    run: (req) => settle(() => new GraphQLClient(req.url, { signal: signalOf(req) }).request(QUERY)),
  },
  {
    name: 'urql',
    byDesign: {
      'github graphql 200 RATE_LIMITED': {
        reason: "urql rebuilds each error as a GraphQLError, which drops GitHub's `type`: the rate-limit headers still say it",
        expect: { category: 'rate_limit', status: 200, requestId: 'C0DE:AAAA:1:2:4', retryable: true },
      },
      ...Object.fromEntries(
        (
          [
            ['seed001 401 api_key_expired', 'authentication', 401],
            ['seed001 429 rate_limit_exceeded', 'rate_limit', 429],
            ['500 with x-request-id', 'server', 500],
          ] as const
        ).map(([name, category, status]) => [
          name,
          { reason: 'urql reports a non-GraphQL failure body as new Error(statusText): the body is gone, status and headers are left', expect: { category, status } },
        ]),
      ),
    },
    run: async (req) => {
      // urql puts its own signal on every fetch (cancelling is unsubscribing); the app's signal goes in through `fetch`.
      const signal = signalOf(req);
      const client = createClient({
        url: req.url,
        exchanges: [cacheExchange, fetchExchange],
        requestPolicy: 'network-only',
        fetch: (input, init) => fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal }),
      });
      try {
        const result = await client.query(QUERY, {}).toPromise();
        return result.error === undefined ? { how: 'succeeded', value: result.data } : { how: 'reported', value: result.error };
      } catch (thrown) {
        return { how: 'thrown', value: thrown };
      }
    },
  },
];
