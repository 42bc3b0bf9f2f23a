import type { ApiErrorDialectPack } from '../dialects/types.js';
import { adyenPack } from './adyen.js';
import { awsPack } from './aws.js';
import { discordPack } from './discord.js';
import { firebasePack } from './firebase.js';
import { githubPack } from './github.js';
import { metaGraphPack } from './metaGraph.js';
import { microsoftPack } from './microsoft.js';
import { oauthPack } from './oauth.js';
import { oktaPack } from './okta.js';
import { paypalPack } from './paypal.js';
import { salesforcePack } from './salesforce.js';
import { slackPack } from './slack.js';
import { squarePack } from './square.js';
import { stripePack } from './stripe.js';
import { twilioPack } from './twilio.js';

/**
 * Every pack, for apps that talk to many vendors (and for the test corpora):
 * `registerApiErrorDialect(allDialects)`. The order here does not matter; ranks decide.
 */
export const allDialects: readonly ApiErrorDialectPack[] = /* @__PURE__ */ Object.freeze([
  adyenPack,
  awsPack,
  discordPack,
  firebasePack,
  githubPack,
  metaGraphPack,
  microsoftPack,
  oauthPack,
  oktaPack,
  paypalPack,
  salesforcePack,
  slackPack,
  squarePack,
  stripePack,
  twilioPack,
]);
