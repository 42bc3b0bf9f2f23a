// Commerce and CMS: Shopify REST and GraphQL, BigCommerce, WooCommerce, WordPress core and its
// JWT plugin, Magento, commercetools, eBay, Amazon SP-API, Medusa.
import type { HttpRow } from '../row.js';

const wp = (code: string, message: string, status: number, extra: Record<string, unknown> = {}) => ({ code, message, data: { status, ...extra } });

export const COMMERCE: readonly HttpRow[] = [
  {
    name: 'Shopify REST 422 errors map',
    status: 422,
    headers: { 'x-request-id': 'a1b2c3d4-e5f6-7890-abcd-ef0123456789' },
    body: { errors: { title: ["can't be blank"] } },
    expect: { category: 'request', requestId: 'a1b2c3d4-e5f6-7890-abcd-ef0123456789', fieldKeys: ['title'] },
  },
  {
    name: 'Shopify REST 401 invalid token (errors as a string)',
    status: 401,
    body: { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' },
    expect: { category: 'authentication' },
  },
  {
    name: 'Shopify REST 429 Retry-After 2.0',
    status: 429,
    headers: { 'retry-after': '2.0', 'x-shopify-shop-api-call-limit': '40/40' },
    body: { errors: 'Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.' },
    expect: { category: 'rate_limit', retryInSeconds: 2 },
  },
  { name: 'Shopify REST 404', status: 404, body: { errors: 'Not Found' }, expect: { category: 'not_found' } },
  { name: 'Shopify REST 423 shop locked', status: 423, body: { errors: 'This shop is unavailable' }, expect: { category: 'conflict' } },
  {
    name: 'Shopify GraphQL 200 THROTTLED with extensions.cost',
    status: 200,
    body: {
      errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' } }],
      extensions: { cost: { requestedQueryCost: 752, actualQueryCost: null, throttleStatus: { maximumAvailable: 1000, currentlyAvailable: 2, restoreRate: 50 } } },
    },
    // (752 - 2) / 50 = 15 seconds until enough points have been restored.
    expect: { category: 'rate_limit', sourceCode: 'THROTTLED', retryInSeconds: 15 },
  },
  {
    name: 'Shopify GraphQL 200 ACCESS_DENIED',
    status: 200,
    body: {
      errors: [{ message: 'Access denied for products field. Required access: `read_products` access scope.', locations: [{ line: 2, column: 3 }], path: ['products'], extensions: { code: 'ACCESS_DENIED', documentation: 'https://shopify.dev/api/usage/access-scopes', requiredAccess: '`read_products` access scope.' } }],
      data: null,
    },
    expect: { category: 'authorization', sourceCode: 'ACCESS_DENIED' },
  },
  {
    name: 'BigCommerce 422 problem with errors map',
    status: 422,
    body: { status: 422, title: 'JSON data is missing or invalid', type: 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes', errors: { name: 'error.path.missing' } },
    expect: { category: 'request', fieldKeys: ['name'] },
  },
  {
    name: 'BigCommerce 409 duplicate',
    status: 409,
    body: { status: 409, title: 'The product name is a duplicate', type: 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes', errors: {} },
    expect: { category: 'conflict' },
  },
  { name: 'BigCommerce 404', status: 404, body: { status: 404, title: 'The requested resource was not found.', type: 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes' }, expect: { category: 'not_found' } },
  {
    name: 'WooCommerce 401 woocommerce_rest_cannot_view (not logged in)',
    status: 401,
    body: wp('woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.', 401),
    expect: { category: 'authentication', sourceCode: 'woocommerce_rest_cannot_view' },
  },
  {
    name: 'WooCommerce 403 woocommerce_rest_cannot_view (logged in, no capability)',
    status: 403,
    body: wp('woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.', 403),
    expect: { category: 'authorization', sourceCode: 'woocommerce_rest_cannot_view' },
  },
  {
    name: 'WooCommerce 404 woocommerce_rest_product_invalid_id',
    status: 404,
    body: wp('woocommerce_rest_product_invalid_id', 'Invalid ID.', 404),
    expect: { category: 'not_found', sourceCode: 'woocommerce_rest_product_invalid_id' },
  },
  {
    name: 'WooCommerce 404 woocommerce_rest_shop_order_invalid_id',
    status: 404,
    body: wp('woocommerce_rest_shop_order_invalid_id', 'Invalid ID.', 404),
    expect: { category: 'not_found', sourceCode: 'woocommerce_rest_shop_order_invalid_id' },
  },
  {
    name: 'WooCommerce 401 woocommerce_rest_authentication_error',
    status: 401,
    body: wp('woocommerce_rest_authentication_error', 'Invalid signature - provided signature does not match.', 401),
    expect: { category: 'authentication', sourceCode: 'woocommerce_rest_authentication_error' },
  },
  {
    name: 'WooCommerce 403 woocommerce_rest_cannot_create',
    status: 403,
    body: wp('woocommerce_rest_cannot_create', 'Sorry, you are not allowed to create resources.', 403),
    expect: { category: 'authorization', sourceCode: 'woocommerce_rest_cannot_create' },
  },
  {
    name: 'WooCommerce Store API 401 missing nonce',
    status: 401,
    body: wp('woocommerce_rest_missing_nonce', 'Missing the Nonce header. This endpoint requires a valid nonce.', 401),
    expect: { category: 'authentication', sourceCode: 'woocommerce_rest_missing_nonce' },
  },
  {
    name: 'WordPress 400 rest_invalid_param with data.params',
    status: 400,
    body: {
      code: 'rest_invalid_param',
      message: 'Invalid parameter(s): per_page',
      data: { status: 400, params: { per_page: 'per_page must be between 1 (inclusive) and 100 (inclusive)' }, details: { per_page: { code: 'rest_out_of_bounds', message: 'per_page must be between 1 (inclusive) and 100 (inclusive)', data: null } } },
    },
    expect: { category: 'request', sourceCode: 'rest_invalid_param', fieldKeys: ['per_page'] },
  },
  {
    name: 'WordPress 400 rest_missing_callback_param with params list',
    status: 400,
    body: wp('rest_missing_callback_param', 'Missing parameter(s): title', 400, { params: ['title'] }),
    expect: { category: 'request', sourceCode: 'rest_missing_callback_param', fieldKeys: ['title'] },
  },
  {
    name: 'WordPress 403 rest_cookie_invalid_nonce',
    status: 403,
    body: wp('rest_cookie_invalid_nonce', 'Cookie check failed', 403),
    // The nonce is the session token of cookie auth: an invalid one is an authentication problem.
    expect: { category: 'authentication', sourceCode: 'rest_cookie_invalid_nonce' },
  },
  {
    name: 'WordPress 401 rest_forbidden (not logged in)',
    status: 401,
    body: wp('rest_forbidden', 'Sorry, you are not allowed to do that.', 401),
    expect: { category: 'authentication', sourceCode: 'rest_forbidden' },
  },
  {
    name: 'WordPress 403 rest_forbidden (logged in)',
    status: 403,
    body: wp('rest_forbidden', 'Sorry, you are not allowed to do that.', 403),
    expect: { category: 'authorization', sourceCode: 'rest_forbidden' },
  },
  {
    name: 'WordPress 401 rest_not_logged_in',
    status: 401,
    body: wp('rest_not_logged_in', 'You are not currently logged in.', 401),
    expect: { category: 'authentication', sourceCode: 'rest_not_logged_in' },
  },
  { name: 'WordPress 404 rest_post_invalid_id', status: 404, body: wp('rest_post_invalid_id', 'Invalid post ID.', 404), expect: { category: 'not_found', sourceCode: 'rest_post_invalid_id' } },
  {
    name: 'WordPress 500 critical error JSON',
    status: 500,
    body: { code: 'internal_server_error', message: '<p>There has been a critical error on this website.</p><p><a href="https://wordpress.org/documentation/article/faq-troubleshooting/">Learn more about troubleshooting WordPress.</a></p>', data: { status: 500 }, additional_errors: [] },
    expect: { category: 'server', sourceCode: 'internal_server_error' },
  },
  {
    name: 'WordPress PHP warning before rest_forbidden JSON',
    status: 401,
    headers: { 'content-type': 'application/json; charset=UTF-8' },
    body: '<br />\n<b>Warning</b>:  Undefined array key "foo" in <b>/var/www/html/wp-content/plugins/acme/acme.php</b> on line <b>12</b><br />\n{"code":"rest_forbidden","message":"Sorry, you are not allowed to do that.","data":{"status":401}}',
    expect: { category: 'authentication', sourceCode: 'rest_forbidden', jsonRecovered: true },
  },
  {
    name: 'WooCommerce PHP Deprecated notice before 404 JSON',
    status: 404,
    headers: { 'content-type': 'application/json; charset=UTF-8' },
    body: '\nDeprecated: Creation of dynamic property WC_Foo::$bar is deprecated in /var/www/html/wp-content/plugins/foo/foo.php on line 88\n{"code":"woocommerce_rest_product_invalid_id","message":"Invalid ID.","data":{"status":404}}',
    expect: { category: 'not_found', sourceCode: 'woocommerce_rest_product_invalid_id', jsonRecovered: true },
  },
  {
    name: 'JWT Auth 403 jwt_auth_invalid_token (expired)',
    status: 403,
    body: wp('jwt_auth_invalid_token', 'Expired token', 403),
    expect: { category: 'authentication', sourceCode: 'jwt_auth_invalid_token' },
  },
  {
    name: 'JWT Auth 403 jwt_auth_bad_auth_header',
    status: 403,
    body: wp('jwt_auth_bad_auth_header', 'Authorization header malformed.', 403),
    expect: { category: 'authentication', sourceCode: 'jwt_auth_bad_auth_header' },
  },
  {
    name: 'JWT Auth 403 jwt_auth_no_auth_header',
    status: 403,
    body: wp('jwt_auth_no_auth_header', 'Authorization header not found.', 403),
    expect: { category: 'authentication', sourceCode: 'jwt_auth_no_auth_header' },
  },
  {
    name: 'JWT Auth 403 [jwt_auth] incorrect_password',
    status: 403,
    body: wp('[jwt_auth] incorrect_password', '<strong>Error</strong>: The password you entered for the username <strong>admin</strong> is incorrect. <a href="https://example.com/wp-login.php?action=lostpassword">Lost your password?</a>', 403),
    expect: { category: 'authentication', sourceCode: '[jwt_auth] incorrect_password' },
  },
  {
    name: 'Magento 401 consumer not authorized',
    status: 401,
    body: { message: "The consumer isn't authorized to access %resources.", parameters: { resources: 'Magento_Catalog::products' } },
    expect: { category: 'authentication' },
  },
  {
    name: 'Magento 404 product does not exist',
    status: 404,
    body: { message: "The product that was requested doesn't exist. Verify the product and try again." },
    expect: { category: 'not_found' },
  },
  {
    name: 'commercetools 400 InvalidField',
    status: 400,
    body: { statusCode: 400, message: "The value '\"x\"' is not valid for field 'quantity'.", errors: [{ code: 'InvalidField', message: "The value '\"x\"' is not valid for field 'quantity'.", invalidValue: 'x', field: 'quantity' }] },
    expect: { category: 'request', sourceCode: 'InvalidField', fieldKeys: ['quantity'] },
  },
  {
    name: 'commercetools 409 ConcurrentModification',
    status: 409,
    body: { statusCode: 409, message: 'Object 1f3c has a different version than expected. Expected: 1 - Actual: 2.', errors: [{ code: 'ConcurrentModification', message: 'Object 1f3c has a different version than expected. Expected: 1 - Actual: 2.', currentVersion: 2 }] },
    expect: { category: 'conflict', sourceCode: 'ConcurrentModification' },
  },
  {
    name: 'commercetools 401 invalid_token',
    status: 401,
    body: { statusCode: 401, message: 'invalid_token', errors: [{ code: 'invalid_token', message: 'invalid_token' }], error: 'invalid_token', error_description: 'invalid_token' },
    expect: { category: 'authentication', sourceCode: 'invalid_token' },
  },
  {
    name: 'eBay 401 errorId 1001',
    status: 401,
    body: { errors: [{ errorId: 1001, domain: 'OAuth', category: 'REQUEST', message: 'Invalid access token', longMessage: 'Invalid access token. Check the value of the Authorization HTTP request header.' }] },
    expect: { category: 'authentication', sourceCode: '1001' },
  },
  {
    name: 'Amazon SP-API 429 QuotaExceeded',
    status: 429,
    headers: { 'x-amzn-requestid': 'sp-api-429-req', 'x-amzn-ratelimit-limit': '0.5' },
    body: { errors: [{ code: 'QuotaExceeded', message: 'You exceeded your quota for the requested resource.', details: '' }] },
    expect: { category: 'rate_limit', sourceCode: 'QuotaExceeded', requestId: 'sp-api-429-req' },
  },
  { name: 'Medusa 404 not_found', status: 404, body: { type: 'not_found', message: 'Product with id: prod_x was not found' }, expect: { category: 'not_found', sourceCode: 'not_found' } },
  { name: 'Medusa 400 invalid_data', status: 400, body: { type: 'invalid_data', message: 'Invalid request: Field \'title\' is required' }, expect: { category: 'request', sourceCode: 'invalid_data', fieldKeys: 'skip' } },
];
