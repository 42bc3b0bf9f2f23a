/**
 * Marks an `ApiResponseError`, so the normalizer recognizes one without importing the class and
 * the body reader behind `fromResponse` (an app that only normalizes axios errors never ships
 * them). A plain string key, not a symbol: a computed class member would keep the class in
 * every bundle that touches the model. Errors from a second copy of the kit carry it too.
 */
export const API_RESPONSE_ERROR_BRAND = 'raek:ApiResponseError';
