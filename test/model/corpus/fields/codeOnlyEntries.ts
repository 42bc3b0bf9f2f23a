// Field entries that name the field and a code but carry no message: the field still gets its key,
// with the code as its message (as GitHub's `missing_field` entries already do).
import type { HttpRow } from '../row.js';

export const CODE_ONLY_ENTRIES: readonly HttpRow[] = [
  {
    // Strava's Fault: {message, errors: [{resource, field, code}]}, no documentation_url.
    name: 'Strava 401 Authorization Error with access_token invalid',
    source: 'https://developers.strava.com/docs/reference/#api-models-Fault',
    status: 401,
    body: { message: 'Authorization Error', errors: [{ resource: 'Athlete', field: 'access_token', code: 'invalid' }] },
    expect: { category: 'authentication', fieldKeys: ['access_token'] },
  },
  {
    name: 'Strava 400 Bad Request with a missing field',
    source: 'https://developers.strava.com/docs/reference/#api-models-Error',
    status: 400,
    body: { message: 'Bad Request', errors: [{ resource: 'Activity', field: 'start_date_local', code: 'missing' }] },
    expect: { category: 'request', fieldKeys: ['start_date_local'] },
  },
  {
    // GitHub's documented validation codes, as entries without a top-level message.
    name: 'field list 422 of code-only entries',
    source: 'https://gist.github.com/jhalickman/2302627',
    status: 422,
    body: { errors: [{ resource: 'Label', field: 'name', code: 'already_exists' }, { resource: 'Label', field: 'color', code: 'invalid' }] },
    expect: { category: 'request', fieldKeys: ['color', 'name'] },
  },
];
