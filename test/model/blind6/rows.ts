// Row shape of the sixth blind corpus: the third corpus's rows (status 'skip' for 2xx answers).
export { HTML, isThrown, NOW_MS, NOW_S, TEXT, type Expect3, type HttpRow3, type Row3 } from '../blind3/rows.js';
export { httpDate } from '../blind/blindRow.js';
