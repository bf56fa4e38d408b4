// Who did something on the order. The detail gives account ids and roles only: names come from what the page
// can learn (the person themself, assignees on linked task cards, the members list for owners and auditors);
// otherwise the role stands in ("collaborator").
import { t } from '../../lib/i18n.js';
import { me } from '../../lib/session.js';

export function people() {
  const names = new Map();
  return {
    /** Learns the names the order detail carries (assignees of its linked tasks). */
    learn(detail) {
      for (const task of detail.tasks || []) {
        for (const person of task.assignees || []) {
          if (person.displayName) names.set(person.accountId, person.displayName);
        }
      }
    },
    /** Learns the workspace's members (GET /api/workspace/members). */
    learnMembers(members) {
      for (const member of members || []) {
        if (member.displayName) names.set(member.accountId, member.displayName);
      }
    },
    /** A name for an account: the person's own marked as theirs, a known name, else the role. */
    nameOf(accountId, role) {
      if (me && accountId && accountId === me.accountId) return `${me.displayName} (${t('orderDetail.you')})`;
      if (accountId && names.has(accountId)) return names.get(accountId);
      if (role) return t(`role.${role}`);
      return t('orderDetail.someone');
    },
  };
}

/** The history entry that recorded an event, found by a test on its entries. */
function entryOf(order, test) {
  return (order.history || []).find(test) || null;
}

/** Who wrote a note (its role from the history when the name is unknown). */
export function noteAuthor(page, note) {
  const entry = entryOf(page.order, e => e.event === 'InternalNoteAdded' && e.summary.includes(note.noteId));
  return page.names.nameOf(note.authorId, entry && entry.actorRole);
}

/** Who attached a file: the history's AttachmentAdded entry at the same instant. */
export function attachmentAuthor(page, attachment) {
  const at = Date.parse(attachment.addedAt);
  const entry = entryOf(page.order, e => e.event === 'AttachmentAdded' && Date.parse(e.at) === at);
  return entry ? page.names.nameOf(entry.actorId, entry.actorRole) : '';
}
