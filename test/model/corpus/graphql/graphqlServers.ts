// GraphQL servers: Apollo Server, Hasura, GitHub GraphQL, AppSync; plus GitHub REST.
import { NOW_S, type HttpRow } from '../row.js';

const gql = (code: string, message: string) => ({ errors: [{ message, locations: [{ line: 1, column: 3 }], path: ['me'], extensions: { code } }], data: null });

export const GRAPHQL: readonly HttpRow[] = [
  { name: 'Apollo 200 UNAUTHENTICATED', status: 200, body: gql('UNAUTHENTICATED', 'You must be logged in'), expect: { category: 'authentication', sourceCode: 'UNAUTHENTICATED' } },
  { name: 'Apollo 200 FORBIDDEN', status: 200, body: gql('FORBIDDEN', 'Not allowed to view this order'), expect: { category: 'authorization', sourceCode: 'FORBIDDEN' } },
  {
    name: 'Apollo 400 BAD_USER_INPUT',
    status: 400,
    body: { errors: [{ message: 'Variable "$input" got invalid value "x" at "input.quantity"; Int cannot represent non-integer value: "x"', locations: [{ line: 1, column: 16 }], extensions: { code: 'BAD_USER_INPUT' } }] },
    expect: { category: 'request', sourceCode: 'BAD_USER_INPUT', fieldKeys: 'skip' },
  },
  {
    name: 'Apollo 400 GRAPHQL_VALIDATION_FAILED',
    status: 400,
    body: { errors: [{ message: 'Cannot query field "nmae" on type "User". Did you mean "name"?', locations: [{ line: 1, column: 9 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] },
    expect: { category: 'request', sourceCode: 'GRAPHQL_VALIDATION_FAILED' },
  },
  {
    name: 'Apollo 400 GRAPHQL_PARSE_FAILED',
    status: 400,
    body: { errors: [{ message: 'Syntax Error: Expected Name, found "}".', locations: [{ line: 1, column: 9 }], extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] },
    expect: { category: 'request', sourceCode: 'GRAPHQL_PARSE_FAILED' },
  },
  { name: 'Apollo 200 INTERNAL_SERVER_ERROR', status: 200, body: gql('INTERNAL_SERVER_ERROR', 'Unexpected error value: "boom"'), expect: { category: 'server', sourceCode: 'INTERNAL_SERVER_ERROR' } },
  {
    name: 'Hasura 200 validation-failed',
    status: 200,
    body: { errors: [{ extensions: { path: '$.selectionSet.users', code: 'validation-failed' }, message: "field 'users' not found in type: 'query_root'" }] },
    expect: { category: 'request', sourceCode: 'validation-failed' },
  },
  {
    name: 'Hasura 200 invalid-jwt JWTExpired',
    status: 200,
    body: { errors: [{ extensions: { path: '$', code: 'invalid-jwt' }, message: 'Could not verify JWT: JWTExpired' }] },
    expect: { category: 'authentication', sourceCode: 'invalid-jwt' },
  },
  {
    name: 'Hasura 200 access-denied',
    status: 200,
    body: { errors: [{ extensions: { path: '$', code: 'access-denied' }, message: 'Authentication hook unauthorized this request' }] },
    expect: { category: 'authorization', sourceCode: 'access-denied' },
  },
  {
    name: 'Hasura 200 constraint-violation (unique)',
    status: 200,
    body: { errors: [{ extensions: { path: '$.selectionSet.insert_users_one.args.object', code: 'constraint-violation' }, message: 'Uniqueness violation. duplicate key value violates unique constraint "users_email_key"' }] },
    expect: { category: 'conflict', sourceCode: 'constraint-violation' },
  },
  {
    name: 'GitHub GraphQL 200 RATE_LIMITED with x-ratelimit-reset',
    status: 200,
    headers: { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW_S + 1200), 'x-github-request-id': 'C0DE:1A2B:3C4D5E:6F7081:67C2F500' },
    body: { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for user ID 1.' }] },
    expect: { category: 'rate_limit', sourceCode: 'RATE_LIMITED', requestId: 'C0DE:1A2B:3C4D5E:6F7081:67C2F500', retryInSeconds: 1200 },
  },
  {
    name: 'AppSync 401 UnauthorizedException',
    status: 401,
    headers: { 'x-amzn-requestid': 'appsync-401' },
    body: { errors: [{ errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' }] },
    expect: { category: 'authentication', sourceCode: 'UnauthorizedException', requestId: 'appsync-401' },
  },
  {
    name: 'GitHub REST 422 Validation Failed errors[].field',
    status: 422,
    headers: { 'x-github-request-id': 'CAFE:0001:0002:0003:67C2F500' },
    body: { message: 'Validation Failed', errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }], documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue', status: '422' },
    expect: { category: 'request', requestId: 'CAFE:0001:0002:0003:67C2F500', fieldKeys: ['title'] },
  },
  {
    name: 'GitHub REST 403 secondary rate limit with Retry-After',
    status: 403,
    headers: { 'retry-after': '60', 'x-ratelimit-remaining': '4990', 'x-github-request-id': 'CAFE:0002:0002:0003:67C2F500' },
    body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID CAFE:0002:0002:0003:67C2F500.', documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits', status: '403' },
    expect: { category: 'rate_limit', requestId: 'CAFE:0002:0002:0003:67C2F500', retryInSeconds: 60 },
  },
  {
    name: 'GitHub REST 403 primary rate limit, x-ratelimit-remaining 0',
    status: 403,
    headers: { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW_S + 600), 'x-ratelimit-used': '60', 'x-github-request-id': 'CAFE:0003:0002:0003:67C2F500' },
    body: { message: "API rate limit exceeded for 203.0.113.7. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)", documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting' },
    expect: { category: 'rate_limit', requestId: 'CAFE:0003:0002:0003:67C2F500', retryInSeconds: 600 },
  },
  { name: 'GitHub REST 401 Bad credentials', status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' }, expect: { category: 'authentication' } },
  { name: 'GitHub REST 404 Not Found', status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }, expect: { category: 'not_found' } },
  {
    name: 'GitHub REST 403 Resource not accessible by integration (quota left)',
    status: 403,
    headers: { 'x-ratelimit-remaining': '4999', 'x-ratelimit-reset': String(NOW_S + 3000) },
    body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue', status: '403' },
    expect: { category: 'authorization', retryInSeconds: null },
  },
  { name: 'GitHub REST 409 empty repository', status: 409, body: { message: 'Git Repository is empty.', documentation_url: 'https://docs.github.com/rest/git/refs#get-a-reference' }, expect: { category: 'conflict' } },
  { name: 'GitHub REST 410 issues disabled', status: 410, body: { message: 'Issues are disabled for this repo', documentation_url: 'https://docs.github.com/v3/issues/' }, expect: { category: 'not_found' } },
];
