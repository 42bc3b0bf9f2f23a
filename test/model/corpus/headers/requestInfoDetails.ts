// google.rpc.RequestInfo is the request id wherever a `details` list carries it, not only inside
// a full google.rpc.Status: grpc-gateway's top-level Status, Connect's error JSON, other envelopes.
import type { HttpRow } from '../row.js';

const REQUEST_INFO = 'type.googleapis.com/google.rpc.RequestInfo';

export const REQUEST_INFO_DETAILS: readonly HttpRow[] = [
  {
    // grpc-gateway writes the gRPC status as JSON: a numeric gRPC code, no `error` wrapper.
    name: 'grpc-gateway 404 Status JSON with a RequestInfo detail',
    source: 'https://grpc-ecosystem.github.io/grpc-gateway/docs/mapping/customizing_your_gateway/',
    status: 404,
    body: { code: 5, message: 'order ord_42 not found', details: [{ '@type': REQUEST_INFO, requestId: 'gw-7f3a9c', servingData: '' }] },
    expect: { category: 'not_found', requestId: 'gw-7f3a9c' },
  },
  {
    // The detail as Google's error model defines it, inside an envelope whose code is a word.
    name: 'error envelope 409 with a string code and a RequestInfo detail',
    source: 'https://cloud.google.com/apis/design/errors#error_details',
    status: 409,
    body: { error: { code: 'ALREADY_EXISTS', message: 'Topic projects/p/topics/t already exists.', details: [{ '@type': REQUEST_INFO, requestId: 'env-5d1e2f' }] } },
    expect: { category: 'conflict', sourceCode: 'ALREADY_EXISTS', requestId: 'env-5d1e2f' },
  },
  {
    // Connect names detail types without '@' and without the type URL prefix; `debug` is the JSON form.
    name: 'Connect 503 error JSON with a RequestInfo detail (debug form)',
    source: 'https://connectrpc.com/docs/protocol/',
    status: 503,
    body: { code: 'unavailable', message: 'upstream connect error', details: [{ type: 'google.rpc.RequestInfo', value: 'CghjLTJhOWI0Yw', debug: { requestId: 'c-2a9b4c' } }] },
    expect: { category: 'server', sourceCode: 'unavailable', requestId: 'c-2a9b4c' },
  },
];
