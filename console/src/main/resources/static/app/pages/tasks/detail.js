// One task: title and description, status with its legal moves, priority, due date, labels, assignees,
// progress, checklist, comments (with @mention suggestions), watchers and the activity. Every change sends
// the version read (If-Match); a refusal for a stale version says what changed and by whom, and offers to
// reload — it never overwrites. After a change the page reads the task at the answered version.
import { html, render } from '/webjars/lit-html/lit-html.js';
import { del, get, post, put } from '../../lib/api.js';
import { date, dateTime, relative, t } from '../../lib/i18n.js';
import { subscribe } from '../../lib/live.js';
import { hasRole, me } from '../../lib/session.js';
import { announce, badge, heading, problemBox } from '../../lib/ui.js';
import { PRIORITIES, columnLabel, priorityLabel } from './status.js';
import { dueDay, dueInstant, parseLabels, personName } from './fields.js';
import { legalColumns, moveForm, moveTask } from './moves.js';
import { mentionBox } from './mention.js';
import { seesAllMembers, withPeopleOnPage, workspaceMembers } from './people.js';
import { staleReport } from './stale.js';
import './messages.js';

export default function mount(outlet, { params, signal }) {
  const taskId = params.id;
  const path = `/api/tasks/${encodeURIComponent(taskId)}`;
  let task = null;
  let loadProblem = null;
  let problem = null;
  let stale = null; // { fresh, changes, activity }
  let busy = false;
  let members = [];
  let editingDetails = null; // { title, description, version } as read when editing began
  let editingComment = null; // { commentId, text, version }
  let confirmingDelete = null;
  let moveChoice = '';
  let progressDraft = null;

  const comment = mentionBox({ id: 'new-comment', candidates: mentionCandidates, redraw: () => draw() });

  async function read(minVersion) {
    const answer = await get(path, minVersion === undefined ? {} : { minVersion }, { signal });
    return answer.body;
  }

  async function load() {
    try {
      task = await read();
      loadProblem = null;
    } catch (refusal) {
      if (refusal.name === 'AbortError') return;
      loadProblem = refusal;
    }
    draw();
    if (document.activeElement === document.body) outlet.querySelector('h1')?.focus();
  }

  /**
   * Runs a change; `send()` answers the command's answer (or the new version). `basis` is the task as it was
   * when the person started this change (an edit form keeps it), to say what changed since if it is refused.
   */
  async function change(send, doneText, basis = task) {
    busy = true;
    problem = null;
    draw();
    let ok = false;
    try {
      const answer = await send();
      const version = typeof answer === 'number' ? answer : (answer.body?.version ?? answer.version);
      task = await read(version);
      ok = true;
      if (doneText) announce(doneText);
    } catch (refusal) {
      if (refusal.name === 'AbortError') return false;
      if (refusal.status === 412) await explainStale(basis);
      else problem = refusal;
    } finally {
      busy = false;
      draw();
    }
    if (!ok) outlet.querySelector('[data-testid=stale],[data-testid=problem]')?.focus();
    return ok;
  }

  async function explainStale(basis) {
    try {
      const fresh = await read();
      stale = staleReport(basis, fresh);
    } catch (refusal) {
      problem = refusal;
    }
  }

  function reloadFromStale() {
    task = stale.fresh;
    stale = null;
    // Edits under way keep what was typed and go on from the task as it is now.
    if (editingDetails) Object.assign(editingDetails, { version: task.card.version, basis: task });
    if (editingComment) Object.assign(editingComment, { version: task.card.version, basis: task });
    draw();
    outlet.querySelector('h1')?.focus();
  }

  // --- people -------------------------------------------------------------------------------------------------
  function peopleOnPage() {
    if (!task) return [];
    return [...task.card.assignees, ...task.watchers, ...task.comments.map(one => one.author)].filter(Boolean);
  }

  function nameOf(accountId) {
    if (!accountId) return '';
    if (me && accountId === me.accountId) return me.displayName;
    const known = [...members, ...peopleOnPage()].find(person => person.accountId === accountId && person.displayName);
    return known ? known.displayName : personName(null, accountId);
  }

  function mentionCandidates() {
    const everyone = seesAllMembers() ? members : withPeopleOnPage([], peopleOnPage());
    return everyone.filter(person => person.accountId !== me.accountId);
  }

  function assignable() {
    const assigned = new Set(task.card.assignees.map(person => person.accountId));
    const candidates = seesAllMembers() ? members
      : [{ accountId: me.accountId, displayName: me.displayName, username: me.username }];
    return candidates.filter(person => !assigned.has(person.accountId));
  }

  // Where a blocked task came from: its last move into BLOCKED in the activity.
  function blockedFrom() {
    if (task.card.status !== 'BLOCKED') return undefined;
    const moves = task.activity.map(entry => /^Moved (\w+) → BLOCKED/.exec(entry.summary || '')).filter(Boolean);
    return moves.length ? moves[moves.length - 1][1] : undefined;
  }

  // The activity's summaries name people and items by id: show names and texts instead.
  function readable(summary) {
    let text = summary || '';
    for (const person of [...members, ...peopleOnPage(), me]) {
      if (person && person.accountId && person.displayName) text = text.replaceAll(person.accountId, person.displayName);
    }
    for (const item of task.checklist) text = text.replaceAll(item.itemId, `“${item.text}”`);
    for (const one of task.comments) text = text.replaceAll(one.commentId, `“${excerpt(one.text)}”`);
    return text;
  }

  const excerpt = text => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

  // --- commands -----------------------------------------------------------------------------------------------
  const ifMatch = () => ({ ifMatch: task.card.version });
  const submitted = (event, handler) => {
    event.preventDefault();
    return handler(new FormData(event.target), event.target);
  };
  const value = (data, name) => String(data.get(name) || '').trim();

  const saveDetails = event => submitted(event, async data => {
    const ok = await change(() => put(`${path}/details`,
      { title: value(data, 'title'), description: value(data, 'description') || null },
      { ifMatch: editingDetails.version }), t('tasks.saved'), editingDetails.basis);
    if (ok) editingDetails = null;
    draw();
  });
  const savePriority = event => submitted(event, data =>
    change(() => put(`${path}/priority`, { priority: value(data, 'priority') }, ifMatch()), t('tasks.saved')));
  const saveDue = event => submitted(event, data =>
    change(() => put(`${path}/due-date`, { dueAt: dueInstant(value(data, 'due')) }, ifMatch()), t('tasks.saved')));
  const removeDue = () => change(() => put(`${path}/due-date`, { dueAt: null }, ifMatch()), t('tasks.saved'));
  const saveLabels = event => submitted(event, data =>
    change(() => put(`${path}/labels`, { labels: parseLabels(value(data, 'labels')) }, ifMatch()), t('tasks.saved')));
  const assign = event => submitted(event, data => value(data, 'accountId') &&
    change(() => post(`${path}/assignees`, { accountId: value(data, 'accountId') }, ifMatch()), t('tasks.assigned')));
  const unassign = person => change(() => del(`${path}/assignees/${encodeURIComponent(person.accountId)}`, ifMatch()),
    t('tasks.unassigned', { name: personName(person) }));
  const saveProgress = event => submitted(event, async data => {
    const ok = await change(() => put(`${path}/progress`, { percent: Number(value(data, 'percent')) }, ifMatch()), t('tasks.saved'));
    if (ok) progressDraft = null;
  });
  const move = (to, reason) => change(async () => {
    const version = await moveTask(task.card, to, reason);
    moveChoice = '';
    return version;
  }, t('tasks.moved', { title: task.card.title, column: columnLabel(to) }));
  const addItem = event => submitted(event, async (data, form) => {
    if (await change(() => post(`${path}/checklist`, { text: value(data, 'text') }, ifMatch()), t('tasks.itemAdded'))) {
      form.reset();
      form.querySelector('input')?.focus();
    }
  });
  const tick = (item, done) => change(() => put(`${path}/checklist/${encodeURIComponent(item.itemId)}`, { done }, ifMatch()));
  const removeItem = item => change(() => del(`${path}/checklist/${encodeURIComponent(item.itemId)}`, ifMatch()),
    t('tasks.itemRemoved', { text: item.text }));
  const watching = () => task.watchers.some(person => person.accountId === me.accountId);
  const toggleWatch = () => change(() => (watching() ? del(`${path}/watchers/me`) : put(`${path}/watchers/me`)),
    watching() ? t('tasks.unwatched') : t('tasks.watched'));
  const addComment = event => submitted(event, async (data, form) => {
    if (await change(() => post(`${path}/comments`, { text: value(data, 'text') }), t('tasks.commented'))) {
      form.reset();
      comment.reset();
      draw();
    }
  });
  const saveComment = event => submitted(event, async data => {
    const ok = await change(() => put(`${path}/comments/${encodeURIComponent(editingComment.commentId)}`,
      { text: value(data, 'text') }, { ifMatch: editingComment.version }), t('tasks.commentEdited'), editingComment.basis);
    if (ok) editingComment = null;
    draw();
  });
  const deleteComment = one => change(async () => {
    const answer = await del(`${path}/comments/${encodeURIComponent(one.commentId)}`, ifMatch());
    confirmingDelete = null;
    return answer;
  }, t('tasks.commentDeleted'));

  // --- views --------------------------------------------------------------------------------------------------
  function staleView() {
    if (!stale) return '';
    return html`
      <div class="warning stale" role="alert" tabindex="-1" data-testid="stale">
        <p><strong>${t('tasks.staleTitle')}</strong> ${t('tasks.staleNotSaved')}</p>
        ${stale.changes.length ? html`
          <ul data-testid="stale-changes">${stale.changes.map(one => html`
            <li>${one.label}: <del>${one.before || t('common.none')}</del> → <ins>${one.after || t('common.none')}</ins></li>`)}</ul>` : ''}
        ${stale.activity.length ? html`
          <p>${t('tasks.staleBy')}</p>
          <ul>${stale.activity.map(entry => html`
            <li>${nameOf(entry.actorId) || t(`role.${entry.actorRole}`)} — ${readable(entry.summary)}
              (<time datetime=${entry.at} title=${dateTime(entry.at)}>${relative(entry.at)}</time>)</li>`)}</ul>` : ''}
        <button type="button" class="primary" @click=${reloadFromStale} data-testid="stale-reload">${t('common.reload')}</button>
      </div>`;
  }

  function detailsView(editor) {
    const card = task.card;
    if (editingDetails) {
      return html`
        <form class="panel" @submit=${saveDetails} aria-labelledby="details-heading" data-testid="details-form">
          <h2 id="details-heading">${t('tasks.editDetails')}</h2>
          <label>${t('tasks.title')}
            <input name="title" required maxlength="200" .value=${editingDetails.title} data-testid="edit-title"></label>
          <label>${t('tasks.description')}
            <textarea name="description" maxlength="4000" .value=${editingDetails.description}
                      data-testid="edit-description"></textarea></label>
          <div class="toolbar">
            <button type="submit" class="primary" ?disabled=${busy} data-testid="save-details">${t('common.save')}</button>
            <button type="button" @click=${() => { editingDetails = null; draw(); }}>${t('common.cancel')}</button>
          </div>
        </form>`;
    }
    return html`
      <section class="panel" aria-labelledby="description-heading">
        <h2 id="description-heading">${t('tasks.description')}</h2>
        ${task.description ? html`<p class="prewrap" data-testid="description">${task.description}</p>`
          : html`<p class="muted">${t('tasks.noDescription')}</p>`}
        ${editor ? html`<button type="button" data-testid="edit-details" @click=${() => {
          editingDetails = { title: card.title, description: task.description || '', version: card.version, basis: task };
          draw();
          outlet.querySelector('[data-testid=edit-title]')?.focus();
        }}>${t('tasks.editDetails')}</button>` : ''}
      </section>`;
  }

  function statusView(editor) {
    const card = task.card;
    return html`
      <section class="panel" aria-labelledby="status-heading">
        <h2 id="status-heading">${t('tasks.status')}</h2>
        <p data-testid="task-status" data-status=${card.status}>${badge(card.status, columnLabel(card.status))}
          ${card.overdue ? badge('overdue', t('tasks.overdue')) : ''}</p>
        ${task.blockedReason ? html`<p>${t('tasks.blockedBecause', { reason: task.blockedReason })}</p>` : ''}
        ${editor ? moveForm({ legal: legalColumns(card, blockedFrom()), choice: moveChoice, busy,
                              onChoose: column => { moveChoice = column; draw(); }, onMove: move }) : ''}
      </section>`;
  }

  function attributesView(editor) {
    const card = task.card;
    const percent = progressDraft ?? card.progress;
    return html`
      <section class="panel task-attributes" aria-labelledby="attributes-heading">
        <h2 id="attributes-heading">${t('tasks.attributes')}</h2>
        ${editor ? html`
          <form class="inline-form" @submit=${savePriority}>
            <label>${t('tasks.priority')}
              <select name="priority" data-testid="priority">
                ${PRIORITIES.map(priority => html`<option value=${priority} ?selected=${priority === card.priority}>${priorityLabel(priority)}</option>`)}
              </select></label>
            <button type="submit" ?disabled=${busy}>${t('common.save')}</button>
          </form>
          <form class="inline-form" @submit=${saveDue}>
            <label>${t('tasks.dueDate')}
              <input type="date" name="due" .value=${dueDay(card.dueAt)} data-testid="due"></label>
            <button type="submit" ?disabled=${busy}>${t('common.save')}</button>
            ${card.dueAt ? html`<button type="button" ?disabled=${busy} @click=${removeDue}>${t('tasks.removeDue')}</button>` : ''}
          </form>
          <form class="inline-form" @submit=${saveLabels}>
            <label>${t('tasks.labels')}
              <input name="labels" maxlength="450" .value=${card.labels.join(', ')} aria-describedby="labels-help"
                     data-testid="labels"></label>
            <button type="submit" ?disabled=${busy}>${t('common.save')}</button>
          </form>
          <p class="muted help" id="labels-help">${t('tasks.labelsHelp')}</p>
          <form class="inline-form" @submit=${saveProgress}>
            <label>${t('tasks.progress')}
              <input type="range" name="percent" min="0" max="100" step="5" .value=${String(percent)} data-testid="progress"
                     @input=${event => { progressDraft = Number(event.target.value); draw(); }}></label>
            <output>${t('tasks.progressPercent', { percent })}</output>
            <button type="submit" ?disabled=${busy}>${t('common.save')}</button>
          </form>` : html`
          <dl class="facts">
            <dt>${t('tasks.priority')}</dt><dd>${badge(card.priority, priorityLabel(card.priority))}</dd>
            <dt>${t('tasks.dueDate')}</dt><dd>${card.dueAt ? date(card.dueAt) : t('common.none')}</dd>
            <dt>${t('tasks.labels')}</dt><dd>${card.labels.join(', ') || t('common.none')}</dd>
            <dt>${t('tasks.progress')}</dt><dd><progress max="100" .value=${card.progress}></progress>
              ${t('tasks.progressPercent', { percent: card.progress })}</dd>
          </dl>`}
        ${card.orderId ? html`<p>${t('tasks.linkedOrder')}:
          <a href=${`/orders/${card.orderId}`} data-testid="task-order">${card.orderNumber || card.orderId}</a></p>` : ''}
        <p class="muted">${t('tasks.createdBy', { name: nameOf(task.creatorId), when: dateTime(task.createdAt) })}</p>
      </section>`;
  }

  function peopleView(editor) {
    const card = task.card;
    const candidates = editor ? assignable() : [];
    return html`
      <section class="panel" aria-labelledby="people-heading">
        <h2 id="people-heading">${t('tasks.assignees')}</h2>
        ${card.assignees.length ? html`
          <ul class="people" data-testid="assignees">${card.assignees.map(person => html`
            <li><span>${personName(person)}</span>
              ${editor ? html`<button type="button" class="link" ?disabled=${busy} @click=${() => unassign(person)}
                               aria-label=${t('tasks.unassignName', { name: personName(person) })}>${t('tasks.remove')}</button>` : ''}</li>`)}</ul>`
          : html`<p class="muted">${t('tasks.nobodyAssigned')}</p>`}
        ${editor && candidates.length ? html`
          <form class="inline-form" @submit=${assign}>
            <label>${t('tasks.addAssignee')}
              <select name="accountId" data-testid="add-assignee">
                ${candidates.map(person => html`<option value=${person.accountId}>${personName(person)}</option>`)}
              </select></label>
            <button type="submit" ?disabled=${busy}>${t('common.add')}</button>
          </form>` : ''}
        <h3>${t('tasks.watchers')}</h3>
        ${task.watchers.length ? html`<ul class="people" data-testid="watchers">${task.watchers.map(person => html`<li>${personName(person)}</li>`)}</ul>`
          : html`<p class="muted">${t('tasks.nobodyWatches')}</p>`}
        ${hasRole('OWNER', 'COLLABORATOR', 'AUDITOR') && !card.archived ? html`
          <button type="button" ?disabled=${busy} @click=${toggleWatch} data-testid="watch"
                  aria-pressed=${watching() ? 'true' : 'false'}>${watching() ? t('tasks.unwatch') : t('tasks.watch')}</button>` : ''}
      </section>`;
  }

  function checklistView(editor) {
    const done = task.checklist.filter(item => item.done).length;
    const total = task.checklist.length;
    return html`
      <section class="panel" aria-labelledby="checklist-heading">
        <h2 id="checklist-heading">${t('tasks.checklist')}</h2>
        ${total ? html`
          <div class="checklist-progress">
            <progress max=${total} .value=${done} aria-label=${t('tasks.checklist')}></progress>
            <span data-testid="checklist-count">${t('tasks.checklistDone', { done, total })}</span>
          </div>` : html`<p class="muted">${t('tasks.noItems')}</p>`}
        <ul class="checklist" data-testid="checklist">${task.checklist.map(item => html`
          <li>
            <label class="checkbox"><input type="checkbox" .checked=${item.done} ?disabled=${!editor || busy}
                   @change=${event => tick(item, event.target.checked)}> <span class=${item.done ? 'done' : ''}>${item.text}</span></label>
            ${editor ? html`<button type="button" class="link" ?disabled=${busy} @click=${() => removeItem(item)}
                             aria-label=${t('tasks.removeItem', { text: item.text })}>${t('tasks.remove')}</button>` : ''}
          </li>`)}</ul>
        ${editor ? html`
          <form class="inline-form" @submit=${addItem}>
            <label>${t('tasks.newItem')}<input name="text" required maxlength="300" data-testid="new-item"></label>
            <button type="submit" ?disabled=${busy}>${t('common.add')}</button>
          </form>` : ''}
      </section>`;
  }

  function commentView(one, editor) {
    const own = editor && one.author && one.author.accountId === me.accountId;
    if (editingComment && editingComment.commentId === one.commentId) {
      return html`
        <li class="comment">
          <form @submit=${saveComment}>
            <label>${t('tasks.editComment')}
              <textarea name="text" required maxlength="4000" .value=${editingComment.text} data-testid="edit-comment"></textarea></label>
            <div class="toolbar">
              <button type="submit" class="primary" ?disabled=${busy}>${t('common.save')}</button>
              <button type="button" @click=${() => { editingComment = null; draw(); }}>${t('common.cancel')}</button>
            </div>
          </form>
        </li>`;
    }
    return html`
      <li class="comment" data-testid="comment" data-comment-id=${one.commentId}>
        <p class="comment-head"><strong>${personName(one.author)}</strong>
          <time datetime=${one.createdAt} title=${dateTime(one.createdAt)}>${relative(one.createdAt)}</time>
          ${one.editedAt ? html`<span class="muted" title=${dateTime(one.editedAt)}>${t('tasks.edited')}</span>` : ''}</p>
        <p class="prewrap comment-text">${one.text}</p>
        ${own ? html`
          <div class="toolbar">
            <button type="button" class="link" ?disabled=${busy} data-testid="edit-comment-button" @click=${() => {
              editingComment = { commentId: one.commentId, text: one.text, version: task.card.version, basis: task };
              draw();
              outlet.querySelector('[data-testid=edit-comment]')?.focus();
            }}>${t('common.edit')}</button>
            ${confirmingDelete === one.commentId ? html`
              <span>${t('tasks.confirmDeleteComment')}</span>
              <button type="button" class="danger" ?disabled=${busy} @click=${() => deleteComment(one)}>${t('common.delete')}</button>
              <button type="button" @click=${() => { confirmingDelete = null; draw(); }}>${t('common.cancel')}</button>`
              : html`<button type="button" class="link" @click=${() => { confirmingDelete = one.commentId; draw(); }}>${t('common.delete')}</button>`}
          </div>` : ''}
      </li>`;
  }

  function commentsView(editor) {
    return html`
      <section class="panel" aria-labelledby="comments-heading">
        <h2 id="comments-heading">${t('tasks.comments')} (${task.comments.length})</h2>
        ${task.comments.length ? html`<ol class="comments" data-testid="comments">${task.comments.map(one => commentView(one, editor))}</ol>`
          : html`<p class="muted">${t('tasks.noComments')}</p>`}
        ${hasRole('OWNER', 'COLLABORATOR') && !task.card.archived ? html`
          <form @submit=${addComment} data-testid="comment-form">
            ${comment.view({ label: t('tasks.addComment'), testid: 'comment-text' })}
            <div><button type="submit" class="primary" ?disabled=${busy} data-testid="comment-submit">${t('tasks.postComment')}</button></div>
          </form>` : ''}
      </section>`;
  }

  function activityView() {
    const entries = [...task.activity].reverse();
    return html`
      <section class="panel" aria-labelledby="activity-heading">
        <h2 id="activity-heading">${t('tasks.activity')}</h2>
        <ol class="timeline" data-testid="activity">${entries.map(entry => html`
          <li><time datetime=${entry.at} title=${dateTime(entry.at)}>${relative(entry.at)}</time> ·
            <strong>${nameOf(entry.actorId) || t(`role.${entry.actorRole}`)}</strong> — ${readable(entry.summary)}</li>`)}</ol>
      </section>`;
  }

  function draw() {
    if (signal.aborted) return;
    if (!task) {
      render(html`
        <p><a href="/tasks">${t('tasks.backToBoard')}</a></p>
        ${heading(t('tasks.task'))}
        ${loadProblem ? problemBox(loadProblem) : html`<p class="loading">${t('common.loading')}</p>`}`, outlet);
      return;
    }
    const card = task.card;
    const editor = hasRole('OWNER', 'COLLABORATOR') && !card.archived;
    const involved = card.assignees.some(person => person.accountId === me.accountId) || task.creatorId === me.accountId;
    render(html`
      <p><a href="/tasks">${t('tasks.backToBoard')}</a></p>
      ${heading(card.title)}
      ${card.archived ? html`<p class="notice">${t('tasks.archived')}</p>` : ''}
      ${hasRole('AUDITOR') ? html`<p class="notice">${t('tasks.readOnly')}</p>` : ''}
      ${hasRole('COLLABORATOR') && !involved && !card.archived ? html`<p class="notice">${t('tasks.collaboratorLimit')}</p>` : ''}
      ${staleView()}
      ${problemBox(problem)}
      ${problem && problem.status === 403 && hasRole('COLLABORATOR') ? html`<p class="muted">${t('tasks.collaboratorLimit')}</p>` : ''}
      <div class="task-layout">
        <div class="task-main">
          ${detailsView(editor)}
          ${checklistView(editor)}
          ${commentsView(editor)}
        </div>
        <div class="task-side">
          ${statusView(editor)}
          ${attributesView(editor)}
          ${peopleView(editor)}
        </div>
      </div>
      ${activityView()}`, outlet);
  }

  draw();
  load();
  workspaceMembers({ signal }).then(found => { members = found; if (task) draw(); }).catch(() => {});
  // Someone else's change arrives on the board's stream: read the task again unless a change of ours is running
  // (forms being filled keep their own drafts and versions, so nothing typed is lost or silently overwritten).
  subscribe('/api/tasks/board/live', {
    card: card => {
      if (card.taskId !== taskId || !task || busy || card.version <= task.card.version) return;
      read(card.version).then(fresh => {
        if (busy || fresh.card.version <= task.card.version) return;
        task = fresh;
        draw();
      }).catch(() => {});
    },
  }, { signal });
}
