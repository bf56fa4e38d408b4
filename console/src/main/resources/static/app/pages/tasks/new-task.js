// The "New task" form of the board (owners and collaborators): title, description, priority, due date, labels,
// assignees (owners pick from the members; others may assign themselves) and an optional linked order.
import { html } from '/webjars/lit-html/lit-html.js';
import { newIdempotencyKey, post } from '../../lib/api.js';
import { t } from '../../lib/i18n.js';
import { me } from '../../lib/session.js';
import { problemBox } from '../../lib/ui.js';
import { PRIORITIES, priorityLabel } from './status.js';
import { dueInstant, parseLabels } from './fields.js';
import { seesAllMembers } from './people.js';
import './messages.js';

/**
 * A form that creates a task. `members()` answers those who may be assigned; `onCreated({ taskId, title })` after the
 * command side accepted it; `redraw()` when its own state changes. One idempotency key per display of the form.
 */
export function newTaskForm({ members, onCreated, onCancel, redraw }) {
  let key = newIdempotencyKey('task');
  let problem = null;
  let busy = false;

  async function submit(event) {
    event.preventDefault();
    const form = event.target;
    const data = new FormData(form);
    const text = name => String(data.get(name) || '').trim();
    const body = {
      title: text('title'),
      description: text('description') || undefined,
      priority: text('priority') || undefined,
      dueAt: dueInstant(text('due')) || undefined,
      labels: parseLabels(text('labels')),
      assigneeIds: data.getAll('assigneeIds').map(String),
      orderId: text('orderId') || undefined,
    };
    busy = true;
    problem = null;
    redraw();
    try {
      const answer = await post('/api/tasks', body, { idempotencyKey: key });
      key = newIdempotencyKey('task');
      form.reset();
      onCreated({ taskId: answer.body.taskId, title: body.title });
    } catch (refusal) {
      problem = refusal;
      redraw();
      form.querySelector('[role=alert]')?.focus();
    } finally {
      busy = false;
      redraw();
    }
  }

  return () => html`
    <form class="panel new-task" @submit=${submit} data-testid="new-task-form" aria-labelledby="new-task-heading">
      <h2 id="new-task-heading">${t('tasks.newTask')}</h2>
      ${problemBox(problem)}
      <label>${t('tasks.title')}
        <input name="title" required maxlength="200" data-testid="new-task-title" autocomplete="off"></label>
      <label>${t('tasks.description')}
        <textarea name="description" maxlength="4000" data-testid="new-task-description"></textarea></label>
      <div class="new-task-row">
        <label>${t('tasks.priority')}
          <select name="priority" data-testid="new-task-priority">
            ${PRIORITIES.map(priority => html`<option value=${priority} ?selected=${priority === 'NORMAL'}>${priorityLabel(priority)}</option>`)}
          </select></label>
        <label>${t('tasks.dueDate')}
          <input name="due" type="date" data-testid="new-task-due"></label>
      </div>
      <label>${t('tasks.labels')}
        <input name="labels" maxlength="450" aria-describedby="new-task-labels-help" data-testid="new-task-labels"></label>
      <p class="muted help" id="new-task-labels-help">${t('tasks.labelsHelp')}</p>
      <fieldset>
        <legend>${t('tasks.assignees')}</legend>
        ${members().map(member => html`
          <label class="checkbox">
            <input type="checkbox" name="assigneeIds" value=${member.accountId} data-testid="new-task-assignee">
            ${member.accountId === me.accountId ? t('tasks.me', { name: member.displayName }) : member.displayName}
            ${member.username ? html`<span class="muted">@${member.username}</span>` : ''}
          </label>`)}
        ${seesAllMembers() ? '' : html`<p class="muted help">${t('tasks.assignOthersHint')}</p>`}
      </fieldset>
      <label>${t('tasks.linkedOrderId')}
        <input name="orderId" maxlength="64" pattern="[A-Za-z0-9-]{1,64}" aria-describedby="new-task-order-help"
               data-testid="new-task-order"></label>
      <p class="muted help" id="new-task-order-help">${t('tasks.linkedOrderHelp')}</p>
      <div class="toolbar">
        <button type="submit" class="primary" ?disabled=${busy} data-testid="new-task-submit">${t('tasks.create')}</button>
        <button type="button" @click=${onCancel}>${t('common.cancel')}</button>
      </div>
    </form>`;
}
