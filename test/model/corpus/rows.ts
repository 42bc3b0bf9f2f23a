// Every corpus row, by what it covers. Each area runs with the same harness (./harness.ts).
import { AI_SDKS } from './clients/aiSdks.js';
import { BACKEND_SDKS } from './clients/backendSdks.js';
import { CLOUD_SDKS } from './clients/cloudSdks.js';
import { FIREBASE_CHECK } from './clients/firebaseAuthCodes.js';
import { CLIENT_GUARDS } from './clients/guards.js';
import { HTTP_CLIENTS } from './clients/httpClients.js';
import { PAYMENTS_MESSAGING } from './clients/paymentAndMessagingSdks.js';
import { CLOUD_ROWS } from './clouds/cloudBodies.js';
import { CLOUDS } from './clouds/googleAwsAzure.js';
import { HOSTING } from './clouds/hostingPlatforms.js';
import { CHAT_COLLAB } from './collaboration/chatAndCrm.js';
import { CHAT_AND_COMMERCE_ROWS } from './collaboration/chatMailAndShops.js';
import { MESSAGING_OPS } from './collaboration/messagingAndOps.js';
import { SOCIAL } from './collaboration/socialPlatforms.js';
import { WORK_APPS } from './collaboration/workApps.js';
import { CMS_COMMERCE } from './commerce/cmsAndCommerce.js';
import { COMMERCE } from './commerce/shopsAndWordPress.js';
import { AI_FINTECH } from './data/aiAndFintech.js';
import { AI_SEARCH } from './data/aiAndSearch.js';
import { DATA_CONTENT } from './data/contentAndSearch.js';
import { GEO_DATA } from './data/geoAndOpenData.js';
import { FRAMEWORKS_GATEWAYS } from './frameworks/frameworksAndGateways.js';
import { FRAMEWORKS } from './frameworks/serverFrameworks.js';
import { GRAPHQL_AND_PROXY_ROWS } from './graphql/graphqlAndProxyPages.js';
import { GRAPHQL } from './graphql/graphqlServers.js';
import { CODE_ONLY_ENTRIES } from './fields/codeOnlyEntries.js';
import { SINGLE_ERROR_OBJECTS } from './fields/singleErrorObjects.js';
import { BODY_RETRY_FIELDS } from './headers/bodyRetryFields.js';
import { CLOCKS } from './headers/clocks.js';
import { COLLAB_LIMITS } from './headers/collabLimits.js';
import { PLATFORM_LIMITS } from './headers/platformLimits.js';
import { REQUEST_INFO_DETAILS } from './headers/requestInfoDetails.js';
import { REQUEST_IDS } from './headers/requestIds.js';
import { TIMING } from './headers/retryTiming.js';
import { THROTTLE_BODIES } from './headers/throttleBodies.js';
import { IDENTITY_AND_FRAMEWORK_ROWS } from './identity/identityAndFrameworkBodies.js';
import { IDENTITY } from './identity/identityProviders.js';
import { OPEN_APP_BODIES } from './open/appBodies.js';
import { OPEN_GATEWAY_AND_REGIONAL_BODIES } from './open/gatewayAndRegionalBodies.js';
import { OPEN_HEADERS } from './open/headers.js';
import { OPEN_PLATFORM_BODIES } from './open/platformBodies.js';
import { OPEN_SDK_ERRORS } from './open/sdkErrors.js';
import { CDN_PROXIES } from './pages/cdnAndProxyPages.js';
import { GATEWAYS } from './pages/apiGateways.js';
import { FINANCE_BACKENDS } from './payments/financeAndBackends.js';
import { PAYMENT_ROWS } from './payments/paymentBodies.js';
import { PAYMENTS_IDENTITY } from './payments/paymentsAndIdentity.js';
import { PAYMENTS } from './payments/processors.js';
import type { CorpusRow } from './row.js';
import { SEED_ROWS } from './seeds/seedDocuments.js';
import { TRANSPORT } from './transport/thrownTransport.js';

/** The counted rows, one list per area (vendor families, clients, headers, field shapes, transport, seeds, pages). */
export const AREAS: Readonly<Record<string, readonly CorpusRow[]>> = {
  seeds: SEED_ROWS,
  payments: [...PAYMENTS, ...PAYMENT_ROWS, ...FINANCE_BACKENDS, ...PAYMENTS_IDENTITY],
  clouds: [...CLOUDS, ...CLOUD_ROWS, ...HOSTING],
  collaboration: [...CHAT_COLLAB, ...CHAT_AND_COMMERCE_ROWS, ...MESSAGING_OPS, ...SOCIAL, ...WORK_APPS],
  commerce: [...COMMERCE, ...CMS_COMMERCE],
  identity: [...IDENTITY, ...IDENTITY_AND_FRAMEWORK_ROWS],
  frameworks: [...FRAMEWORKS, ...FRAMEWORKS_GATEWAYS],
  graphql: [...GRAPHQL, ...GRAPHQL_AND_PROXY_ROWS],
  pages: [...CDN_PROXIES, ...GATEWAYS],
  data: [...AI_FINTECH, ...DATA_CONTENT, ...AI_SEARCH, ...GEO_DATA],
  headers: [...TIMING, ...CLOCKS, ...COLLAB_LIMITS, ...PLATFORM_LIMITS, ...REQUEST_IDS, ...THROTTLE_BODIES, ...REQUEST_INFO_DETAILS, ...BODY_RETRY_FIELDS],
  fields: [...CODE_ONLY_ENTRIES, ...SINGLE_ERROR_OBJECTS],
  transport: TRANSPORT,
  clients: [...FIREBASE_CHECK, ...AI_SDKS, ...BACKEND_SDKS, ...CLOUD_SDKS, ...HTTP_CLIENTS, ...PAYMENTS_MESSAGING, ...CLIENT_GUARDS],
};

export const ALL_ROWS: readonly CorpusRow[] = Object.values(AREAS).flat();

/** Rows the contract can be read two ways (reasons in ./unsettled.ts): run and reported, not counted. */
export const OPEN_ROWS: readonly CorpusRow[] = [...OPEN_PLATFORM_BODIES, ...OPEN_APP_BODIES, ...OPEN_HEADERS, ...OPEN_SDK_ERRORS, ...OPEN_GATEWAY_AND_REGIONAL_BODIES];
