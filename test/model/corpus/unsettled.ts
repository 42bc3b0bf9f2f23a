// The corpus rows that are not plain passes, each with its reason, in one place.

/**
 * Rows that fail because of code this corpus's fixes could not touch. Each runs as an expected
 * failure with its reason, so the row turns red again (and must leave this list) once the kit
 * learns the shape.
 */
export const KNOWN_GAPS: Readonly<Record<string, string>> = Object.freeze({
  'FusionAuth 400 fieldErrors blank password':
    'a body of only `fieldErrors: {path: [{code, message}]}` (no message or code) is read by no dialect; needs envelope (or validation-errors) to read `fieldErrors`/`generalErrors`',
  'Hono zValidator 400 ZodError issues':
    "`{success: false, error: {issues: [{path, message}], name: 'ZodError'}}`: validation-errors reads top-level issues only; needs it to look inside `error`",
});

/**
 * Rows where the contract can be read two ways: the reading the row's expectation leans to is
 * uncertain for the reason given. They run and report what the kit does, and are not counted.
 */
export const AMBIGUOUS: Readonly<Record<string, string>> = Object.freeze({
  'WordPress 404 rest_no_route':
    'not_found for an arbitrary URL, but for a WooCommerce/WCPOS route it means the plugin is missing or outdated (integration, API05xxx).',
  'Apollo 200 PERSISTED_QUERY_NOT_FOUND':
    'The *_NOT_FOUND word rule says not_found; semantically it is a protocol signal that the client resends the full query (request, retryable).',
  'Airtable 403 INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND':
    'The code names both; code words (NOT_FOUND) rank above the status (403) in the contract, the status says authorization.',
  'Telegram 400 chat not found':
    'Only the description says "not found"; the only code is the status 400.',
  'Salesforce 400 DUPLICATE_VALUE':
    '"duplicate" is in the conflict definition, but the status is 400 (request).',
  'Firebase 400 EMAIL_EXISTS':
    'A duplicate (conflict) answered as 400 (request).',
  'DRF 400 non_field_errors on login':
    'Bad credentials (authentication) answered as 400; and whether non_field_errors becomes a key is not fixed.',
  'JWT Auth 403 jwt_auth_bad_config':
    'The site is missing a piece (integration) or it is a server-side setup error; not the client (configuration).',
  'Cloudflare API 403 code 10000 Authentication error':
    'Cloudflare answers bad tokens with 403 and a numeric code; only the message says authentication.',
  'Google 403 SERVICE_DISABLED':
    'The client project lacks an enabled API: configuration, integration ("API disabled") or authorization (403).',
  'API Gateway 403 Missing Authentication Token (really: no such route)':
    'The words say authentication; on API Gateway it usually means the route does not exist.',
  'Amazon SP-API 403 Unauthorized':
    'Amazon documents 403 Unauthorized as "access denied" (authorization), but the code word Unauthorized is HTTP 401\'s name (authentication) and codes outrank statuses.',
  'Firebase REST 400 USER_NOT_FOUND on token refresh':
    'Firebase means "the signed-in user was deleted" (refresh failed: authentication), but the code key is shared with Slack and generic APIs where a *_NOT_FOUND code is a missing resource.',
  'Meta 400 code 100 subcode 33 object does not exist':
    'One subcode covers "does not exist", "missing permissions" and "unsupported operation" on a 400.',
  'Meta 400 code 506 duplicate post':
    'A duplicate (conflict) answered as 400 (request).',
  'Trello 401 unauthorized permission requested':
    'The token is valid but lacks the permission (authorization), yet Trello answers 401 (authentication).',
  'Algolia 403 invalid Application-ID or API key':
    'An invalid API key is authentication, but only the message says so and the status is 403.',
  'Datadog 403 Forbidden (invalid API or application key)':
    'Datadog answers a bad API/application key with a bare 403 "Forbidden": authentication by meaning, authorization by status.',
  'Ably 401 40160 capability denies the action':
    'A known client without the capability (authorization) answered as 401.',
  'Amplitude 400 missing api_key field':
    'A missing API key is authentication, but it arrives as an ordinary missing-field 400.',
  'Elasticsearch 429 flood-stage read-only block':
    'Elasticsearch sends 429 (rate_limit), but a full disk is a server-side condition that waiting alone will not clear.',
  'Hetzner 403 resource_limit_exceeded':
    'A cap on how many resources an account may own: a quota (rate_limit) by word, but no wait helps (authorization, 403).',
  'Backblaze B2 401 unauthorized (key lacks capability)':
    'B2 documents it as "valid token, but not allowed this call" (authorization), sent as 401 with code unauthorized.',
  'Backblaze B2 403 storage_cap_exceeded':
    'A quota (rate_limit), but a storage cap does not reset with time, so "retry later" is wrong.',
  'Wise 403 strong customer authentication required':
    'The user must prove identity again with a second factor (authentication-like), sent as a plain 403.',
  'QuickBooks 400 5010 stale object':
    'An edit conflict (conflict) answered as a 400 ValidationFault.',
  'QuickBooks 400 610 object not found':
    'A referenced object is gone (not_found) but the request is a 400 with a numeric code only.',
  'Appwrite 401 user_unauthorized':
    'A signed-in user lacking permission (authorization) answered as 401 with an "unauthorized" code.',
  'Appwrite 503 general_service_disabled':
    'A disabled platform service is integration ("API disabled"), but the status is 503 (server).',
  'PocketBase 400 failed to authenticate':
    'Bad credentials (authentication) answered as 400 (request).',
  'Directus 400 RECORD_NOT_UNIQUE':
    'A duplicate (conflict) answered as 400 (request).',
  'GitHub 404 that spent the last request of the hour (x-ratelimit-remaining 0)':
    'The contract ranks "rate-limit headers that show nothing remaining" above a specific status, but the request that spends the last unit was served (404), not limited.',
  'Anthropic 429 without retry-after: only anthropic-ratelimit-tokens-reset (RFC 3339)':
    'Anthropic documents retry-after on every 429; its anthropic-ratelimit-*-reset headers are not among the contract\'s sources, so "no retryAt" is as defensible as the spent budget\'s reset.',
  'X API 429 on the 24-hour app limit while the 15-minute window has budget':
    'The limit that ran out is the 24-hour one, named by headers outside the contract; the contract\'s X-RateLimit-style reset belongs to a window with budget left.',
  'Shopify HttpMaxRetriesError':
    'Thrown only after repeated 429s, but the error keeps no status, header or code: only the class name says "rate limit".',
  'Shopify HttpRequestError no response':
    'A fetch that got no answer (connection), yet the error carries no cause or code, and the class name is generic.',
  'Supabase PostgrestError PGRST116 no rows for single()':
    'One code for "no row" (not_found) and "several rows" (request); PostgREST answers both with 406.',
  'Supabase AuthSessionMissingError (400, no code)':
    'No session means "sign in" (authentication), but the SDK sets status 400 and no code; only the class name says it.',
  'AWS SDK Cognito UserNotFoundException':
    'On sign-in an unknown user is bad credentials (authentication); on admin lookups it is a missing resource (not_found).',
  'Firestore deadline-exceeded':
    'Often the client giving up on a slow network (connection), but gRPC also uses it for a server that took too long (server, as 504).',
  'Firebase Auth operation-not-allowed':
    'The sign-in provider is disabled in the console (configuration), but the words say "not allowed" (authorization).',
  'Firebase Auth popup-closed-by-user':
    'The person closed the sign-in popup (cancelled, never shown), but no word in the code says cancel.',
  'got MaxRedirectsError':
    'A redirect loop is an answer that cannot be used (response), or a misconfigured API URL (configuration).',
  'Google Maps 200 UNKNOWN_ERROR server error, try again':
    "Google documents it as a server error worth retrying, but the code is the kit's own catalog code for 'no evidence' (unknown).",
  'Xendit 400 API_VALIDATION_ERROR with Joi errors':
    "Category agrees; which code is 'the code as received' is open: the body's error_code or the first Joi entry's type ('any.required'), which the GraphQL-shaped reader picks.",
  'api.data.gov 403 API_KEY_DISABLED':
    'A disabled key is a revoked credential (authentication) or a suspended account (authorization); 403 either way.',
  'api.data.gov 403 API_KEY_UNAUTHORIZED':
    'A valid key not allowed this service (authorization, 403), but the code says "unauthorized", which elsewhere means authentication.',
  'Google Maps 200 REQUEST_DENIED invalid API key':
    'The message names an invalid key (authentication); the code REQUEST_DENIED covers keys, billing and disabled APIs alike (authorization).',
  'Google Maps 200 OVER_DAILY_LIMIT':
    'Google documents OVER_DAILY_LIMIT for a missing key, disabled billing or a self-imposed cap: a quota by name, a setup problem by cause.',
  'Bing v7 403 out of call volume quota':
    'A quota (rate_limit) that only the message names; the status and the code say 403.',
  'Groq 413 request too large with code rate_limit_exceeded':
    'Too large for the per-minute budget: the request must shrink (413, request), yet the code says rate limit.',
  'Tyk 403 quota exceeded':
    'A quota (rate_limit) sent as a bare 403 with only a message.',
  'Tyk 403 key not authorised':
    'Tyk sends it for an unknown key (authentication) as a 403 (authorization).',
  'Apigee 401 no API product match':
    'A valid key whose product does not cover the path (authorization) answered as 401.',
  'WordPress.com 403 unauthorized user cannot view post':
    'A signed-in user without the right (authorization, 403) under a code that reads "unauthorized".',
  'FusionAuth 404 login user not found or wrong password':
    'FusionAuth /api/login answers bad credentials with 404 and no body; only the endpoint tells it apart from a missing resource.',
  'Ory Kratos 410 self_service_flow_expired':
    'An expired login/registration flow is neither a missing resource (410) nor an expired credential (word "expired"): the client must start a new flow.',
  'Storyblok 422 slug has already been taken':
    'A duplicate (conflict) answered as a 422 field error (request).',
  'Hugging Face 503 estimated_time as a retry hint':
    'estimated_time is the seconds until the model is loaded, a retry hint in effect, but not a retry field by name.',
});
