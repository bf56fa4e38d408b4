// What changed between the task a person had on screen and the task as it is now, for the "someone else
// changed this" box: each changed field before and after, and the activity recorded since the version read.
import { date, t } from '../../lib/i18n.js';
import { columnLabel, priorityLabel } from './status.js';
import { personName } from './fields.js';
import './messages.js';

const names = people => people.map(person => personName(person)).sort().join(', ');

const FIELDS = [
  ['tasks.title', task => task.card.title],
  ['tasks.description', task => task.description || ''],
  ['tasks.status', task => columnLabel(task.card.status)],
  ['tasks.blockedReason', task => task.blockedReason || ''],
  ['tasks.priority', task => priorityLabel(task.card.priority)],
  ['tasks.dueDate', task => (task.card.dueAt ? date(task.card.dueAt) : '')],
  ['tasks.labels', task => task.card.labels.join(', ')],
  ['tasks.assignees', task => names(task.card.assignees)],
  ['tasks.progress', task => t('tasks.progressPercent', { percent: task.card.progress })],
  ['tasks.checklist', task => task.checklist.map(item => `${item.done ? '☑' : '☐'} ${item.text}`).join('; ')],
  ['tasks.comments', task => String(task.comments.length)],
  ['tasks.watchers', task => names(task.watchers)],
];

/** Answers `{ fresh, changes: [{ label, before, after }], activity }` comparing `shown` with `fresh`. */
export function staleReport(shown, fresh) {
  const changes = FIELDS.map(([key, read]) => ({ label: t(key), before: read(shown), after: read(fresh) }))
    .filter(change => change.before !== change.after);
  const activity = fresh.activity.filter(entry => entry.sequence > shown.card.version);
  return { fresh, changes, activity };
}
