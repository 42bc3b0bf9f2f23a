import { ranked } from '../dialects/ranked.js';
import { definePack } from './definePack.js';
import { twilioDialect } from './dialects/twilio.js';

/** Twilio `{code: 20003, message, more_info, status}` (numeric codes give a category hint). */
export const twilioPack = /* @__PURE__ */ definePack('twilio', [/* @__PURE__ */ ranked(160, twilioDialect)]);
