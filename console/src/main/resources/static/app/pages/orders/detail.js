// The order detail page (/orders/:id): everything about one order, kept live. Owners and collaborators change
// it; every change sends the version the person was last *shown* (If-Match), never a newer one fetched behind
// their back. A 412 is never retried: the conflict panel says who changed what since, keeps the person's input
// and offers to reload. A live update never overwrites what someone is typing: it waits behind a notice.
// The sections are drawn by detail-*.js; this module holds the state, the live stream and the change cycle.
import { html, render } from '/webjars/lit-html/lit-html.js';
import './detail-messages.js';
import { t } from '../../lib/i18n.js';
import { get, Problem } from '../../lib/api.js';
import { subscribe } from '../../lib/live.js';
import { hasRole } from '../../lib/session.js';
import { announce, heading, problemBox } from '../../lib/ui.js';
import { nextStatuses } from './status.js';
import { people } from './detail-people.js';
import { customerView, headerView, linesView, tagsView, tasksView } from './detail-views.js';
import { movesView } from './detail-status.js';
import { notesView } from './detail-notes.js';
import { attachmentsView } from './detail-attachments.js';
import { conflictView, heldNotice, timelineView } from './detail-timeline.js';

// How long to wait for the timeline to show the change that made a 412 (it is projected on its own).
const HISTORY_TRIES = 10;
const HISTORY_PAUSE_MILLIS = 300;
const FIRST_READ_WAIT_MILLIS = 2000;

