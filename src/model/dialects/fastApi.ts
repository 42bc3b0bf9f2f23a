import { fieldPathFromLoc } from '../fieldPath.js';
import { defineDialect } from './defineDialect.js';
import { FieldErrorBag } from './FieldErrorBag.js';
import { isRecord, records, text } from './read.js';

/**
 * FastAPI/Pydantic validation `{detail: [{loc: ['body', 'address', 'city'], msg, type}]}`:
 * the location root is dropped, so the key is 'address.city'.
 */
export const fastApiDialect = /* @__PURE__ */ defineDialect('fastapi', (body) => {
  if (!isRecord(body) || !Array.isArray(body.detail)) return undefined;
  const items = records(body.detail).filter((d) => typeof d.msg === 'string');
  const first = items[0];
  if (first === undefined) return undefined;
  const bag = new FieldErrorBag();
  for (const d of items) bag.add(fieldPathFromLoc(d.loc), d.msg);
  return { message: text(first.msg), fieldErrors: bag.toRecord() };
});
