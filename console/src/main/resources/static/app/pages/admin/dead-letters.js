// Parked events (/admin/dead-letters): what each projection's dead-letter queue holds back and why, retrying a
// sequence or all of a projection's after a fix, and evicting with a reason (recorded on the command side, carried
// out by the query side when it reads the decision, so the page waits for it to appear among the evictions).
import { html, render } from '/webjars/lit-html/lit-html.js';
import './messages.js';
import { historyKind } from '../audit/messages.js';
import { dateTime, number, t } from '../../lib/i18n.js';
import { get, post } from '../../lib/api.js';
import { actions, announce, heading, problemBox } from '../../lib/ui.js';

const PAGE = 20;
const EVICTION_POLL_MILLIS = 500;
const EVICTION_WAIT_MILLIS = 15000;

export default function mount(outlet, { signal }) {
  let overview = null;
  let selected = new URLSearchParams(location.search).get('projection');
  let sequences = null;
  let nextCursor = null;
  let outcomes = {};
  let evicting = null;
  const act = actions(draw);
  const { problems } = act;

  async function loadOverview() {
    overview = (await get('/api/admin/dead-letters', undefined, { signal })).body;
    if (!selected) selected = overview.projections.find(queue => queue.letters > 0)?.projection || null;
  }

  async function loadSequences(cursor) {
    if (!selected) return;
    const page = (await get(`/api/admin/dead-letters/${encodeURIComponent(selected)}`,
      { cursor, limit: PAGE }, { signal })).body;
    sequences = (cursor ? sequences : []).concat(page.items);
    nextCursor = page.nextCursor;
  }

  const readSequences = cursor => act.run('sequences', () => loadSequences(cursor));

  async function refresh() {
    await loadOverview();
    await loadSequences(null);
  }

  function choose(projection) {
    selected = projection;
    sequences = null;
    outcomes = {};
    history.replaceState(null, '', `/admin/dead-letters?projection=${encodeURIComponent(projection)}`);
    draw();
    readSequences(null);
  }

  const retry = (sequence, key) => act.run(key, async () => {
    const answered = (await post(`/api/admin/dead-letters/${encodeURIComponent(selected)}/retries`,
      sequence ? { sequence } : {})).body;
    for (const outcome of answered) outcomes[outcome.sequence] = outcome;
    const projected = answered.filter(outcome => outcome.result === 'PROJECTED').length;
    announce(t('deadLetters.retried', { projected, parked: answered.length - projected }));
    await refresh();
  });

  function askEviction(sequence, letterId) {
    evicting = { sequence, letterId };
    problems.evict = null;
    draw();
    outlet.querySelector('#evict-dialog').showModal();
  }

  function closeEviction() {
    outlet.querySelector('#evict-dialog')?.close();
    evicting = null;
    draw();
  }

  function evict(event) {
    event.preventDefault();
    const reason = event.target.reason.value.trim();
    const onlyFirst = event.target.onlyFirst?.checked;
    return act.run('evict', async () => {
      const recorded = (await post(`/api/admin/dead-letters/${encodeURIComponent(selected)}/evictions`, {
        sequence: evicting.sequence, letterId: onlyFirst ? evicting.letterId : null, reason,
      })).body;
      closeEviction();
      await awaitEviction(recorded.eventId);
      announce(t('deadLetters.evicted', { sequence: recorded.sequence }));
      await loadSequences(null);
    });
  }

  /** The decision is in the event store; the query side drops the letters when it reads it (usually at once). */
  async function awaitEviction(eventId) {
    const deadline = Date.now() + EVICTION_WAIT_MILLIS;
    while (!signal.aborted && Date.now() < deadline) {
      await loadOverview();
      draw();
      if (overview?.recentEvictions.some(done => done.eventId === eventId)) return;
      await new Promise(resolve => setTimeout(resolve, EVICTION_POLL_MILLIS));
    }
    announce(t('deadLetters.evictionPending'));
  }

  function draw() {
    if (signal.aborted) return;
    render(html`
      ${heading(t('deadLetters.title'))}
      <p class="muted">${t('deadLetters.intro')}</p>
      <p><a href="/admin">${t('deadLetters.backToAdmin')}</a></p>
      ${queuesSection()}
      ${selected ? sequencesSection() : ''}
      ${evictionsSection()}
      ${evictDialog()}`, outlet);
  }

  function queuesSection() {
    return html`
      <section class="people-section" aria-labelledby="queues-title">
        <h2 id="queues-title">${t('deadLetters.queues')}</h2>
        ${problemBox(problems.overview)}
        ${overview ? html`
          <div class="table-scroll">
            <table data-testid="dead-letter-queues">
              <thead><tr>
                <th scope="col">${t('admin.projection')}</th>
                <th scope="col" class="number">${t('deadLetters.sequences')}</th>
                <th scope="col" class="number">${t('deadLetters.letters')}</th>
                <th scope="col">${t('deadLetters.oldest')}</th>
                <th scope="col">${t('common.actions')}</th>
              </tr></thead>
              <tbody>${overview.projections.map(queue => html`
                <tr data-projection=${queue.projection} class=${queue.letters > 0 ? 'overdue-row' : ''}>
                  <th scope="row">${queue.projection}</th>
                  <td class="number">${number(queue.sequences)}</td>
                  <td class="number">${number(queue.letters)}</td>
                  <td>${queue.oldestEnqueuedAt ? dateTime(queue.oldestEnqueuedAt) : html`<span class="muted">—</span>`}</td>
                  <td>${queue.letters > 0 ? html`
                    <button type="button" @click=${() => choose(queue.projection)} data-testid=${`show-${queue.projection}`}
                            aria-pressed=${String(selected === queue.projection)}>${t('deadLetters.show')}</button>` : ''}</td>
                </tr>`)}</tbody>
            </table>
          </div>` : html`<p class="loading">${t('common.loading')}</p>`}
      </section>`;
  }

  function sequencesSection() {
    return html`
      <section class="people-section" aria-labelledby="sequences-title" data-testid="parked-sequences">
        <h2 id="sequences-title">${t('deadLetters.parkedIn', { name: selected })}</h2>
        ${problemBox(problems.sequences)}
        ${problemBox(problems.retryAll)}
        ${sequences === null ? html`<p class="loading">${t('common.loading')}</p>`
          : sequences.length === 0 ? html`<p class="muted" data-testid="nothing-parked">${t('deadLetters.nothingParked')}</p>`
          : html`
            <p><button type="button" @click=${() => retry(null, 'retryAll')} ?disabled=${!!act.busy}
                       data-testid="retry-all">${t('deadLetters.retryAll')}</button></p>
            ${sequences.map(sequenceCard)}
            ${nextCursor ? html`<button type="button" @click=${() => readSequences(nextCursor)}>${t('common.loadMore')}</button>` : ''}`}
      </section>`;
  }

  function sequenceCard(parked) {
    const head = parked.firstLetters[0];
    const kind = historyKind(parked.aggregateType);
    const key = `retry-${parked.sequence}`;
    const outcome = outcomes[parked.sequence];
    return html`
      <article class="panel" data-testid="parked-sequence" data-sequence=${parked.sequence}>
        <h3>${parked.aggregateType || t('deadLetters.noAggregate')}
          ${kind ? html`<a href=${`/audit/history/${kind}/${encodeURIComponent(parked.sequence)}`} class="id">${parked.sequence}</a>`
                 : html`<span class="id">${parked.sequence}</span>`}</h3>
        <p>${t('deadLetters.heldBack', { count: number(parked.letters), since: dateTime(parked.firstEnqueuedAt) })}
          · ${t('deadLetters.lastAttempt', { at: dateTime(parked.lastTouchedAt) })}</p>
        ${head ? html`
          <p><strong>${t('deadLetters.cause')}</strong> <code>${head.causeType || ''}</code></p>
          <pre class="cause" data-testid="cause">${head.causeMessage || ''}</pre>` : ''}
        <details>
          <summary>${t('deadLetters.lettersShown', { shown: parked.firstLetters.length, count: parked.letters })}</summary>
          <ol>${parked.firstLetters.map(letter => html`
            <li><code>${letter.eventType}</code>
              ${letter.aggregateSequenceNumber !== null ? html` #${letter.aggregateSequenceNumber}` : ''}
              · ${dateTime(letter.enqueuedAt)} <small class="muted id">${letter.eventId}</small></li>`)}</ol>
        </details>
        ${outcome ? html`<p role="status" data-testid="retry-outcome">${outcome.result === 'PROJECTED'
          ? t('deadLetters.outcomeProjected') : t('deadLetters.outcomeParked', { count: outcome.lettersLeft })}</p>` : ''}
        ${problemBox(problems[key])}
        <div class="toolbar">
          <button type="button" @click=${() => retry(parked.sequence, key)} ?disabled=${!!act.busy}
                  data-testid="retry">${t('deadLetters.retry')}</button>
          <button type="button" class="danger" @click=${() => askEviction(parked.sequence, head?.letterId)}
                  ?disabled=${!!act.busy} data-testid="evict">${t('deadLetters.evict')}</button>
        </div>
      </article>`;
  }

  function evictionsSection() {
    const done = overview?.recentEvictions || [];
    return html`
      <section class="people-section" aria-labelledby="evictions-title">
        <h2 id="evictions-title">${t('deadLetters.evictions')}</h2>
        ${done.length ? html`
          <div class="table-scroll"><table data-testid="evictions">
            <thead><tr>
              <th scope="col">${t('admin.at')}</th>
              <th scope="col">${t('admin.projection')}</th>
              <th scope="col">${t('deadLetters.sequence')}</th>
              <th scope="col" class="number">${t('deadLetters.evictedCount')}</th>
              <th scope="col">${t('admin.reason')}</th>
              <th scope="col">${t('deadLetters.by')}</th>
            </tr></thead>
            <tbody>${done.map(eviction => html`
              <tr data-event-id=${eviction.eventId}>
                <td>${dateTime(eviction.at)}</td>
                <td>${eviction.projection}</td>
                <td class="id">${eviction.sequence}${eviction.letterId ? html` <small class="muted">(${eviction.letterId})</small>` : ''}</td>
                <td class="number">${number(eviction.evicted)}</td>
                <td>${eviction.reason}</td>
                <td class="id">${eviction.adminId}</td>
              </tr>`)}</tbody>
          </table></div>` : html`<p class="muted">${t('deadLetters.noEvictions')}</p>`}
      </section>`;
  }

  function evictDialog() {
    return html`
      <dialog id="evict-dialog" aria-labelledby="evict-title" data-testid="evict-dialog" @close=${() => { evicting = null; }}>
        ${evicting ? html`
          <h2 id="evict-title">${t('deadLetters.evictTitle')}</h2>
          <p>${t('deadLetters.evictText', { sequence: evicting.sequence, name: selected })}</p>
          ${problemBox(problems.evict)}
          <form @submit=${evict}>
            <label>${t('deadLetters.reason')}
              <input name="reason" required maxlength="500" autocomplete="off" data-testid="evict-reason"></label>
            <p class="muted">${t('deadLetters.reasonHint')}</p>
            ${evicting.letterId ? html`
              <label class="checkbox"><input type="checkbox" name="onlyFirst"> ${t('deadLetters.onlyFirst')}</label>` : ''}
            <div class="toolbar">
              <button type="submit" class="danger" ?disabled=${act.busy === 'evict'} data-testid="evict-confirm">${t('deadLetters.evictConfirm')}</button>
              <button type="button" @click=${closeEviction}>${t('common.cancel')}</button>
            </div>
          </form>` : ''}
      </dialog>`;
  }

  draw();
  act.run('overview', refresh);
}
