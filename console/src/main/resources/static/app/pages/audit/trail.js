// The audit trail: search with filters kept in the address bar (so a search can be shared or reloaded), a page at
// a time with "Load more", downloads of every matching entry, and — for auditors and the admin — the hash-chain
// verification with the verifiable export.
import { html, render } from '/webjars/lit-html/lit-html.js';
import { historyKind, roleName } from './messages.js';
import { currentTimeZone, dateTime, number, t } from '../../lib/i18n.js';
import { get, withQuery } from '../../lib/api.js';
import { hasRole } from '../../lib/session.js';
import { announce, badge, formValues, heading, problemBox } from '../../lib/ui.js';
import { instantOf, localValueOf } from './zoned-time.js';

const FILTERS = ['actor', 'aggregateType', 'aggregateId', 'eventType', 'ip', 'outcome', 'from', 'to'];
const TYPES = ['Order', 'Task', 'Account', 'Workspace'];
const OUTCOMES = ['SUCCEEDED', 'FAILED', 'DENIED', 'REJECTED'];
const PAGE_SIZE = 50;

export default function mount(outlet, { query, signal }) {
  // A fresh element per visit: lit-html remembers its place in the container it rendered into, and the router
  // empties the outlet between pages, so rendering into the outlet itself after another page would fail.
  const view = outlet.appendChild(document.createElement('div'));
  const zone = currentTimeZone();
  let filters = pick(query);
  let entries = [];
  let nextCursor = null;
  let loading = false;
  let problem = null;
  let chain = null;
  let chainProblem = null;
  let verifying = false;
  const canVerify = hasRole('AUDITOR', 'ADMIN');

  let latest = 0; // only the newest search's answer is shown, whatever order the answers arrive in

  async function load(more = false) {
    const ticket = ++latest;
    loading = true;
    problem = null;
    draw();
    try {
      const answer = await get('/api/audit', { ...filters, limit: PAGE_SIZE, cursor: more ? nextCursor : undefined },
        { signal });
      if (ticket !== latest) return;
      entries = more ? entries.concat(answer.body.items) : answer.body.items;
      nextCursor = answer.body.nextCursor;
      if (more) announce(t('audit.shown', { count: entries.length }));
    } catch (refusal) {
      if (refusal.name === 'AbortError' || ticket !== latest) return;
      problem = refusal;
    }
    loading = false;
    draw();
  }

  function search(event) {
    event.preventDefault();
    const values = formValues(event.target);
    filters = pick({ ...values, from: instantOf(values.from, zone), to: instantOf(values.to, zone) });
    // The search lives in the address bar; going back shows the previous search (the router mounts it again).
    history.pushState(null, '', withQuery('/audit', filters));
    load();
  }

  function clear() {
    filters = {};
    history.pushState(null, '', '/audit');
    outlet.querySelector('form.audit-filters')?.reset();
    load();
  }

  function onlyActor(actorId) {
    filters = { ...filters, actor: actorId };
    history.pushState(null, '', withQuery('/audit', filters));
    load();
  }

  async function verify(event) {
    event.preventDefault();
    const { expectPosition, expectHead } = formValues(event.target);
    verifying = true;
    chainProblem = null;
    draw();
    try {
      chain = { ...(await get('/api/audit/chain/verification', { expectPosition, expectHead }, { signal })).body,
        checkedAt: new Date().toISOString() };
      announce(chain.intact ? t('audit.chain.intact') : t('audit.chain.broken'));
    } catch (refusal) {
      if (refusal.name === 'AbortError') return;
      chainProblem = refusal;
    }
    verifying = false;
    draw();
  }

  function draw() {
    render(html`
      ${heading(t('audit.title'))}
      <p class="muted">${t('audit.intro')}</p>
      ${filterForm()}
      ${exportLinks()}
      ${problemBox(problem)}
      ${table()}
      ${canVerify ? chainPanel() : ''}`, view);
  }

  function filterForm() {
    const f = filters;
    return html`
      <form class="panel audit-filters" @submit=${search} role="search" aria-labelledby="audit-filters-title"
            data-testid="audit-filters">
        <h2 id="audit-filters-title">${t('audit.filters')}</h2>
        <div class="audit-filter-grid">
          <label>${t('audit.actor')}<input name="actor" .value=${f.actor || ''} maxlength="64" data-testid="filter-actor"></label>
          <label>${t('audit.aggregateType')}
            <select name="aggregateType" data-testid="filter-aggregate-type">
              <option value="">${t('audit.any')}</option>
              ${TYPES.map(type => html`<option value=${type} ?selected=${f.aggregateType === type}>${t(`audit.type.${type}`)}</option>`)}
            </select></label>
          <label>${t('audit.aggregateId')}<input name="aggregateId" .value=${f.aggregateId || ''} maxlength="64" data-testid="filter-aggregate-id"></label>
          <label>${t('audit.eventType')}<input name="eventType" .value=${f.eventType || ''} maxlength="100" placeholder="OrderStatusChanged" data-testid="filter-event-type"></label>
          <label>${t('audit.ip')}<input name="ip" .value=${f.ip || ''} maxlength="64" data-testid="filter-ip"></label>
          <label>${t('audit.outcome')}
            <select name="outcome" data-testid="filter-outcome">
              <option value="">${t('audit.any')}</option>
              ${OUTCOMES.map(outcome => html`<option value=${outcome} ?selected=${f.outcome === outcome}>${t(`audit.outcome.${outcome}`)}</option>`)}
            </select></label>
          <label>${t('audit.from')}<input name="from" type="datetime-local" step="1" .value=${localValueOf(f.from, zone)} data-testid="filter-from"></label>
          <label>${t('audit.to')}<input name="to" type="datetime-local" step="1" .value=${localValueOf(f.to, zone)} data-testid="filter-to"></label>
        </div>
        <p class="muted">${t('audit.zoneHint', { zone })}</p>
        <div class="toolbar">
          <button type="submit" class="primary" data-testid="audit-search">${t('common.search')}</button>
          <button type="button" @click=${clear}>${t('common.clear')}</button>
        </div>
      </form>`;
  }

  function exportLinks() {
    return html`
      <div class="toolbar" role="group" aria-label=${t('audit.export')}>
        <span>${t('audit.export')}:</span>
        <a class="button" download href=${withQuery('/api/audit/export', { format: 'ndjson', ...filters })}
           data-testid="export-ndjson">${t('audit.exportNdjson')}</a>
        <a class="button" download href=${withQuery('/api/audit/export', { format: 'csv', ...filters })}
           data-testid="export-csv">${t('audit.exportCsv')}</a>
        <span class="muted">${t('audit.exportHint')}</span>
      </div>`;
  }

  function table() {
    if (loading && entries.length === 0) return html`<p class="loading" role="status">${t('common.loading')}</p>`;
    if (!problem && entries.length === 0) return html`<p class="notice" data-testid="audit-empty">${t('audit.empty')}</p>`;
    return html`
      <div class="table-scroll">
        <table class="audit-table" data-testid="audit-table">
          <caption class="visually-hidden">${t('audit.results')}</caption>
          <thead><tr>
            <th scope="col">${t('audit.col.time')}</th><th scope="col">${t('audit.col.who')}</th>
            <th scope="col">${t('audit.col.role')}</th><th scope="col">${t('audit.col.what')}</th>
            <th scope="col">${t('audit.col.record')}</th><th scope="col">${t('audit.col.ip')}</th>
            <th scope="col">${t('audit.col.outcome')}</th>
          </tr></thead>
          <tbody>${entries.map(row)}</tbody>
        </table>
      </div>
      <div class="toolbar" aria-live="polite">
        <span class="muted" data-testid="audit-count">${t('audit.shown', { count: number(entries.length) })}</span>
        ${nextCursor
          ? html`<button type="button" @click=${() => load(true)} ?disabled=${loading} data-testid="audit-more">${t('common.loadMore')}</button>`
          : html`<span class="muted">${t('audit.end')}</span>`}
      </div>`;
  }

  function row(entry) {
    const who = entry.actorName || entry.actorId || t('audit.system');
    const kind = historyKind(entry.aggregateType);
    return html`
      <tr data-testid="audit-entry" data-event-type=${entry.eventType} data-aggregate-id=${entry.aggregateId || ''}>
        <td class="nowrap"><time datetime=${entry.at}>${dateTime(entry.at)}</time></td>
        <td>${entry.actorId && entry.actorId !== filters.actor
          ? html`<button type="button" class="link" title=${t('audit.onlyThisActor', { name: who })}
                   @click=${() => onlyActor(entry.actorId)}>${who}<span class="visually-hidden"> — ${t('audit.onlyThisActor', { name: who })}</span></button>`
          : who}</td>
        <td>${roleName(entry.actorRole)}</td>
        <td class="audit-what"><span data-testid="audit-summary">${entry.summary || entry.eventType}</span>
          <span class="muted audit-event-type">${entry.eventType}</span></td>
        <td class="audit-record">${entry.aggregateType ? t(`audit.type.${entry.aggregateType}`) : ''}
          ${entry.aggregateId && kind
            ? html`<a href=${`/audit/history/${kind}/${encodeURIComponent(entry.aggregateId)}`} data-testid="history-link"
                   aria-label=${t('audit.replay', { type: t(`audit.type.${entry.aggregateType}`), id: entry.aggregateId })}><code title=${entry.aggregateId}>${shortId(entry.aggregateId)}</code></a>`
            : entry.aggregateId ? html`<code title=${entry.aggregateId}>${shortId(entry.aggregateId)}</code>` : ''}</td>
        <td><code>${entry.clientIp || ''}</code></td>
        <td>${badge(outcomeClass(entry.outcome), t(`audit.outcome.${entry.outcome}`))}
          ${entry.reason ? html`<div class="muted">${entry.reason}</div>` : ''}</td>
      </tr>`;
  }

  function chainPanel() {
    return html`
      <section class="panel chain-panel" aria-labelledby="chain-title" data-testid="chain-panel">
        <h2 id="chain-title">${t('audit.chain.title')}</h2>
        <p>${t('audit.chain.intro')}</p>
        <form class="chain-form" @submit=${verify}>
          <details>
            <summary>${t('audit.chain.anchor')}</summary>
            <p class="muted">${t('audit.chain.anchorHint')}</p>
            <div class="inline-form">
              <label>${t('audit.chain.expectPosition')}<input name="expectPosition" inputmode="numeric" pattern="[0-9]+"></label>
              <label>${t('audit.chain.expectHead')}<input name="expectHead" pattern="[0-9a-f]{64}" size="40" autocomplete="off"></label>
            </div>
          </details>
          <div><button type="submit" class="primary" ?disabled=${verifying} data-testid="chain-verify">${t('audit.chain.verify')}</button></div>
        </form>
        ${problemBox(chainProblem)}
        <div aria-live="polite" data-testid="chain-result">
          ${verifying ? html`<p role="status">${t('audit.chain.verifying')}</p>` : chain ? chainResult(chain) : ''}
        </div>
        <p><a class="button" download href="/api/audit/chain/export" data-testid="chain-export">${t('audit.chain.export')}</a></p>
        <p class="muted" data-testid="chain-offline">${t('audit.chain.offline')}</p>
      </section>`;
  }

  function chainResult(result) {
    const broken = result.firstBreak;
    return html`
      <div class=${result.intact ? 'chain-verdict chain-intact' : 'chain-verdict chain-broken'} data-testid="chain-verdict"
           data-intact=${String(result.intact)}>
        <span class="chain-icon" aria-hidden="true">${result.intact ? '✔' : '✖'}</span>
        <strong data-testid="chain-status">${result.intact ? t('audit.chain.intact') : t('audit.chain.broken')}</strong>
        <span>${result.intact
          ? t('audit.chain.intactText', { events: number(result.eventsChecked), checkpoints: number(result.checkpointsChecked) })
          : t('audit.chain.brokenText', { position: number(broken?.position ?? result.chainedUpTo), problem: broken?.problem ?? '' })}</span>
      </div>
      <dl class="chain-figures">
        <dt>${t('audit.chain.events')}</dt><dd data-testid="chain-events">${number(result.eventsChecked)}</dd>
        <dt>${t('audit.chain.head')}</dt><dd data-testid="chain-head">${number(result.chainedUpTo)}</dd>
        <dt>${t('audit.chain.checkpoints')}</dt><dd data-testid="chain-checkpoints">${number(result.checkpointsChecked)}</dd>
        <dt>${t('audit.chain.pending')}</dt><dd data-testid="chain-pending">${number(result.pending)}
          ${result.pending > 0 ? html`<span class="muted"> — ${t('audit.chain.pendingHint')}</span>` : ''}</dd>
        <dt>${t('audit.chain.checkedAt')}</dt><dd>${dateTime(result.checkedAt)}</dd>
      </dl>`;
  }

  draw();
  load();
}

/** The known filters from the address bar's query, empty ones left out. */
function pick(values) {
  const picked = {};
  for (const name of FILTERS) {
    if (values[name]) picked[name] = values[name];
  }
  return picked;
}

function outcomeClass(outcome) {
  return outcome === 'SUCCEEDED' ? 'completed' : outcome === 'DENIED' || outcome === 'FAILED' ? 'cancelled' : 'after_sales';
}

const shortId = id => (id.length > 13 ? `${id.slice(0, 8)}…` : id);
