// The platform admin's page: the read models (with rebuilds, their progress and a link to parked events), the
// support and privacy request queue (anchor #support), erasures due and done, and unlocking any account.
import { html, render } from '/webjars/lit-html/lit-html.js';
import './messages.js';
import { SUPPORT_KINDS, SUPPORT_STATUSES, dueText, kindLabel, supportStatusBadge } from '../support/messages.js';
import { dateTime, number, t } from '../../lib/i18n.js';
import { get, post } from '../../lib/api.js';
import { announce, formValues, heading, problemBox } from '../../lib/ui.js';

// The query side offers no stream of projection progress (its live views are orders, tasks and notifications),
// so the page polls GET /api/admin/projections every second while a rebuild is under way, and stops after.
const POLL_MILLIS = 1000;

const rebuilding = projection => !!projection.rebuildStartedAt && !projection.rebuildFinishedAt;

/** How far a projection has read: position and head are global event indexes, -1 before the first event. */
function percent(projection) {
  if (projection.rebuildFinishedAt) return 100;
  const total = projection.head + 1;
  if (total <= 0) return 100;
  return Math.max(0, Math.min(100, Math.floor(((projection.position + 1) / total) * 100)));
}

export default function mount(outlet, { signal }) {
  let projections = null;
  let queue = null;
  let nextCursor = null;
  let filter = { status: ['OPEN', 'ANSWERED'], kind: '', overdue: '' };
  let erasures = null;
  let parked = null;
  const problems = {};
  let confirming = null;
  let busy = null;
  let pollTimer = null;
  let scrolled = false;
  signal.addEventListener('abort', () => clearTimeout(pollTimer));

  async function guarded(name, action) {
    problems[name] = null;
    try {
      await action();
    } catch (refusal) {
      if (refusal.name === 'AbortError') return;
      problems[name] = refusal;
    }
    draw();
  }

  const readProjections = () => guarded('projections', async () => {
    const before = new Set((projections || []).filter(rebuilding).map(p => p.projection));
    projections = (await get('/api/admin/projections', undefined, { signal })).body;
    for (const projection of projections) {
      if (before.has(projection.projection) && !rebuilding(projection)) {
        announce(t('admin.rebuildDone', { name: projection.projection }));
      }
    }
    schedulePoll();
  });

  function schedulePoll() {
    clearTimeout(pollTimer);
    if (signal.aborted || !projections) return;
    if (projections.some(rebuilding)) {
      pollTimer = setTimeout(readProjections, POLL_MILLIS);
    }
  }

  const readQueue = cursor => guarded('queue', async () => {
    const page = (await get('/api/admin/support/requests', { ...filter, cursor, limit: 100 }, { signal })).body;
    queue = (cursor ? queue : []).concat(page.items);
    nextCursor = page.nextCursor;
  });

  const readParked = () => guarded('parked', async () => {
    const overview = (await get('/api/admin/dead-letters', undefined, { signal })).body;
    parked = overview.projections.reduce((sum, queue) => sum + queue.letters, 0);
  });

  const readErasures = () => guarded('erasures', async () => {
    erasures = (await get('/api/admin/privacy/erasures', { limit: 100 }, { signal })).body;
  });

  function askRebuild(name) {
    confirming = name;
    problems.rebuild = null;
    draw();
    outlet.querySelector('#rebuild-dialog').showModal();
  }

  function closeRebuild() {
    outlet.querySelector('#rebuild-dialog')?.close();
    confirming = null;
    draw();
  }

  async function rebuild(event) {
    event.preventDefault();
    const name = confirming;
    busy = 'rebuild';
    problems.rebuild = null;
    draw();
    try {
      const started = (await post(`/api/admin/projections/${encodeURIComponent(name)}/rebuild`)).body;
      const byName = new Map(started.map(progress => [progress.projection, progress]));
      projections = projections.map(projection => byName.get(projection.projection) || projection);
      closeRebuild();
      announce(t('admin.rebuildStarted', { name }));
      schedulePoll();
    } catch (refusal) {
      problems.rebuild = refusal;
    } finally {
      busy = null;
      draw();
    }
  }

  function applyFilter(event) {
    event.preventDefault();
    const form = event.target;
    filter = {
      status: [...form.querySelectorAll('input[name=status]:checked')].map(box => box.value),
      kind: form.kind.value,
      overdue: form.overdue.value,
    };
    readQueue(null);
  }

  const unlock = (accountId, key) => guarded(key, async () => {
    await post(`/api/admin/accounts/${encodeURIComponent(accountId)}/unlock`);
    announce(t('admin.unlocked', { id: accountId }));
  });

  function unlockForm(event) {
    event.preventDefault();
    const { accountId = '' } = formValues(event.target);
    if (accountId) unlock(accountId, 'unlock');
  }

  function draw() {
    if (signal.aborted) return;
    render(html`
      ${heading(t('admin.title'))}
      ${projectionsSection()}
      ${queueSection()}
      <div class="grid-2">
        ${erasuresSection()}
        ${unlockSection()}
      </div>
      ${rebuildDialog()}`, outlet);
    // The shell's "Support queue" entry links /admin#support: scroll once the tables above have their height.
    if (!scrolled && queue && (projections || problems.projections) && location.hash === '#support') {
      scrolled = true;
      outlet.querySelector('#support')?.scrollIntoView();
    }
  }

  function projectionsSection() {
    return html`
      <section class="people-section" aria-labelledby="projections-title">
        <h2 id="projections-title">${t('admin.projections')}</h2>
        <p class="muted">${t('admin.projectionsIntro')}</p>
        ${problemBox(problems.projections)}
        ${projections ? html`
          <div class="table-scroll">
            <table data-testid="projections">
              <thead><tr>
                <th scope="col">${t('admin.projection')}</th>
                <th scope="col">${t('admin.state')}</th>
                <th scope="col" class="number">${t('admin.position')}</th>
                <th scope="col" class="number">${t('admin.lag')}</th>
                <th scope="col">${t('admin.lastRebuild')}</th>
                <th scope="col">${t('common.actions')}</th>
              </tr></thead>
              <tbody>${projections.map(projectionRow)}</tbody>
            </table>
          </div>
          <p><button type="button" @click=${() => askRebuild('all')}>${t('admin.rebuildAll')}</button></p>
          ${problemBox(problems.parked)}
          <p data-testid="parked-events">${parked
            ? html`<a href="/admin/dead-letters" class="parked-link">${t('admin.parkedLink', { count: number(parked) })}</a>`
            : html`<a href="/admin/dead-letters">${t('admin.parked')}</a>`}</p>`
          : html`<p class="loading">${t('common.loading')}</p>`}
      </section>`;
  }

  function projectionRow(projection) {
    const name = projection.projection;
    // Axon keeps a processor "replaying" until it handles an event past the reset; a finished rebuild is caught up.
    const replaying = projection.replaying && !projection.rebuildFinishedAt;
    const state = replaying ? 'replaying' : projection.caughtUp ? 'caughtUp' : projection.running ? 'running' : 'stopped';
    const lag = Math.max(0, projection.head - projection.position);
    return html`
      <tr data-projection=${name}>
        <th scope="row">${name}</th>
        <td><span class=${`badge badge-projection-${state.toLowerCase()}`}>${t(`admin.state.${state}`)}</span></td>
        <td class="number">${number(projection.position)} / ${number(projection.head)}</td>
        <td class="number">${t('admin.events', { count: number(lag) })}</td>
        <td>${projection.rebuildStartedAt ? rebuildProgress(projection) : html`<span class="muted">${t('admin.never')}</span>`}</td>
        <td>${projection.rebuildable
          ? html`<button type="button" @click=${() => askRebuild(name)} ?disabled=${rebuilding(projection)}
                         data-testid=${`rebuild-${name}`}>${t('admin.rebuild')}</button>`
          : html`<span class="muted">${t('admin.notRebuildable')}</span>`}</td>
      </tr>`;
  }

  function rebuildProgress(projection) {
    const name = projection.projection;
    const done = !!projection.rebuildFinishedAt;
    const value = percent(projection);
    return html`
      <div class="rebuild-progress" data-testid=${`rebuild-progress-${name}`} data-state=${done ? 'done' : 'running'}>
        <progress max="100" .value=${value} aria-label=${t('admin.progress', { name })}>${value} %</progress>
        <span aria-live="polite">${done ? t('admin.done') : t('admin.percent', { percent: value })}</span>
        <small class="muted">${done
          ? t('admin.startedFinished', { started: dateTime(projection.rebuildStartedAt), finished: dateTime(projection.rebuildFinishedAt) })
          : t('admin.startedOnly', { started: dateTime(projection.rebuildStartedAt) })}
          ${projection.eventsPerSecond ? html` · ${t('admin.rate', { rate: number(projection.eventsPerSecond, { maximumFractionDigits: 0 }) })}` : ''}</small>
      </div>`;
  }

  function queueSection() {
    return html`
      <section class="people-section" id="support" aria-labelledby="queue-title" tabindex="-1">
        <h2 id="queue-title">${t('admin.queue')}</h2>
        <p class="muted">${t('admin.queueIntro')}</p>
        <form class="inline-form panel" @submit=${applyFilter} data-testid="queue-filter">
          <fieldset>
            <legend>${t('admin.filterStatus')}</legend>
            ${SUPPORT_STATUSES.map(status => html`
              <label class="checkbox"><input type="checkbox" name="status" value=${status}
                     ?checked=${filter.status.includes(status)}> ${t(`support.status.${status}`)}</label>`)}
          </fieldset>
          <label>${t('admin.filterKind')}
            <select name="kind">
              <option value="">${t('admin.any')}</option>
              ${SUPPORT_KINDS.map(kind => html`<option value=${kind} ?selected=${filter.kind === kind}>${kindLabel(kind)}</option>`)}
            </select></label>
          <label>${t('admin.filterOverdue')}
            <select name="overdue">
              <option value="" ?selected=${filter.overdue === ''}>${t('admin.any')}</option>
              <option value="true" ?selected=${filter.overdue === 'true'}>${t('admin.overdueOnly')}</option>
              <option value="false" ?selected=${filter.overdue === 'false'}>${t('admin.notOverdue')}</option>
            </select></label>
          <button type="submit">${t('common.apply')}</button>
        </form>
        ${problemBox(problems.queue)}
        ${queue === null ? html`<p class="loading">${t('common.loading')}</p>` : queueTable()}
      </section>`;
  }

  function queueTable() {
    if (!queue.length) return html`<p class="muted" data-testid="queue-empty">${t('admin.queueEmpty')}</p>`;
    return html`
      <div class="table-scroll">
        <table data-testid="support-queue">
          <thead><tr>
            <th scope="col">${t('support.dueAt')}</th>
            <th scope="col">${t('support.subject')}</th>
            <th scope="col">${t('support.kind')}</th>
            <th scope="col">${t('support.status')}</th>
            <th scope="col">${t('admin.requester')}</th>
            <th scope="col">${t('support.submittedAt')}</th>
            <th scope="col">${t('common.actions')}</th>
          </tr></thead>
          <tbody>
            ${queue.map(request => html`
              <tr data-request-id=${request.requestId} class=${request.overdue ? 'overdue-row' : ''}>
                <td>${dueText(request)}</td>
                <td><a href=${`/admin/support/${request.requestId}`}>${request.subject}</a></td>
                <td>${kindLabel(request.kind)}</td>
                <td>${supportStatusBadge(request.status)}</td>
                <td>${request.requesterName}</td>
                <td>${dateTime(request.submittedAt)}</td>
                <td>
                  <button type="button" @click=${() => unlock(request.requesterId, `unlock-${request.requestId}`)}>${t('admin.unlockRequester')}</button>
                  ${problemBox(problems[`unlock-${request.requestId}`])}
                </td>
              </tr>`)}
          </tbody>
        </table>
      </div>
      ${nextCursor ? html`<button type="button" @click=${() => readQueue(nextCursor)}>${t('common.loadMore')}</button>` : ''}`;
  }

  function erasuresSection() {
    return html`
      <section class="panel" aria-labelledby="erasures-title">
        <h2 id="erasures-title">${t('admin.erasures')}</h2>
        ${problemBox(problems.erasures)}
        ${erasures ? html`
          <h3>${t('admin.erasuresDue')}</h3>
          ${erasures.due.length ? html`
            <div class="table-scroll"><table data-testid="erasures-due">
              <thead><tr><th scope="col">${t('admin.kind')}</th><th scope="col">${t('admin.subject')}</th>
                <th scope="col">${t('admin.dueAt')}</th><th scope="col">${t('admin.reason')}</th></tr></thead>
              <tbody>${erasures.due.map(due => html`
                <tr><td>${due.kind}</td><td class="id">${due.id}</td><td>${dateTime(due.dueAt)}</td><td>${due.reason}</td></tr>`)}</tbody>
            </table></div>` : html`<p class="muted">${t('admin.noneDue')}</p>`}
          <h3>${t('admin.erasuresDone')}</h3>
          ${erasures.erasedOrExpired.length ? html`
            <div class="table-scroll"><table data-testid="erasures-done">
              <thead><tr><th scope="col">${t('admin.subject')}</th><th scope="col">${t('admin.at')}</th>
                <th scope="col">${t('admin.reason')}</th></tr></thead>
              <tbody>${erasures.erasedOrExpired.map(done => html`
                <tr><td class="id">${done.subject}</td><td>${dateTime(done.at)}</td><td>${done.reason}</td></tr>`)}</tbody>
            </table></div>` : html`<p class="muted">${t('admin.noneDone')}</p>`}`
          : problems.erasures ? '' : html`<p class="loading">${t('common.loading')}</p>`}
      </section>`;
  }

  function unlockSection() {
    return html`
      <section class="panel" aria-labelledby="unlock-title">
        <h2 id="unlock-title">${t('admin.unlock')}</h2>
        <p class="muted">${t('admin.unlockIntro')}</p>
        ${problemBox(problems.unlock)}
        <form class="inline-form" @submit=${unlockForm} data-testid="unlock-form">
          <label>${t('admin.accountId')}
            <input name="accountId" required maxlength="64" pattern="[A-Za-z0-9-]{1,64}" autocomplete="off"></label>
          <button type="submit">${t('admin.unlockButton')}</button>
        </form>
      </section>`;
  }

  function rebuildDialog() {
    const name = confirming === 'all' ? t('admin.rebuildAll') : confirming;
    return html`
      <dialog id="rebuild-dialog" aria-labelledby="rebuild-title" data-testid="rebuild-dialog" @close=${() => { confirming = null; }}>
        ${confirming ? html`
          <h2 id="rebuild-title">${t('admin.rebuildTitle', { name })}</h2>
          <p>${t('admin.rebuildText')}</p>
          ${problemBox(problems.rebuild)}
          <form class="toolbar" @submit=${rebuild}>
            <button type="submit" class="danger" ?disabled=${busy === 'rebuild'} data-testid="rebuild-confirm">${t('admin.rebuildConfirm')}</button>
            <button type="button" @click=${closeRebuild}>${t('common.cancel')}</button>
          </form>` : ''}
      </dialog>`;
  }

  draw();
  readProjections();
  readQueue(null);
  readErasures();
  readParked();
}
