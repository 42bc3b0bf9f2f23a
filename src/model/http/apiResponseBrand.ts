/**
 * Marks an `ApiResponseError`, so the normalizer recognizes one without importing the class and
 * the body reader behind `fromResponse` (an app that only normalizes axios errors never ships
 * them). `Symbol.for`: an error from a second copy of the kit is recognized too.
 */
export const API_RESPONSE_ERROR_BRAND: unique symbol = /* @__PURE__ */ Symbol.for('react-api-error-kit.ApiResponseError');
