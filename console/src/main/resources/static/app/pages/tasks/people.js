// Who can be assigned or mentioned. Owners and auditors may list the workspace's members; everyone else knows
// only themselves and the people the page already shows (whose usernames the task views do not carry).
import { get } from '../../lib/api.js';
import { hasRole, me } from '../../lib/session.js';

/**
 * The active members `{ accountId, username, displayName, role }` the caller may see: the whole workspace for
 * owners and auditors, else just the caller. Read on each page visit (members come and go).
 */
export async function workspaceMembers({ signal } = {}) {
  if (!hasRole('OWNER', 'AUDITOR')) return [self()];
  const answer = await get('/api/workspace/members', undefined, { signal });
  return (answer.body || []).filter(member => member.status === 'ACTIVE');
}

/** Whether the whole member list is available to the caller (else only themselves and people on the page). */
export const seesAllMembers = () => hasRole('OWNER', 'AUDITOR');

function self() {
  return { accountId: me.accountId, username: me.username, displayName: me.displayName, role: me.role };
}

/** Adds the people shown on a task (`{accountId, displayName}`) to `members` when missing, without usernames. */
export function withPeopleOnPage(members, people) {
  const known = new Map(members.map(member => [member.accountId, member]));
  for (const person of people) {
    if (person && person.accountId && !known.has(person.accountId)) known.set(person.accountId, { ...person, username: null });
  }
  return [...known.values()];
}
