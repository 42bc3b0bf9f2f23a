// Row shape of the fifth blind corpus: errors thrown by client libraries and SDKs, built as those
// libraries build them. The first corpus's thrown rows, plus the third corpus's `status: 'skip'`
// for SDKs whose reported status is itself in doubt (a GraphQL 200, Octokit's made-up 500).
import type { ThrownRow3 } from '../blind3/rows.js';

export { httpDate, NOW_MS, NOW_S } from '../blind/blindRow.js';
export type ThrownRow5 = ThrownRow3;
