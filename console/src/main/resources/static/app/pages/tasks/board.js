// The task board: five columns with their counts, cards with what matters at a glance, filters kept in the
// address bar, moves by drag and drop or by the keyboard ("Move to…" on every card), a "New task" form for
// editors, and the board kept live from the query side's stream.
import { html, render } from '/webjars/lit-html/lit-html.js';
import { repeat } from '/webjars/lit-html/directives/repeat.js';
import { get, withQuery } from '../../lib/api.js';
import { date, t } from '../../lib/i18n.js';
import { subscribe } from '../../lib/live.js';
import { navigate } from '../../lib/router.js';
import { hasRole } from '../../lib/session.js';
import { announce, badge, heading, problemBox } from '../../lib/ui.js';
import { COLUMNS, columnLabel, moveNeedsReason, nextColumns, priorityLabel } from './status.js';
import { cardOrder, notOlder, personName } from './fields.js';
import { legalColumns, moveForm, moveTask } from './moves.js';
import { newTaskForm } from './new-task.js';
import { seesAllMembers, workspaceMembers } from './people.js';
import './messages.js';

const FILTERS = ['mine', 'assignee', 'label', 'overdue', 'q'];

export default function mount(outlet, { query, signal }) {
  const filters = Object.fromEntries(FILTERS.filter(name => query[name]).map(name => [name, query[name]]));
  const filtered = Object.keys(filters).length > 0;
  const editor = hasRole('OWNER', 'COLLABORATOR');

  let board = null;
  let loadProblem = null;
  let moveProblem = null; // { problem, card }
  let dragging = null;
  let liveState = 'connecting';
  let liveBoardSeen = false;
  let loads = 0;
  let reloadTimer;
  let members = [];
  let showForm = false;
  let created = null;
  // Filters are open on wide screens and when some are set; on a phone they fold away above the board.
  let filtersOpen = filtered || window.matchMedia('(min-width: 641px)').matches;
  const choices = new Map();
  const moving = new Set();
  signal.addEventListener('abort', () => clearTimeout(reloadTimer));

  const form = newTaskForm({
    members: () => members,
    onCreated: task => {
      created = task;
      showForm = false;
      announce(t('tasks.created', { title: task.title }));
      draw();
      outlet.querySelector('[data-testid=created-task-link]')?.focus();
    },
    onCancel: () => { showForm = false; draw(); outlet.querySelector('[data-testid=new-task]')?.focus(); },
    redraw: () => draw(),
  });

  async function load() {
    const mine = ++loads;
    try {
      const answer = await get('/api/tasks/board', filters, { signal });
      if (mine !== loads || (!filtered && liveBoardSeen)) return;
      board = answer.body;
      loadProblem = null;
    } catch (problem) {
      if (problem.name === 'AbortError') return;
      loadProblem = problem;
    }
    draw();
  }

  // A filtered board cannot be kept from the unfiltered stream's cards alone (the search also reads
  // descriptions): it is read again, shortly after the last change heard.
  function reloadSoon() {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(load, 250);
  }

  function applyCard(card) {
    if (!board) return;
    let previous = null;
    let from = null;
    for (const column of board.columns) {
      const index = column.cards.findIndex(one => one.taskId === card.taskId);
      if (index >= 0) {
        previous = column.cards[index];
        from = column;
      }
    }
    if (!notOlder(card, previous)) return;
    if (from) {
      from.cards = from.cards.filter(one => one.taskId !== card.taskId);
      from.count -= 1;
    }
    if (card.archived) return;
    const to = board.columns.find(column => column.status === card.status);
    if (!to) return;
    to.cards = [...to.cards, card].sort(cardOrder);
    to.count += 1;
  }

  function findCard(taskId) {
    for (const column of board?.columns || []) {
      const card = column.cards.find(one => one.taskId === taskId);
      if (card) return card;
    }
    return null;
  }

  async function move(card, to, reason) {
    moving.add(card.taskId);
    moveProblem = null;
    draw();
    try {
      const version = await moveTask(card, to, reason);
      choices.delete(card.taskId);
      // The stream brings the card as the query side has it; until then it shows where it went.
      const shown = findCard(card.taskId);
      if (!shown || shown.version < version) {
        applyCard({ ...card, status: to, version, overdue: to === 'DONE' ? false : card.overdue });
      }
      announce(t('tasks.moved', { title: card.title, column: columnLabel(to) }));
    } catch (problem) {
      moveProblem = { problem, card };
    } finally {
      moving.delete(card.taskId);
      draw();
      if (moveProblem) outlet.querySelector('[data-testid=move-problem]')?.focus();
      else outlet.querySelector(`[data-task-id="${card.taskId}"] a`)?.focus();
    }
  }

  // Drag and drop: only the legal columns accept the card, and they say so while it is dragged.
  const legalFor = card => (card ? nextColumns(card.status) : []);
  const dragStart = (event, card) => {
    dragging = card;
    event.dataTransfer.setData('text/plain', card.taskId);
    event.dataTransfer.effectAllowed = 'move';
    setTimeout(draw, 0);
  };
  const dragEnd = () => { dragging = null; draw(); };
  const dragOver = (event, status) => {
    if (!legalFor(dragging).includes(status)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  };
  const drop = (event, status) => {
    event.preventDefault();
    const card = dragging || findCard(event.dataTransfer.getData('text/plain'));
    dragging = null;
    if (!card || !legalFor(card).includes(status)) return draw();
    if (moveNeedsReason(status)) {
      choices.set(card.taskId, status);
      draw();
      outlet.querySelector(`[data-task-id="${card.taskId}"] input[name=reason]`)?.focus();
      return;
    }
    move(card, status);
  };

  function applyFilters(event) {
    event.preventDefault();
    const data = new FormData(event.target);
    const chosen = {};
    for (const name of FILTERS) {
      const value = String(data.get(name) || '').trim();
      if (value) chosen[name] = value;
    }
    navigate(withQuery('/tasks', chosen));
  }

  function peopleForFilter() {
    if (seesAllMembers()) return members;
    const seen = new Map();
    for (const column of board?.columns || []) {
      for (const card of column.cards) card.assignees.forEach(person => seen.set(person.accountId, person));
    }
    return [...seen.values()];
  }

  function labelsOnBoard() {
    const labels = new Set();
    for (const column of board?.columns || []) column.cards.forEach(card => card.labels.forEach(label => labels.add(label)));
    return [...labels].sort();
  }

  function filterForm() {
    const people = peopleForFilter();
    return html`
      <details class="filters-toggle" ?open=${filtersOpen} @toggle=${event => { filtersOpen = event.target.open; }}>
      <summary>${t('tasks.filters')}${filtered ? ` (${Object.keys(filters).length})` : ''}</summary>
      <form class="board-filters" role="search" aria-label=${t('tasks.filters')} @submit=${applyFilters}
            data-testid="board-filters">
        <label class="checkbox"><input type="checkbox" name="mine" value="true" ?checked=${filters.mine === 'true'}
               data-testid="filter-mine"> ${t('tasks.myTasks')}</label>
        <label>${t('tasks.assignee')}
          <select name="assignee" data-testid="filter-assignee">
            <option value="">${t('tasks.anyone')}</option>
            ${people.map(person => html`
              <option value=${person.accountId} ?selected=${person.accountId === filters.assignee}>${personName(person)}</option>`)}
            ${filters.assignee && !people.some(person => person.accountId === filters.assignee)
              ? html`<option value=${filters.assignee} selected>${personName(null, filters.assignee)}</option>` : ''}
          </select></label>
        <label>${t('tasks.label')}
          <input name="label" maxlength="40" list="board-labels" .value=${filters.label || ''} data-testid="filter-label"></label>
        <datalist id="board-labels">${labelsOnBoard().map(label => html`<option value=${label}></option>`)}</datalist>
        <label>${t('tasks.due')}
          <select name="overdue" data-testid="filter-overdue">
            <option value="">${t('tasks.anyDue')}</option>
            <option value="true" ?selected=${filters.overdue === 'true'}>${t('tasks.overdueOnly')}</option>
            <option value="false" ?selected=${filters.overdue === 'false'}>${t('tasks.notOverdue')}</option>
          </select></label>
        <label>${t('common.search')}
          <input type="search" name="q" maxlength="100" .value=${filters.q || ''} data-testid="filter-q"></label>
        <button type="submit">${t('common.apply')}</button>
        ${filtered ? html`<a class="button" href="/tasks" data-testid="filter-clear">${t('common.clear')}</a>` : ''}
      </form>
      </details>`;
  }

  function cardView(card) {
    const legal = editor ? legalColumns(card) : [];
    const titleId = `card-title-${card.taskId}`;
    const done = card.checklistDone;
    const total = card.checklistTotal;
    return html`
      <li class="card ${dragging && dragging.taskId === card.taskId ? 'dragging' : ''}" draggable=${legal.length ? 'true' : 'false'}
          data-testid="card" data-task-id=${card.taskId} data-status=${card.status}
          @dragstart=${event => dragStart(event, card)} @dragend=${dragEnd}>
        <a href=${`/tasks/${card.taskId}`} id=${titleId} data-testid="card-title">${card.title}</a>
        <div class="meta">
          ${badge(card.priority, priorityLabel(card.priority))}
          ${card.dueAt ? html`<span>${t('tasks.dueOn', { date: date(card.dueAt) })}</span>` : ''}
          ${card.overdue ? html`<span data-testid="overdue">${badge('overdue', t('tasks.overdue'))}</span>` : ''}
        </div>
        ${card.assignees.length ? html`
          <div class="meta"><span class="visually-hidden">${t('tasks.assignees')}:</span>
            ${card.assignees.map(person => html`<span class="person">${personName(person)}</span>`)}</div>` : ''}
        ${card.labels.length ? html`
          <ul class="chips labels" aria-label=${t('tasks.labels')}>
            ${card.labels.map(label => html`<li class="badge label">${label}</li>`)}</ul>` : ''}
        ${total ? html`
          <div class="checklist-progress">
            <progress max=${total} .value=${done} aria-label=${t('tasks.checklist')}></progress>
            <span>${t('tasks.checklistDone', { done, total })}</span>
          </div>` : ''}
        <div class="meta">
          ${card.progress ? html`<span>${t('tasks.progressPercent', { percent: card.progress })}</span>` : ''}
          <span>${t('tasks.commentCount', { count: card.commentCount })}</span>
          ${card.orderId ? html`<a href=${`/orders/${card.orderId}`} data-testid="card-order">
            ${t('tasks.order', { number: card.orderNumber || card.orderId })}</a>` : ''}
        </div>
        ${moveForm({
          legal,
          choice: choices.get(card.taskId) || '',
          busy: moving.has(card.taskId),
          describedBy: titleId,
          onChoose: column => { choices.set(card.taskId, column); draw(); },
          onMove: (to, reason) => move(card, to, reason),
        })}
      </li>`;
  }

  function columnView(column) {
    const legalDrop = dragging && legalFor(dragging).includes(column.status);
    const headingId = `column-${column.status}`;
    return html`
      <section class="column ${legalDrop ? 'drop-target' : ''} ${dragging && !legalDrop ? 'drop-refused' : ''}"
               aria-labelledby=${headingId} data-testid="column" data-status=${column.status}
               @dragenter=${event => dragOver(event, column.status)} @dragover=${event => dragOver(event, column.status)}
               @drop=${event => drop(event, column.status)}>
        <h2 id=${headingId}>${columnLabel(column.status)}
          <span class="count" data-testid="column-count">${column.count}</span></h2>
        ${legalDrop ? html`<p class="drop-hint">${t('tasks.dropHere')}</p>` : ''}
        ${column.count > column.cards.length
          ? html`<p class="muted">${t('tasks.showingFirst', { shown: column.cards.length, count: column.count })}</p>` : ''}
        <ul class="cards">${repeat(column.cards, card => card.taskId, cardView)}</ul>
        ${column.cards.length === 0 ? html`<p class="muted">${t('tasks.emptyColumn')}</p>` : ''}
      </section>`;
  }

  // On a phone one column fills the screen: the buttons above the board scroll it (and only it) to a column.
  function showColumn(status) {
    const strip = outlet.querySelector('.board');
    const column = outlet.querySelector(`.column[data-status="${status}"]`);
    if (!strip || !column) return;
    strip.scrollTo({ left: column.offsetLeft - strip.offsetLeft, behavior: 'smooth' });
    column.querySelector('h2')?.setAttribute('tabindex', '-1');
    column.querySelector('h2')?.focus({ preventScroll: true });
  }

  function columnJump() {
    return html`
      <nav class="column-jump" aria-label=${t('tasks.columns')}>
        ${board.columns.map(column => html`
          <button type="button" @click=${() => showColumn(column.status)}>
            ${columnLabel(column.status)} (${column.count})</button>`)}
      </nav>`;
  }

  function moveProblemView() {
    if (!moveProblem) return '';
    const { problem, card } = moveProblem;
    const allowed = problem.body?.allowedStatuses;
    return html`
      <div class="problem" role="alert" tabindex="-1" data-testid="move-problem">
        <p>${t('tasks.moveRefused', { title: card.title })}</p>
        ${problem.status === 409 && Array.isArray(allowed)
          ? html`<p>${t('tasks.allowedMoves', { columns: allowed.map(columnLabel).join(', ') || t('common.none') })}</p>`
          : problemBox(problem)}
        ${problem.status === 403 && hasRole('COLLABORATOR') ? html`<p>${t('tasks.collaboratorLimit')}</p>` : ''}
        ${problem.status === 412 ? html`<p>${t('tasks.staleCard')}</p>` : ''}
        <div class="toolbar">
          ${problem.status === 412 ? html`
            <button type="button" @click=${() => { moveProblem = null; load(); }}>${t('common.reload')}</button>` : ''}
          <button type="button" @click=${() => { moveProblem = null; draw(); }}>${t('common.dismiss')}</button>
        </div>
      </div>`;
  }

  function toggleForm() {
    showForm = !showForm;
    created = null;
    draw();
    if (showForm) outlet.querySelector('[name=title]')?.focus();
  }

  function draw() {
    if (signal.aborted) return;
    const liveText = liveState === 'open' ? t('common.live') : liveState === 'reconnecting' ? t('common.reconnecting') : '';
    render(html`
      ${heading(t('tasks.board'))}
      <div class="toolbar">
        ${editor ? html`
          <button type="button" class="primary" aria-expanded=${showForm ? 'true' : 'false'} data-testid="new-task"
                  @click=${toggleForm}>
            ${t('tasks.newTask')}</button>` : ''}
        <span class="spacer"></span>
        <span class="live-state muted" data-testid="live-state">${liveText}</span>
      </div>
      ${showForm ? form() : ''}
      ${created ? html`
        <p class="success" role="status">${t('tasks.createdNotice', { title: created.title })}
          <a href=${`/tasks/${created.taskId}`} data-testid="created-task-link">${t('tasks.openTask')}</a></p>` : ''}
      ${filterForm()}
      ${problemBox(loadProblem)}
      ${moveProblemView()}
      ${board ? html`
        ${columnJump()}
        <div class="board" data-testid="board" tabindex="0" role="region" aria-label=${t('tasks.columns')}>
          ${COLUMNS.map(status => board.columns.find(column => column.status === status)).filter(Boolean).map(columnView)}
        </div>` : html`<p class="loading">${t('common.loading')}</p>`}`, outlet);
  }

  draw();
  load();
  if (editor || seesAllMembers()) {
    workspaceMembers({ signal }).then(found => { members = found; draw(); }).catch(() => {});
  }
  subscribe('/api/tasks/board/live', {
    board: whole => {
      if (filtered) return reloadSoon();
      liveBoardSeen = true;
      board = whole;
      loadProblem = null;
      draw();
    },
    card: card => {
      if (filtered) return reloadSoon();
      applyCard(card);
      draw();
    },
  }, { query: filters, signal, onState: state => { liveState = state; draw(); } });
}
