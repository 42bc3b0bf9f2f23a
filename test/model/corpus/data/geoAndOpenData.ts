// Government / open-data and maps APIs: api.data.gov (NASA and others, API Umbrella),
// OpenWeatherMap `{cod, message}`, Open-Meteo `{error: true, reason}`, Google Maps Platform web
// services (errors in a 200 body's `status`), HERE v7, TomTom.
import { type HttpRow } from '../row.js';

const umbrella = (code: string, message: string) => ({ error: { code, message } });
const maps = (status: string, error_message?: string) => ({ ...(error_message !== undefined && { error_message }), results: [], status });
const here = (status: number, title: string, code: string, cause?: string) => ({
  status, title, correlationId: '4199533b-6290-41db-8d79-edf4f4019a74', requestId: 'REQ-a1b2c3', ...(cause !== undefined && { cause }), action: '', code,
});
const tomtom = (httpStatusCode: number, code: string, message: string) => ({ errorText: message, detailedError: { code, message }, httpStatusCode });

export const GEO_DATA: readonly HttpRow[] = [
  { name: 'api.data.gov 403 API_KEY_MISSING', status: 403, body: umbrella('API_KEY_MISSING', 'No api_key was supplied. Get one at https://api.nasa.gov:443'), expect: { category: 'authentication', sourceCode: 'API_KEY_MISSING' } },
  { name: 'api.data.gov 403 API_KEY_INVALID', status: 403, body: umbrella('API_KEY_INVALID', 'An invalid api_key was supplied. Get one at https://api.nasa.gov:443'), expect: { category: 'authentication', sourceCode: 'API_KEY_INVALID' } },
  {
    name: 'api.data.gov 429 OVER_RATE_LIMIT with X-RateLimit-Remaining 0',
    status: 429,
    headers: { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '0' },
    body: umbrella('OVER_RATE_LIMIT', 'You have exceeded your rate limit. Try again later or contact us at https://api.data.gov:443/contact/ for assistance'),
    expect: { category: 'rate_limit', sourceCode: 'OVER_RATE_LIMIT' },
  },
  { name: 'api.data.gov 400 HTTPS_REQUIRED', status: 400, body: umbrella('HTTPS_REQUIRED', 'Requests must be made over HTTPS. Try accessing the API at: https://api.nasa.gov/planetary/apod'), expect: { category: 'request' } },
  { name: 'api.data.gov 404 NOT_FOUND', status: 404, body: umbrella('NOT_FOUND', 'No api found for this request'), expect: { category: 'not_found' } },
  { name: 'NASA APOD 400 date out of range (flat code/msg)', status: 400, body: { code: 400, msg: 'Date must be between Jun 16, 1995 and Mar 01, 2025.', service_version: 'v1' }, expect: { category: 'request' } },

  { name: 'OpenWeatherMap 401 invalid API key (numeric cod)', status: 401, body: { cod: 401, message: 'Invalid API key. Please see https://openweathermap.org/faq#error401 for more info.' }, expect: { category: 'authentication' } },
  { name: 'OpenWeatherMap 404 city not found (string cod)', status: 404, body: { cod: '404', message: 'city not found' }, expect: { category: 'not_found' } },
  { name: 'OpenWeatherMap 400 wrong latitude', status: 400, body: { cod: '400', message: 'wrong latitude' }, expect: { category: 'request' } },
  { name: 'OpenWeatherMap 400 nothing to geocode', status: 400, body: { cod: '400', message: 'Nothing to geocode' }, expect: { category: 'request' } },
  { name: 'OpenWeatherMap 429 account temporarily blocked', status: 429, body: { cod: 429, message: 'Your account is temporary blocked due to exceeding of requests limitation of your subscription type. Please choose the proper subscription https://openweathermap.org/price' }, expect: { category: 'rate_limit' } },
  { name: 'OpenWeatherMap 500 internal error', status: 500, body: { cod: '500', message: 'Internal error' }, expect: { category: 'server' } },

  { name: 'Open-Meteo 400 invalid hourly variable', status: 400, body: { error: true, reason: 'Cannot initialize WeatherVariable from invalid String value tempeture_2m for key hourly' }, expect: { category: 'request' } },
  { name: 'Open-Meteo 400 latitude out of range', status: 400, body: { error: true, reason: 'Latitude must be in range of -90 to 90°. Given: 91.0.' }, expect: { category: 'request' } },
  { name: 'Open-Meteo 429 daily request limit exceeded', status: 429, body: { error: true, reason: 'Daily API request limit exceeded. Please try again tomorrow.' }, expect: { category: 'rate_limit' } },

  { name: 'Google Maps 200 OVER_QUERY_LIMIT', status: 200, body: maps('OVER_QUERY_LIMIT', 'You have exceeded your rate-limit for this API.'), expect: { category: 'rate_limit', sourceCode: 'OVER_QUERY_LIMIT', status: 'skip' } },
  { name: 'Google Maps 200 REQUEST_DENIED API not authorized for project', status: 200, body: maps('REQUEST_DENIED', 'This API project is not authorized to use this API.'), expect: { category: 'authorization', sourceCode: 'REQUEST_DENIED', status: 'skip' } },
  { name: 'Google Maps 200 INVALID_REQUEST missing address', status: 200, body: maps('INVALID_REQUEST', "Invalid request. Missing the 'address', 'components', 'latlng' or 'place_id' parameter."), expect: { category: 'request', sourceCode: 'INVALID_REQUEST', status: 'skip' } },
  {
    name: 'Google Maps Directions 200 NOT_FOUND waypoint not geocoded',
    status: 200,
    body: { geocoded_waypoints: [{ geocoder_status: 'ZERO_RESULTS' }], routes: [], status: 'NOT_FOUND' },
    expect: { category: 'not_found', status: 'skip' },
  },
  {
    name: 'Google Maps Places 200 INVALID_REQUEST without results key',
    status: 200,
    body: { html_attributions: [], error_message: 'Missing the input parameter.', status: 'INVALID_REQUEST' },
    expect: { category: 'request', status: 'skip' },
  },

  { name: 'HERE v7 401 apiKey invalid', status: 401, body: { error: 'Unauthorized', error_description: 'apiKey invalid. apiKey not found.' }, expect: { category: 'authentication' } },
  { name: 'HERE v7 403 credentials do not authorize access', status: 403, body: { error: 'Forbidden', error_description: 'These credentials do not authorize access' }, expect: { category: 'authorization' } },
  { name: 'HERE v7 429 rate limit reached', status: 429, body: { error: 'Too Many Requests', error_description: 'Rate limit for this service has been reached' }, expect: { category: 'rate_limit' } },
  { name: 'HERE Geocode 400 illegal input with requestId', status: 400, body: here(400, "Illegal input for parameter 'at'", 'E605001', "Invalid coordinate '91,13'"), expect: { category: 'request', requestId: 'REQ-a1b2c3' } },
  { name: 'HERE Routing 404 no route found', status: 404, body: here(404, 'Not Found', 'E605404'), expect: { category: 'not_found' } },
  { name: 'HERE 500 internal server error', status: 500, body: here(500, 'Internal Server Error', 'E605500'), expect: { category: 'server' } },

  { name: 'TomTom 400 BadArgument language', status: 400, body: tomtom(400, 'BadArgument', "Error parsing 'language': Language tag 'xx-YY' not supported"), expect: { category: 'request' } },
  { name: 'TomTom 404 NotFound', status: 404, body: tomtom(404, 'NotFound', 'Requested resource not found'), expect: { category: 'not_found' } },
  { name: 'TomTom 429 too many requests', status: 429, body: tomtom(429, 'TooManyRequests', 'Too Many Requests'), expect: { category: 'rate_limit' } },
  { name: 'TomTom 500 InternalServerError', status: 500, body: tomtom(500, 'InternalServerError', 'An internal server error occurred'), expect: { category: 'server' } },
];
