// Error bodies per dialect, as servers send them: the seed formats, RFC 9457, Google, GraphQL, HTML.
export const BODIES = [
  {
    dialect: 'seed 001 flat {code,message,request_id}', status: 429,
    headers: { 'content-type': 'application/json', 'retry-after': '60' },
    text: JSON.stringify({ code: 'rate_limit_exceeded', message: 'Too many requests per minute', request_id: 'req_8f2a1c' }),
  },
  {
    dialect: 'seed 002 {error:{code,message,details}}', status: 400,
    headers: { 'content-type': 'application/json' },
    text: JSON.stringify({ error: { code: 'INVALID_REQUEST', message: "Missing required 'user_id' parameter.", details: [{ field: 'user_id', issue: 'required' }] } }),
  },
  {
    dialect: 'seed 003 {success:false,errors,error_code}', status: 422,
    headers: { 'content-type': 'application/json' },
    text: JSON.stringify({ success: false, message: 'Validation failed', error_code: 'VALIDATION_ERROR', errors: { email: 'Email is invalid', 'address.city': 'City is required', password: 'Too short' } }),
  },
  {
    dialect: 'seed 004 {code,status:"error",error:{...}}', status: 401,
    headers: { 'content-type': 'application/json', 'x-request-id': 'req_77' },
    text: JSON.stringify({ code: 401, status: 'error', message: 'Unauthorized', error: { code: 'API02002', message: 'Token expired', details: { field: 'authorization' } } }),
  },
  {
    dialect: 'RFC 9457 problem details', status: 422,
    headers: { 'content-type': 'application/problem+json' },
    text: JSON.stringify({
      type: 'https://example.com/probs/validation', title: 'Your request is not valid.', status: 422, detail: 'Two fields are invalid.', instance: '/orders/42',
      errors: [{ detail: 'must be a positive integer', pointer: '#/quantity' }, { detail: 'must be a valid email', pointer: '#/customer/email' }],
    }),
  },
  {
    dialect: 'Google google.rpc.Status', status: 429,
    headers: { 'content-type': 'application/json' },
    text: JSON.stringify({
      error: {
        code: 429, message: 'Quota exceeded for quota metric', status: 'RESOURCE_EXHAUSTED',
        details: [
          { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'RATE_LIMIT_EXCEEDED', domain: 'googleapis.com', metadata: { service: 'example.googleapis.com' } },
          { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '30s' },
          { '@type': 'type.googleapis.com/google.rpc.RequestInfo', requestId: 'abc-123' },
        ],
      },
    }),
  },
  {
    dialect: 'GraphQL errors (HTTP 200)', status: 200,
    headers: { 'content-type': 'application/json' },
    text: JSON.stringify({
      errors: [{ message: 'Variable "$email" got invalid value', locations: [{ line: 1, column: 8 }], path: ['createUser'], extensions: { code: 'BAD_USER_INPUT', field: 'email' } }],
      data: null,
    }),
  },
  {
    dialect: 'HTML proxy page (502)', status: 502,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    text: `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.25.3</center>${'<!-- a padding comment to make the page a realistic size -->'.repeat(8)}</body></html>`,
  },
];
