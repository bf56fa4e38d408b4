// Who is signed in. The token lives in an HttpOnly cookie set by the edge; this module only knows the person
// (from GET /api/me) and their workspace (its time zone formats every date).

import { del, get, post, Problem } from './api.js';
import { setTimeZone } from './i18n.js';

const EXPIRY_KEY = 'orderdesk.sessionExpiresAt';

/** The signed-in account (`accountId`, `username`, `displayName`, `role`, `workspaceId`, …) or null. */
export let me = null;
/** The workspace (`name`, `timeZone`, `version`) or null (the platform admin has none). */
export let workspace = null;

export const hasRole = (...roles) => me !== null && roles.includes(me.role);

/** True when this tab had a session that the server no longer accepts (expired, signed out elsewhere). */
export let lost = false;

/** Loads the person behind the session cookie; null when there is no valid session. */
export async function load() {
  if (localStorage.getItem(EXPIRY_KEY) === null) return null; // never signed in here, or signed out: no call
  try {
    me = await readYourOwnAccount();
  } catch (problem) {
    if (problem instanceof Problem && (problem.status === 401 || problem.status === 404)) {
      lost = localStorage.getItem(EXPIRY_KEY) !== null;
      forget();
      return null;
    }
    throw problem;
  }
  await reloadWorkspace();
  return me;
}

export async function reloadWorkspace() {
  workspace = me && me.workspaceId ? (await get('/api/workspace')).body : null;
  setTimeZone(workspace ? workspace.timeZone : 'UTC');
  return workspace;
}

// Right after registering or accepting an invitation, the accounts view may be a moment behind the sign-in.
async function readYourOwnAccount() {
  for (let attempt = 0; ; attempt++) {
    try {
      return (await get('/api/me')).body;
    } catch (problem) {
      if (!(problem instanceof Problem) || problem.status !== 404 || attempt >= 20) throw problem;
      await new Promise(resolve => setTimeout(resolve, 250));
    }
  }
}

/** Signs in (username or mobile number); throws the refusal (401, 429 with its retry time) as a Problem. */
export async function signIn(login, password) {
  const answer = await post('/console/session', { login, password });
  lost = false;
  localStorage.setItem(EXPIRY_KEY, String(Date.now() + answer.body.expiresIn * 1000));
  return load();
}

export async function signOut() {
  try {
    await del('/console/session');
  } finally {
    forget();
  }
}

/** Forgets the person locally (the server already refused the token). */
export function forget() {
  me = null;
  workspace = null;
  localStorage.removeItem(EXPIRY_KEY);
}

/** Milliseconds until the session's token expires, or null when unknown. */
export function expiresInMillis() {
  const at = Number(localStorage.getItem(EXPIRY_KEY));
  return at ? at - Date.now() : null;
}
