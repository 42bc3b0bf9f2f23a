// The `react-api-error-kit/dialects` entry: vendor packs, each by name so a bundle keeps only
// the ones an app registers. Install with `registerApiErrorDialect(stripePack, awsPack)`
// (root entry or /core). Framework-free, like /core.
export { adyenPack } from './model/packs/adyen.js';
export { awsPack } from './model/packs/aws.js';
export { discordPack } from './model/packs/discord.js';
export { firebasePack } from './model/packs/firebase.js';
export { githubPack } from './model/packs/github.js';
export { metaGraphPack } from './model/packs/metaGraph.js';
export { microsoftPack } from './model/packs/microsoft.js';
export { oauthPack } from './model/packs/oauth.js';
export { oktaPack } from './model/packs/okta.js';
export { paypalPack } from './model/packs/paypal.js';
export { salesforcePack } from './model/packs/salesforce.js';
export { slackPack } from './model/packs/slack.js';
export { squarePack } from './model/packs/square.js';
export { stripePack } from './model/packs/stripe.js';
export { twilioPack } from './model/packs/twilio.js';
export { allDialects } from './model/packs/allDialects.js';
export type { ApiErrorDialect, ApiErrorDialectPack, ApiErrorDialectInput } from './model/dialects/types.js';
