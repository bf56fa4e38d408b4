// The task board's columns and moves as the command side enforces them (TaskColumns), and their names in both
// languages. BLOCKED goes back only to the column it came from; the server still decides (409 otherwise).
import { messages, t } from '../../lib/i18n.js';

export const COLUMNS = ['TODO', 'IN_PROGRESS', 'BLOCKED', 'IN_REVIEW', 'DONE'];
export const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

const NEXT = {
  TODO: ['IN_PROGRESS', 'BLOCKED'],
  IN_PROGRESS: ['TODO', 'IN_REVIEW', 'BLOCKED'],
  IN_REVIEW: ['IN_PROGRESS', 'DONE'],
  DONE: ['TODO'],
};

/** The columns a task in `status` may move to; `blockedFrom` is where a blocked task came from, if known. */
export function nextColumns(status, blockedFrom) {
  if (status === 'BLOCKED') return blockedFrom ? [blockedFrom] : ['TODO', 'IN_PROGRESS'];
  return NEXT[status] || [];
}

/** Moving to BLOCKED needs a reason. */
export const moveNeedsReason = to => to === 'BLOCKED';

export const columnLabel = status => t(`task.status.${status}`);
export const priorityLabel = priority => t(`task.priority.${priority}`);

messages({
  en: {
    'task.status.TODO': 'To do', 'task.status.IN_PROGRESS': 'In progress', 'task.status.BLOCKED': 'Blocked',
    'task.status.IN_REVIEW': 'In review', 'task.status.DONE': 'Done',
    'task.priority.LOW': 'Low', 'task.priority.NORMAL': 'Normal', 'task.priority.HIGH': 'High', 'task.priority.URGENT': 'Urgent',
  },
  'zh-CN': {
    'task.status.TODO': '待办', 'task.status.IN_PROGRESS': '进行中', 'task.status.BLOCKED': '受阻',
    'task.status.IN_REVIEW': '待审核', 'task.status.DONE': '已完成',
    'task.priority.LOW': '低', 'task.priority.NORMAL': '普通', 'task.priority.HIGH': '高', 'task.priority.URGENT': '紧急',
  },
});