export default async function mount(outlet, { params, query, signal }) {
  const page = {
    orderId: params.id,
    path: `/api/orders/${encodeURIComponent(params.id)}`,
    order: null, // the detail as shown: its version is what every change sends as If-Match
    held: null, // a newer detail from the live stream, not shown yet because the person is typing
    conflict: null, // { mine, current, fresh, changes, input, drop } after a 412
    problem: null, // { where, problem } or { where, text }: a refusal shown in the section it concerns
    notice: null,
    notFound: false,
    loadProblem: null,
    busy: false,
    liveState: 'connecting',
    newestFirst: true,
    confirming: null, // the key of a deletion waiting for its confirmation
    upload: null, // { name, fraction } while a file is on its way
    fileChosen: false,
    focus: null, // a selector (or a list, by preference) to focus after the next draw
    drafts: { move: null, newNote: '', editNote: null, tag: '' },
    canEdit: hasRole('OWNER', 'COLLABORATOR'),
    names: people(),
    draw,
    change,
    problemFor,
  };

  // The timeline is projected apart from the rest of the detail, so an entry may first arrive with a detail of an
  // older version (or not with the one read after a change): every entry seen is kept, the latest copy winning.
  const seenHistory = new Map();
  function withSeenHistory(detail) {
    for (const entry of detail.history) seenHistory.set(entry.version, entry);
    if (seenHistory.size === detail.history.length) return detail;
    return { ...detail, history: [...seenHistory.values()].sort((a, b) => a.version - b.version) };
  }

  /** Shows `detail`; a form whose target no longer exists closes. Answers whether a draft was dropped. */
  function show(received) {
    const detail = withSeenHistory(received);
    if (page.held && page.held.version <= detail.version) page.held = null;
    page.order = detail;
    page.names.learn(detail);
    const drafts = page.drafts;
    let dropped = false;
    if (drafts.move && !nextStatuses(detail.status).includes(drafts.move.to)) {
      drafts.move = null;
      dropped = true;
    }
    if (drafts.editNote && !detail.notes.some(note => note.noteId === drafts.editNote.noteId)) {
      drafts.editNote = null;
      dropped = true;
    }
    return dropped;
  }

  /** Whether the person has typed something not yet saved. */
  function typing() {
    const d = page.drafts;
    return Boolean((d.move && (d.move.reason || d.move.carrier || d.move.trackingNumber))
      || d.newNote.trim() || (d.editNote && d.editNote.text !== d.editNote.original) || d.tag.trim()
      || page.fileChosen);
  }

  function onLive(received) {
    if (!received || !page.order) return;
    const detail = withSeenHistory(received);
    if (detail.version < page.order.version) {
      // Older than shown, but it may carry history entries the shown one lacks.
      const merged = withSeenHistory(page.order);
      if (merged !== page.order) {
        page.order = merged;
        draw();
      }
      return;
    }
    if (detail.version === page.order.version) {
      // The same version again (the stream's first event, or the timeline catching up): nothing to keep apart.
      page.order = detail;
      page.names.learn(detail);
    } else if (page.busy || page.conflict || typing()) {
      if (!page.held || detail.version >= page.held.version) page.held = detail;
    } else {
      show(detail);
    }
    draw();
  }

  /** After a change: a held update older than what is shown is moot; a newer one shows if nobody types. */
  function releaseHeld() {
    if (!page.held) return;
    if (page.held.version <= page.order.version) page.held = null;
    else if (!typing() && !page.conflict) show(page.held);
  }

  /**
   * Sends one change with the shown version as If-Match (`send(ifMatch)`), then reads the order at the answered
   * version (read-your-writes) and redraws. `input` describes the person's unsaved input for the conflict
   * panel and `field` where it is typed (focused again after "Reload and review"); `done` clears the draft after
   * success, `drop` when the person cancels after a conflict.
   */
  async function change({ where, send, input = '', field, done, drop, announced, always }) {
    if (page.busy || !page.order) return;
    page.busy = true;
    page.problem = null;
    page.notice = null;
    page.confirming = null;
    draw();
    try {
      const answer = await send(page.order.version);
      if (done) done();
      const fresh = await get(page.path, { minVersion: answer.version }, { signal });
      show(fresh.body);
      if (announced) announce(typeof announced === 'function' ? announced() : announced);
    } catch (problem) {
      if (problem && problem.name === 'AbortError') return;
      if (problem instanceof Problem && problem.type === 'stale-version') {
        await conflictFrom(problem, { input, field, drop }, where);
      } else {
        page.problem = { where, problem };
        page.focus = `[data-problem-of=${where}]`;
      }
    } finally {
      page.busy = false;
      if (always) always();
      if (!signal.aborted) {
        releaseHeld();
        draw();
      }
    }
  }

  async function conflictFrom(problem, kept, where) {
    const mine = page.order.version;
    const current = Number(problem.body && problem.body.currentVersion) || mine + 1;
    try {
      const fresh = withSeenHistory(await freshDetail(current));
      page.conflict = {
        mine, current: fresh.version, fresh, ...kept,
        changes: fresh.history.filter(entry => entry.version > mine),
      };
      page.focus = '[data-testid=conflict-panel]';
    } catch (failure) {
      if (failure && failure.name === 'AbortError') return;
      page.problem = { where, problem: failure };
    }
  }

  /** The order at `current` or later, once its timeline shows the change too (briefly waited for). */
  async function freshDetail(current) {
    for (let attempt = 1; ; attempt++) {
      const fresh = (await get(page.path, { minVersion: current }, { signal })).body;
      const seen = Math.max(-1, ...fresh.history.map(entry => entry.version));
      if (seen >= current || attempt >= HISTORY_TRIES) return fresh;
      await new Promise(resolve => setTimeout(resolve, HISTORY_PAUSE_MILLIS));
    }
  }

  /** "Reload and review": the order as it is now, with the person's input still in its form. */
  page.reloadAfterConflict = () => {
    const { fresh, input, field } = page.conflict;
    page.conflict = null;
    const dropped = show(page.held && page.held.version > fresh.version ? page.held : fresh);
    page.notice = dropped ? t('orderDetail.conflictGone') : input ? t('orderDetail.conflictReloaded') : null;
    page.focus = [field, '[data-testid=detail-notice]', 'h1'].filter(Boolean);
    draw();
  };

  /** "Cancel": the change is abandoned (its draft dropped) and the order shown as it is now. */
  page.cancelConflict = () => {
    const { fresh, drop } = page.conflict;
    page.conflict = null;
    if (drop) drop();
    show(page.held && page.held.version > fresh.version ? page.held : fresh);
    draw();
  };

  /** The notice's "Reload": shows the held update; drafts stay in their forms. */
  page.showHeld = () => {
    if (!page.held) return;
    if (show(page.held)) page.notice = t('orderDetail.conflictGone');
    draw();
  };

  function problemFor(where) {
    const shown = page.problem;
    if (!shown || shown.where !== where) return '';
    const box = shown.text
      ? html`<div class="problem" role="alert" tabindex="-1" data-testid="problem">${shown.text}</div>`
      : shown.problem instanceof Problem && shown.problem.status === 413
        ? html`<div class="problem" role="alert" tabindex="-1" data-testid="problem">${t('orderDetail.tooLarge')}</div>`
        : problemBox(shown.problem);
    return html`<div data-problem-of=${where} tabindex="-1">${box}</div>`;
  }

  function draw() {
    if (signal.aborted) return;
    if (page.notFound) {
      render(html`
        <section class="panel" data-testid="order-not-found">
          ${heading(t('orderDetail.notFoundTitle'))}
          <p>${t('orderDetail.notFound')}</p>
          <p><a href="/orders">${t('orderDetail.backToList')}</a></p>
        </section>`, outlet);
      return;
    }
    if (!page.order) {
      render(html`
        ${heading(t('orderDetail.loadingTitle'))}
        ${page.loadProblem
          ? html`${problemBox(page.loadProblem)}<button type="button" @click=${load}>${t('common.reload')}</button>`
          : html`<p class="loading">${t('common.loading')}</p>`}`, outlet);
      return;
    }
    render(html`
      <article class="order-detail" data-testid="order-detail" aria-busy=${page.busy ? 'true' : 'false'}>
        ${headerView(page)}
        ${conflictView(page)}
        <div role="status" class="order-detail-announcements">${heldNotice(page)}${page.notice
          ? html`<p class="notice" tabindex="-1" data-testid="detail-notice">${page.notice}</p>` : ''}</div>
        <div class="order-detail-body">
          <div class="order-detail-main">
            ${movesView(page)}
            ${linesView(page)}
            ${notesView(page)}
            ${attachmentsView(page)}
            ${timelineView(page)}
          </div>
          <div class="order-detail-side">
            ${customerView(page)}
            ${tagsView(page)}
            ${tasksView(page)}
          </div>
        </div>
      </article>`, outlet);
    if (page.focus) {
      // The first of the selectors (in their order of preference) that finds something.
      const wanted = [].concat(page.focus);
      page.focus = null;
      const target = wanted.map(selector => outlet.querySelector(selector)).find(Boolean);
      if (target) target.focus();
    }
  }

  // A just-recorded order may not be projected yet: the first read waits briefly for it to exist (minVersion 0,
  // or the version the previous page's command answered), so only a truly unknown id is "not found".
  const firstRead = {
    minVersion: /^\d+$/.test(query.minVersion || '') ? query.minVersion : 0,
    waitMillis: FIRST_READ_WAIT_MILLIS,
  };
  let live = false;
  async function load() {
    page.loadProblem = null;
    try {
      show((await get(page.path, firstRead, { signal })).body);
      if (!live) startLive();
    } catch (problem) {
      if (problem && problem.name === 'AbortError') return;
      // An id of another workspace is 404; a malformed one (400) is just as much not an order here.
      if (problem instanceof Problem && (problem.status === 404 || problem.status === 400)) page.notFound = true;
      else page.loadProblem = problem;
    }
    draw();
  }

  function startLive() {
    live = true;
    subscribe(`${page.path}/live`, { order: onLive }, {
      signal,
      onState: state => {
        if (state === page.liveState) return;
        page.liveState = state;
        draw();
      },
    });
    if (hasRole('OWNER', 'AUDITOR')) {
      // Members' names for "who" (collaborators may not list members; they see roles instead).
      get('/api/workspace/members', {}, { signal })
        .then(answer => { page.names.learnMembers(answer.body); draw(); })
        .catch(() => {});
    }
  }

  await load();
}
