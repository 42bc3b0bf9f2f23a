import { ranked } from '../dialects/ranked.js';
import { definePack } from './definePack.js';
import { discordDialect } from './dialects/discord.js';

/** Discord `{code, message, errors: {...{_errors}}}` and its rate-limit body `{retry_after, global}`. */
export const discordPack = /* @__PURE__ */ definePack('discord', [/* @__PURE__ */ ranked(170, discordDialect)]);
