// Moving a task between columns, shared by the board's cards and the task page: the command, and the
// keyboard-accessible "Move to…" form that lists only the legal columns (BLOCKED asks for a reason).
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import { post } from '../../lib/api.js';
import { t } from '../../lib/i18n.js';
import { columnLabel, moveNeedsReason, nextColumns } from './status.js';
import './messages.js';

/** Sends the move with the card's version as If-Match; answers the task's new version. */
export async function moveTask(card, to, reason) {
  const body = moveNeedsReason(to) ? { status: to, reason } : { status: to };
  const answer = await post(`/api/tasks/${encodeURIComponent(card.taskId)}/moves`, body, { ifMatch: card.version });
  return answer.body && answer.body.version !== undefined ? answer.body.version : answer.version;
}

/** The columns the card may go to next (where a blocked task came from, when the page knows it). */
export const legalColumns = (card, blockedFrom) => nextColumns(card.status, blockedFrom);

/**
 * The "Move to…" form. `choice` is the column chosen so far (it shows the reason field for BLOCKED);
 * `describedBy` the id of the task's title (so the select says which task it moves); `onChoose(column)` when
 * the select changes; `onMove(column, reason)` on submit.
 */
export function moveForm({ legal, choice = '', busy = false, describedBy, onChoose, onMove }) {
  if (legal.length === 0) return '';
  const submit = event => {
    event.preventDefault();
    const data = new FormData(event.target);
    const to = String(data.get('to') || '');
    const reason = String(data.get('reason') || '').trim();
    if (!to) return;
    if (moveNeedsReason(to) && !reason) {
      onChoose(to);
      requestAnimationFrame(() => event.target.querySelector('input[name=reason]')?.focus());
      return;
    }
    onMove(to, reason);
  };
  return html`
    <form class="move-form" @submit=${submit} data-testid="move-form">
      <label>${t('tasks.moveTo')}
        <select name="to" data-testid="move-select" @change=${event => onChoose(event.target.value)}
                aria-describedby=${describedBy || nothing}>
          <option value="" ?selected=${!choice}>${t('tasks.chooseColumn')}</option>
          ${legal.map(column => html`<option value=${column} ?selected=${column === choice}>${columnLabel(column)}</option>`)}
        </select></label>
      ${moveNeedsReason(choice) ? html`
        <label>${t('tasks.blockReason')}
          <input name="reason" required maxlength="500" data-testid="block-reason"></label>` : ''}
      <button type="submit" data-testid="move-button" ?disabled=${busy}>${t('tasks.move')}</button>
    </form>`;
}
