import { boomDialect } from './boom.js';
import { djangoRestDialect } from './djangoRest.js';
import { envelopeDialect } from './envelope.js';
import { errorListDialect } from './errorList.js';
import { fastApiDialect } from './fastApi.js';
import { googleRpcDialect } from './googleRpc.js';
import { graphqlDialect } from './graphql.js';
import { htmlPageDialect } from './htmlPage.js';
import { jsonApiDialect } from './jsonApi.js';
import { plainTextDialect } from './plainText.js';
import { problemDetailsDialect } from './problemDetails.js';
import { springBootDialect } from './springBoot.js';
import { ranked } from './ranked.js';
import type { ApiErrorDialect } from './types.js';
import { validationErrorsDialect } from './validationErrors.js';
import { wordpressDialect } from './wordpress.js';

/**
 * The dialects every app gets (what the contract lists), most specific first: each one detects
 * its own shape and the first that recognizes a body wins. Shapes that others contain come
 * later (the generic envelope, then the text readers). Vendor formats are packs
 * (src/model/packs/); their ranks fill the gaps, e.g. Stripe 20 and OData 30 run before
 * problem details at 70. docs/dialects.md has the whole order.
 */
export const DEFAULT_DIALECTS: readonly ApiErrorDialect[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ ranked(10, googleRpcDialect), // {error: {code: number, status, details[@type]}} and Google's legacy errors[]
  /* @__PURE__ */ ranked(70, problemDetailsDialect), // {type, title, status, detail}
  /* @__PURE__ */ ranked(90, jsonApiDialect), // {errors: [{status, title, detail, source}]}
  /* @__PURE__ */ ranked(100, graphqlDialect), // {errors: [{message, extensions|locations|path}], data?}
  /* @__PURE__ */ ranked(120, errorListDialect), // {errors: [{message, field?, code?}] | ['...']}
  /* @__PURE__ */ ranked(200, wordpressDialect), // {code: 'rest_...', message, data: {status}}
  /* @__PURE__ */ ranked(210, boomDialect), // {statusCode, error, message} (NestJS, hapi, Fastify)
  /* @__PURE__ */ ranked(220, springBootDialect), // {timestamp, status, error, path}
  /* @__PURE__ */ ranked(230, fastApiDialect), // {detail: [{loc, msg}]}
  /* @__PURE__ */ ranked(240, validationErrorsDialect), // {errors: {field: [...]}} | {success: false} (Laravel, Rails)
  /* @__PURE__ */ ranked(250, djangoRestDialect), // {detail} | {field: [...]} on 400/422
  /* @__PURE__ */ ranked(270, envelopeDialect), // seeds 001/002/004, WCPOS, flat {code, message}
  /* @__PURE__ */ ranked(290, htmlPageDialect),
  /* @__PURE__ */ ranked(300, plainTextDialect),
]);
