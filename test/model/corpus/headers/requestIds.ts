// Request-id headers vendors document as the id their support asks for. Most rows have a body
// without an id, so the header is the only source; a few check which source wins.
import { HTML, TEXT, type HttpRow } from '../row.js';

const XML = { 'content-type': 'application/xml' } as const;

export const REQUEST_IDS: readonly HttpRow[] = [
  {
    name: 'X-Request-Id on a plain 500',
    status: 500,
    headers: { 'x-request-id': 'f242e9e0-c1ba-4bbe-ba64-4966c702b5d2' },
    body: { error: 'internal_error', message: 'Something went wrong' },
    expect: { category: 'server', requestId: 'f242e9e0-c1ba-4bbe-ba64-4966c702b5d2' },
  },
  {
    name: 'Heroku-style Request-Id on a 422',
    status: 422,
    headers: { 'request-id': 'a1b2c3d4-0000-4000-8000-heroku422' },
    body: { id: 'invalid_params', message: 'Name must start with a letter.' },
    expect: { category: 'request', requestId: 'a1b2c3d4-0000-4000-8000-heroku422' },
  },
  {
    name: 'HERE-style X-Correlation-ID on a 401',
    status: 401,
    headers: { 'x-correlation-id': '4199533b-6290-41db-8d79-edf4f4019a74' },
    body: { error: 'Unauthorized', error_description: 'apiKey invalid. apiKey not found.' },
    expect: { category: 'authentication', requestId: '4199533b-6290-41db-8d79-edf4f4019a74' },
  },
  {
    name: 'GitHub x-github-request-id on a 422',
    status: 422,
    headers: { 'x-github-request-id': 'C0FF:EE01:2A3B4C:5D6E7F:67C2F504' },
    body: { message: 'Validation Failed', errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }], documentation_url: 'https://docs.github.com/rest/issues/labels#create-a-label', status: '422' },
    expect: { category: 'request', requestId: 'C0FF:EE01:2A3B4C:5D6E7F:67C2F504', fieldKeys: ['name'] },
  },
  {
    name: 'API Gateway 403 Forbidden with x-amzn-RequestId',
    status: 403,
    headers: { 'x-amzn-requestid': 'e5f6a7b8-apigw-403', 'x-amzn-errortype': 'ForbiddenException', 'x-amz-apigw-id': 'Ef2GhIjKlMnOpQ=' },
    body: { message: 'Forbidden' },
    expect: { category: 'authorization', requestId: 'e5f6a7b8-apigw-403' },
  },
  {
    // A HEAD answer has no body: S3 identifies it only by x-amz-request-id (and x-amz-id-2).
    name: 'S3 HEAD 404 with an empty body and x-amz-request-id',
    status: 404,
    headers: { 'x-amz-request-id': '0A49CE4060975EAC', 'x-amz-id-2': 'MzRISOwyjmnupCzjI1WC06l5TTAzm7/JypPGXLh0OVFGcJaaO3KW/hRAqKOpIEEp' },
    body: '',
    expect: { category: 'not_found', requestId: '0A49CE4060975EAC' },
  },
  {
    name: 'S3 403 AccessDenied XML: body RequestId and x-amz-request-id agree',
    status: 403,
    headers: { ...XML, 'x-amz-request-id': '656c76696e6727732072657175657374', 'x-amz-id-2': 'Uuag1LuByRx9e6j5Onimru9pO4ZVKnJ2Qz7/C1NPcfTWAtRPfTaOFg==' },
    body: '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>656c76696e6727732072657175657374</RequestId><HostId>Uuag1LuByRx9e6j5Onimru9pO4ZVKnJ2Qz7/C1NPcfTWAtRPfTaOFg==</HostId></Error>',
    expect: { category: 'authorization', requestId: '656c76696e6727732072657175657374' },
  },
  {
    name: 'Azure Blob HEAD 404 with an empty body, x-ms-error-code and x-ms-request-id',
    status: 404,
    headers: { 'x-ms-request-id': '9b1c2d3e-501e-0040-6b2f-blobhead404', 'x-ms-error-code': 'BlobNotFound', 'x-ms-version': '2021-08-06' },
    body: '',
    expect: { category: 'not_found', requestId: '9b1c2d3e-501e-0040-6b2f-blobhead404' },
  },
  {
    name: 'Cloudflare 502 page with only cf-ray',
    status: 502,
    headers: { ...HTML, 'cf-ray': '8f00aa11bb22cc33-FRA', server: 'cloudflare' },
    body: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>',
    expect: { category: 'server', requestId: '8f00aa11bb22cc33-FRA' },
  },
  {
    name: 'Origin X-Request-Id wins over the CDN cf-ray',
    status: 500,
    headers: { 'x-request-id': 'origin-7f3e2d1c', 'cf-ray': '8f00aa11bb22cc34-FRA' },
    body: { error: 'internal_error', message: 'Unexpected failure' },
    expect: { category: 'server', requestId: 'origin-7f3e2d1c' },
  },
  {
    name: 'Twilio-Request-Id on a 400 21211',
    status: 400,
    headers: { 'twilio-request-id': 'RQ0123456789abcdef0123456789abcdef' },
    body: { code: 21211, message: "The 'To' number +1555000 is not a valid phone number.", more_info: 'https://www.twilio.com/docs/errors/21211', status: 400 },
    expect: { category: 'request', requestId: 'RQ0123456789abcdef0123456789abcdef' },
  },
  {
    name: 'Shopify X-Request-Id on a 422 with field errors',
    status: 422,
    headers: { 'x-request-id': '3b0c1d2e-shopify-422' },
    body: { errors: { title: ["can't be blank"] } },
    expect: { category: 'request', requestId: '3b0c1d2e-shopify-422', fieldKeys: ['title'] },
  },
  {
    name: 'OpenAI x-request-id on a 401',
    status: 401,
    headers: { 'x-request-id': 'req_5f1e2d3c4b5a69788796a5b4c3d2e1f0' },
    body: { error: { message: 'Incorrect API key provided: sk-proj-****abcd.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } },
    expect: { category: 'authentication', requestId: 'req_5f1e2d3c4b5a69788796a5b4c3d2e1f0' },
  },
  {
    name: 'Anthropic request-id on a 401 authentication_error',
    status: 401,
    headers: { 'request-id': 'req_011CAuthFailed', 'anthropic-organization-id': 'org-uuid-1' },
    body: { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } },
    expect: { category: 'authentication', requestId: 'req_011CAuthFailed' },
  },
  {
    name: 'Fly.io fly-request-id on an empty 503 from the proxy',
    status: 503,
    headers: { 'fly-request-id': '01JN1B2C3D4E5F6G7H8J9K0M1N-fra', server: 'Fly/8f2b1c3d (2025-02-27)' },
    body: '',
    expect: { category: 'server', requestId: '01JN1B2C3D4E5F6G7H8J9K0M1N-fra' },
  },
  {
    name: 'Vercel x-vercel-id on a 500 FUNCTION_INVOCATION_FAILED',
    status: 500,
    headers: { ...TEXT, 'x-vercel-error': 'FUNCTION_INVOCATION_FAILED', 'x-vercel-id': 'cdg1::lhr1::p9q8r-1740830400000-aabbccddeeff' },
    body: 'A server error has occurred\n\nFUNCTION_INVOCATION_FAILED\n\ncdg1::lhr1::p9q8r-1740830400000-aabbccddeeff',
    expect: { category: 'server', requestId: 'cdg1::lhr1::p9q8r-1740830400000-aabbccddeeff' },
  },
  {
    name: 'API Gateway HTTP API apigw-requestid on a 500',
    status: 500,
    headers: { 'apigw-requestid': 'Fq1x2jQ3oAMEbZw=' },
    body: { message: 'Internal Server Error' },
    expect: { category: 'server', requestId: 'Fq1x2jQ3oAMEbZw=' },
  },
  {
    name: 'Netlify x-nf-request-id on a 404 page',
    status: 404,
    headers: { ...HTML, 'x-nf-request-id': '01KJD9FATBP38BK9EPSN617QKP', server: 'Netlify' },
    body: '<!DOCTYPE html><html><head><title>Page not found</title></head><body><h1>Page not found</h1><p>Looks like you\'ve followed a broken link or entered a URL that doesn\'t exist on this site.</p></body></html>',
    expect: { category: 'not_found', requestId: '01KJD9FATBP38BK9EPSN617QKP' },
  },
  {
    name: 'Azure x-ms-request-id on a 404 ResourceGroupNotFound',
    status: 404,
    headers: { 'x-ms-request-id': 'a0b1c2d3-arm-404', 'x-ms-correlation-request-id': 'a0b1c2d3-arm-404', 'x-ms-routing-request-id': 'WESTEUROPE:20250301T120000Z:a0b1c2d3' },
    body: { error: { code: 'ResourceGroupNotFound', message: "Resource group 'rg-demo' could not be found." } },
    expect: { category: 'not_found', requestId: 'a0b1c2d3-arm-404' },
  },
  {
    name: 'Microsoft Graph 429 request-id in innerError with Retry-After',
    status: 429,
    headers: { 'retry-after': '10', 'request-id': 'graph-5a6b7c8d', 'client-request-id': 'graph-5a6b7c8d' },
    body: { error: { code: 'TooManyRequests', message: 'Too many requests.', innerError: { date: '2025-03-01T12:00:00', 'request-id': 'graph-5a6b7c8d', 'client-request-id': 'graph-5a6b7c8d' } } },
    expect: { category: 'rate_limit', retryInSeconds: 10, requestId: 'graph-5a6b7c8d' },
  },
  {
    name: 'Body request_id wins over a different X-Request-Id header',
    status: 400,
    headers: { 'x-request-id': 'edge-proxy-0001' },
    body: { code: 'invalid_request', message: 'Missing field "amount".', request_id: 'app-req-9f8e7d' },
    expect: { category: 'request', requestId: 'app-req-9f8e7d' },
  },
  {
    // Decision: W3C traceparent is trace propagation, not an id support asks for; the contract and
    // the kit list request-id headers only. An answer carrying just a traceparent has no request id.
    name: 'traceparent alone is not a request id',
    status: 500,
    headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
    body: { error: 'internal_error', message: 'Unexpected failure' },
    expect: { category: 'server', requestId: null },
  },
  {
    name: 'X-Request-Id is taken, the traceparent next to it is not',
    status: 502,
    headers: { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', 'x-request-id': 'gw-req-b7ad6b71' },
    body: { error: 'bad_gateway', message: 'Upstream failed' },
    expect: { category: 'server', requestId: 'gw-req-b7ad6b71' },
  },
  {
    // Same decision for Google's load-balancer trace header and Zipkin's B3 ids.
    name: 'x-cloud-trace-context and x-b3-traceid are not request ids',
    status: 500,
    headers: { 'x-cloud-trace-context': '105445aa7843bc8bf206b12000100000/1;o=1', 'x-b3-traceid': '80f198ee56343ba864fe8b2a57d3eff7' },
    body: { error: 'internal_error', message: 'Unexpected failure' },
    expect: { category: 'server', requestId: null },
  },
];
