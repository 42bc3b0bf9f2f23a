import { ranked } from '../dialects/ranked.js';
import { definePack } from './definePack.js';
import { adyenDialect } from './dialects/adyen.js';

/** Adyen `{status, errorCode, errorType, message, pspReference}`. */
export const adyenPack = /* @__PURE__ */ definePack('adyen', [/* @__PURE__ */ ranked(150, adyenDialect)]);
