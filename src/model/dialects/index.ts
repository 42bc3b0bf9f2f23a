import { adyenDialect } from './adyen.js';
import { awsDialect } from './aws.js';
import { boomDialect } from './boom.js';
import { discordDialect } from './discord.js';
import { djangoRestDialect } from './djangoRest.js';
import { envelopeDialect } from './envelope.js';
import { errorListDialect } from './errorList.js';
import { fastApiDialect } from './fastApi.js';
import { githubRestDialect } from './githubRest.js';
import { googleRpcDialect } from './googleRpc.js';
import { graphqlDialect } from './graphql.js';
import { htmlPageDialect } from './htmlPage.js';
import { jsonApiDialect } from './jsonApi.js';
import { metaGraphDialect } from './metaGraph.js';
import { oauthDialect } from './oauth.js';
import { odataDialect } from './odata.js';
import { oktaDialect } from './okta.js';
import { paypalDialect } from './paypal.js';
import { plainTextDialect } from './plainText.js';
import { problemDetailsDialect } from './problemDetails.js';
import { salesforceDialect } from './salesforce.js';
import { slackDialect } from './slack.js';
import { springBootDialect } from './springBoot.js';
import { squareDialect } from './square.js';
import { stripeDialect } from './stripe.js';
import type { ApiErrorDialect } from './types.js';
import { twilioDialect } from './twilio.js';
import { validationErrorsDialect } from './validationErrors.js';
import { wordpressDialect } from './wordpress.js';
import { wwwAuthenticateDialect } from './wwwAuthenticate.js';
import { xmlErrorDialect } from './xmlError.js';

/**
 * Built-in body dialects, most specific first: each one detects its own shape and the first
 * that recognizes a body wins. Shapes that others contain come later (the generic envelope,
 * then the header-only and text readers).
 */
export const DEFAULT_DIALECTS: readonly ApiErrorDialect[] = Object.freeze([
  googleRpcDialect, // {error: {code: number, status, details[@type]}} and Google's legacy errors[]
  stripeDialect, // {error: {type: known Stripe-style type}}
  odataDialect, // {error: {code, details[] | target | innerError}}
  metaGraphDialect, // {error: {code: number, fbtrace_id}} (Facebook, Instagram, WhatsApp)
  awsDialect, // __type or x-amzn-ErrorType
  xmlErrorDialect, // <Error><Code>
  problemDetailsDialect, // {type, title, status, detail}
  squareDialect, // {errors: [{category, code}]}
  jsonApiDialect, // {errors: [{status, title, detail, source}]}
  graphqlDialect, // {errors: [{message, extensions|locations|path}], data?}
  githubRestDialect, // {message, documentation_url}
  errorListDialect, // {errors: [{message, field?, code?}] | ['...']}
  paypalDialect, // {name, debug_id, details[]}
  oktaDialect, // {errorCode, errorSummary}
  adyenDialect, // {errorType, errorCode}
  twilioDialect, // {code: number, more_info}
  discordDialect, // {code, errors: {..._errors}} | {retry_after, global}
  slackDialect, // {ok: false, error}
  salesforceDialect, // [{message, errorCode, fields?}]
  wordpressDialect, // {code: 'rest_...', message, data: {status}}
  boomDialect, // {statusCode, error, message}
  springBootDialect, // {timestamp, status, error, path}
  fastApiDialect, // {detail: [{loc, msg}]}
  validationErrorsDialect, // {errors: {field: [...]}} | {success: false}
  djangoRestDialect, // {detail} | {field: [...]} on 400/422
  oauthDialect, // {error: 'snake_code', error_description}
  envelopeDialect, // seeds 001/002/004, WCPOS, flat {code, message}
  wwwAuthenticateDialect, // Bearer error="..." header
  htmlPageDialect,
  plainTextDialect,
]);
