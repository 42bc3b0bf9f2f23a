import { ranked } from '../dialects/ranked.js';
import { definePack } from './definePack.js';
import { metaGraphDialect } from './dialects/metaGraph.js';

/** Meta Graph API (Facebook, Instagram, WhatsApp) `{error: {code: number, type, fbtrace_id}}`. */
export const metaGraphPack = /* @__PURE__ */ definePack('meta-graph', [/* @__PURE__ */ ranked(40, metaGraphDialect)]);
