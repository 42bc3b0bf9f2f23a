import type { CorpusRow } from './corpusRow.js';
import { CHAT_AND_COMMERCE_ROWS } from './chatAndCommerce.js';
import { CLOUD_ROWS } from './clouds.js';
import { GRAPHQL_AND_PROXY_ROWS } from './graphqlAndProxies.js';
import { IDENTITY_AND_FRAMEWORK_ROWS } from './identityAndFrameworks.js';
import { PAYMENT_ROWS } from './payments.js';
import { SEED_ROWS } from './seeds.js';

/** The whole corpus: real documented failures of public APIs, grouped by domain. */
export const CORPUS: readonly CorpusRow[] = [...PAYMENT_ROWS, ...CLOUD_ROWS, ...CHAT_AND_COMMERCE_ROWS, ...IDENTITY_AND_FRAMEWORK_ROWS, ...GRAPHQL_AND_PROXY_ROWS, ...SEED_ROWS];
