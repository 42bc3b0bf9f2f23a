// The suspected Firebase bug: `USER_NOT_FOUND` and the JS SDK's `auth/*` codes, which the
// Firebase Web SDK throws as a FirebaseError ({name, code, message, customData}).
import type { CorpusRow } from '../row.js';

function firebaseError(code: string): Error {
  return Object.assign(new Error(`Firebase: Error (${code}).`), { name: 'FirebaseError', code, customData: { appName: '[DEFAULT]' } });
}

export const FIREBASE_CHECK: readonly CorpusRow[] = [
  {
    // signInWithEmailAndPassword with an email no account has: bad credentials.
    name: 'Firebase SDK auth/user-not-found on sign-in',
    thrown: () => firebaseError('auth/user-not-found'),
    expect: { category: 'authentication', sourceCode: 'auth/user-not-found' },
  },
  { name: 'Firebase SDK auth/user-disabled', thrown: () => firebaseError('auth/user-disabled'), expect: { category: 'authorization', sourceCode: 'auth/user-disabled' } },
  {
    name: 'Firebase SDK auth/email-already-in-use',
    thrown: () => firebaseError('auth/email-already-in-use'),
    expect: { category: 'conflict', sourceCode: 'auth/email-already-in-use' },
  },
  {
    name: 'Firebase SDK auth/network-request-failed',
    thrown: () => firebaseError('auth/network-request-failed'),
    expect: { category: 'connection', sourceCode: 'auth/network-request-failed' },
  },
  {
    name: 'Firebase SDK auth/requires-recent-login',
    thrown: () => firebaseError('auth/requires-recent-login'),
    expect: { category: 'authentication', sourceCode: 'auth/requires-recent-login' },
  },
  { name: 'Firebase SDK auth/weak-password', thrown: () => firebaseError('auth/weak-password'), expect: { category: 'request', sourceCode: 'auth/weak-password' } },
  {
    // Slack's users.info with an unknown user id: a resource lookup, so not_found.
    name: 'Slack 200 ok:false user_not_found',
    status: 200,
    body: { ok: false, error: 'user_not_found' },
    expect: { category: 'not_found', sourceCode: 'user_not_found' },
  },
];
