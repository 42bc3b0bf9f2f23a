// CMSs, documents and commerce: Ghost, Prismic, Storyblok, WordPress.com v1.1, Drupal JSON:API and
// core REST, PandaDoc, Saleor GraphQL, Shopware 6 Store/Admin API.
import { type HttpRow } from '../row.js';

const ghost = (type: string, message: string, context: string | null = null, property: string | null = null) => ({
  errors: [{ message, context, type, details: null, property, help: null, code: null, id: 'b0d2a1e0-3c4f-11ee-9a2b-0242ac120002', ghostErrorCode: null }],
});
const jsonApi = { 'content-type': 'application/vnd.api+json' };
const drupal = (status: string, title: string, detail: string, pointer?: string) => ({
  jsonapi: { version: '1.0', meta: { links: { self: { href: 'http://jsonapi.org/format/1.0/' } } } },
  errors: [{ title, status, detail, ...(pointer !== undefined && { source: { pointer } }) }],
});
const shopware = (status: string, code: string, title: string, detail: string, pointer?: string) => ({
  errors: [{ status, code, title, detail, ...(pointer !== undefined && { source: { pointer } }), meta: { parameters: {} } }],
});

export const CMS_COMMERCE: readonly HttpRow[] = [
  { name: 'Ghost 404 NotFoundError', status: 404, body: ghost('NotFoundError', 'Resource not found error, cannot read post.'), expect: { category: 'not_found' } },
  { name: 'Ghost 401 unknown Content API key', status: 401, body: ghost('UnauthorizedError', 'Unknown Content API Key'), expect: { category: 'authentication' } },
  { name: 'Ghost 403 NoPermissionError', status: 403, body: ghost('NoPermissionError', 'Permission error, cannot edit post.', 'You do not have permission to perform this action'), expect: { category: 'authorization' } },
  { name: 'Ghost 422 ValidationError title blank', status: 422, body: ghost('ValidationError', 'Validation error, cannot save post.', 'Value in [posts.title] cannot be blank.', 'title'), expect: { category: 'request', fieldKeys: 'skip' } },
  { name: 'Ghost 429 TooManyRequestsError', status: 429, body: ghost('TooManyRequestsError', 'Too many requests', 'Too many attempts.'), expect: { category: 'rate_limit' } },
  { name: 'Ghost 409 UpdateCollisionError', status: 409, body: ghost('UpdateCollisionError', 'Saving failed! Someone else is editing this post.'), expect: { category: 'conflict' } },
  { name: 'Ghost 401 invalid token jwt expired', status: 401, body: ghost('UnauthorizedError', 'Invalid token: jwt expired'), expect: { category: 'authentication' } },
  { name: 'Ghost 500 InternalServerError', status: 500, body: ghost('InternalServerError', 'An unexpected error occurred, please try again.'), expect: { category: 'server' } },

  {
    name: 'Prismic 401 invalid access token with oauth links',
    status: 401,
    body: { error: 'Invalid access token', oauth_initiate: 'https://acme.prismic.io/auth', oauth_token: 'https://acme.prismic.io/auth/token' },
    expect: { category: 'authentication' },
  },
  { name: 'Prismic 400 parsing-error in predicate', status: 400, body: { type: 'parsing-error', message: "unexpected field 'my.post.titel' on line:1 col:6 in query '[[at(my.post.titel, \"x\")]]'", line: 1, column: 6, location: 'query' }, expect: { category: 'request' } },

  { name: 'Storyblok 404 record not found (array of strings)', status: 404, body: ['This record could not be found'], expect: { category: 'not_found' } },
  { name: 'Storyblok 401 unauthorized (array of strings)', status: 401, body: ['Unauthorized'], expect: { category: 'authentication' } },
  { name: 'Storyblok 422 field errors map', status: 422, body: { name: ["can't be blank"] }, expect: { category: 'request', fieldKeys: ['name'] } },
  { name: 'Storyblok 429 too many requests', status: 429, body: ['Too Many Requests'], expect: { category: 'rate_limit' } },

  { name: 'WordPress.com 403 authorization_required (no token)', status: 403, body: { error: 'authorization_required', message: 'An active access token must be used to query information about the current user.' }, expect: { category: 'authentication', sourceCode: 'authorization_required' } },
  { name: 'WordPress.com 404 unknown_post', status: 404, body: { error: 'unknown_post', message: 'Unknown post' }, expect: { category: 'not_found' } },
  { name: 'WordPress.com 400 invalid_token (OAuth2)', status: 400, body: { error: 'invalid_token', error_description: 'The OAuth2 token is invalid.' }, expect: { category: 'authentication' } },
  { name: 'WordPress.com 404 unknown_blog', status: 404, body: { error: 'unknown_blog', message: 'Unknown blog' }, expect: { category: 'not_found' } },

  { name: 'Drupal JSON:API 403 not allowed to GET', status: 403, headers: jsonApi, body: drupal('403', 'Forbidden', 'The current user is not allowed to GET the selected resource.', '/data'), expect: { category: 'authorization' } },
  { name: 'Drupal JSON:API 422 title should not be null', status: 422, headers: jsonApi, body: drupal('422', 'Unprocessable Entity', 'title: This value should not be null.', '/data/attributes/title'), expect: { category: 'request', fieldKeys: ['title'] } },
  { name: 'Drupal JSON:API 404 entity does not exist', status: 404, headers: jsonApi, body: drupal('404', 'Not Found', 'The "node" entity with ID "9f3c" does not exist.'), expect: { category: 'not_found' } },
  { name: 'Drupal JSON:API 405 method not allowed', status: 405, headers: jsonApi, body: drupal('405', 'Method Not Allowed', 'No route found for "PUT /jsonapi/node/article": Method Not Allowed (Allow: GET, POST)'), expect: { category: 'request' } },
  { name: 'Drupal core REST 403 permission required', status: 403, body: { message: "The 'restful get entity:node' permission is required." }, expect: { category: 'authorization' } },
  { name: 'Drupal core REST 401 no credentials', status: 401, body: { message: 'No authentication credentials provided.' }, expect: { category: 'authentication' } },

  { name: 'PandaDoc 400 request_error', status: 400, body: { type: 'request_error', detail: "Invalid value for 'template_uuid'" }, expect: { category: 'request' } },
  { name: 'PandaDoc 401 authorization_error', status: 401, body: { type: 'authorization_error', detail: 'Authentication credentials were not provided.' }, expect: { category: 'authentication' } },
  { name: 'PandaDoc 403 permission_error', status: 403, body: { type: 'permission_error', detail: 'You do not have permission to perform this action.' }, expect: { category: 'authorization' } },
  { name: 'PandaDoc 404 not_found', status: 404, body: { type: 'not_found', detail: 'Not found.' }, expect: { category: 'not_found' } },
  { name: 'PandaDoc 429 rate_limit_error', status: 429, body: { type: 'rate_limit_error', detail: 'Request was throttled.' }, expect: { category: 'rate_limit' } },

  {
    name: 'Saleor 400 GraphQLError unknown field',
    status: 400,
    body: { errors: [{ message: 'Cannot query field "foo" on type "Query".', locations: [{ line: 1, column: 3 }], extensions: { exception: { code: 'GraphQLError' } } }] },
    expect: { category: 'request' },
  },
  {
    name: 'Saleor 200 ExpiredSignatureError with data null',
    status: 200,
    body: { errors: [{ message: 'Signature has expired', locations: [{ line: 1, column: 3 }], path: ['me'], extensions: { exception: { code: 'ExpiredSignatureError' } } }], data: null },
    expect: { category: 'authentication', status: 'skip' },
  },
  {
    name: 'Saleor 200 PermissionDenied with data null',
    status: 200,
    body: { errors: [{ message: 'You need one of the following permissions: MANAGE_ORDERS', path: ['orders'], extensions: { exception: { code: 'PermissionDenied' } } }], data: null },
    expect: { category: 'authorization', status: 'skip' },
  },

  { name: 'Shopware 403 CHECKOUT__CUSTOMER_NOT_LOGGED_IN', status: 403, body: shopware('403', 'CHECKOUT__CUSTOMER_NOT_LOGGED_IN', 'Forbidden', 'Customer is not logged in.'), expect: { category: 'authentication', sourceCode: 'CHECKOUT__CUSTOMER_NOT_LOGGED_IN' } },
  { name: 'Shopware 400 VIOLATION::IS_BLANK_ERROR email', status: 400, body: shopware('400', 'VIOLATION::IS_BLANK_ERROR', 'Constraint violation error', 'This value should not be blank.', '/email'), expect: { category: 'request', fieldKeys: ['email'] } },
  { name: 'Shopware 401 resource owner denied', status: 401, body: shopware('401', '9', 'Unauthorized', 'The resource owner or authorization server denied the request.'), expect: { category: 'authentication' } },
  { name: 'Shopware 404 CONTENT__PRODUCT_NOT_FOUND', status: 404, body: shopware('404', 'CONTENT__PRODUCT_NOT_FOUND', 'Not Found', 'Product for id 0189 not found.'), expect: { category: 'not_found' } },
];
