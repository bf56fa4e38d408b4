// History replay of an order, a task or an account, read from the event store itself: the list of steps, a stepper
// (buttons, a slider, the arrow keys) showing the state after the chosen step, and the state "as of" a moment typed
// in the workspace's time zone. Every value is rendered as text.
import { html, render } from '/webjars/lit-html/lit-html.js';
import { live } from '/webjars/lit-html/directives/live.js';
import { roleName } from './messages.js';
import { currentTimeZone, dateTime, t } from '../../lib/i18n.js';
import { get, withQuery } from '../../lib/api.js';
import { hasRole } from '../../lib/session.js';
import { formValues, heading, problemBox } from '../../lib/ui.js';
import { instantOf, localValueOf } from './zoned-time.js';

const KINDS = ['orders', 'tasks', 'accounts'];

export default function mount(outlet, { params, query, signal }) {
  // A fresh element per visit: lit-html remembers its place in the container it rendered into, and the router
  // empties the outlet between pages, so rendering into the outlet itself after another page would fail.
  const view = outlet.appendChild(document.createElement('div'));
  const { type, id } = params;
  const zone = currentTimeZone();
  let steps = [];
  let selected = 0;
  let loaded = false;
  let problem = null;
  let names = new Map();
  let asOf = query.asOf || '';
  let asOfResult = null;
  let asOfProblem = null;

  async function load() {
    if (!KINDS.includes(type)) {
      loaded = true;
      draw();
      return;
    }
    try {
      const [answer] = await Promise.all([get(`/api/audit/history/${type}/${encodeURIComponent(id)}`, {}, { signal }),
        loadNames()]);
      steps = answer.body.steps;
      selected = Math.max(0, steps.length - 1);
    } catch (refusal) {
      if (refusal.name === 'AbortError') return;
      problem = refusal;
    }
    loaded = true;
    draw();
    if (asOf) loadAsOf();
  }

  // Display names of the workspace's members, so "who" reads as a person; the admin has no member list.
  async function loadNames() {
    if (!hasRole('OWNER', 'AUDITOR')) return;
    try {
      const members = (await get('/api/workspace/members', {}, { signal })).body;
      names = new Map(members.map(member => [member.accountId, member.displayName]));
    } catch (refusal) {
      if (refusal.name === 'AbortError') throw refusal;
      // Without names the ids are shown: the replay itself does not depend on them.
    }
  }

  async function loadAsOf() {
    asOfProblem = null;
    try {
      asOfResult = (await get(`/api/audit/history/${type}/${encodeURIComponent(id)}`, { asOf }, { signal })).body;
    } catch (refusal) {
      if (refusal.name === 'AbortError') return;
      asOfProblem = refusal;
      asOfResult = null;
    }
    draw();
  }

  function showAsOf(event) {
    event.preventDefault();
    const instant = instantOf(formValues(event.target).asOf, zone);
    if (!instant) return;
    asOf = instant;
    history.replaceState(null, '', withQuery(location.pathname, { asOf }));
    loadAsOf();
  }

  // The buttons stay focusable at either end (aria-disabled), so the keyboard's focus is never lost.
  function select(index) {
    selected = Math.min(Math.max(index, 0), steps.length - 1);
    draw();
  }

  function onKey(event) {
    if (event.target.matches('input, select, textarea, summary')) return; // the slider moves by itself
    const moves = { ArrowLeft: selected - 1, ArrowUp: selected - 1, ArrowRight: selected + 1, ArrowDown: selected + 1,
      Home: 0, End: steps.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    select(moves[event.key]);
  }

  function who(step) {
    return names.get(step.actorId) || step.actorId || t('audit.system');
  }

  function draw() {
    const title = t('audit.history.title', { type: KINDS.includes(type) ? t(`audit.history.kind.${type}`) : type, id });
    render(html`
      ${heading(title)}
      <nav class="toolbar" aria-label=${t('common.back')}>
        ${type === 'orders' ? html`<a href=${`/orders/${encodeURIComponent(id)}`} data-testid="history-back">${t('audit.history.backToOrder')}</a>` : ''}
        ${type === 'tasks' ? html`<a href=${`/tasks/${encodeURIComponent(id)}`} data-testid="history-back">${t('audit.history.backToTask')}</a>` : ''}
        <a href=${withQuery('/audit', { aggregateId: id })}>${t('audit.history.backToTrail')}</a>
      </nav>
      <p class="muted">${t('audit.history.source')}</p>
      ${!KINDS.includes(type) ? html`<div class="problem" role="alert">${t('problem.not-found')}</div>` : ''}
      ${problemBox(problem)}
      ${!loaded ? html`<p class="loading" role="status">${t('common.loading')}</p>` : ''}
      ${loaded && !problem && steps.length === 0 && KINDS.includes(type) ? html`<p class="notice">${t('audit.history.noSteps')}</p>` : ''}
      ${steps.length > 0 ? html`<div class="history-layout">${stepList()}${stepper()}</div>${asOfPanel()}` : ''}`, view);
  }

  function stepList() {
    return html`
      <section class="panel" aria-labelledby="steps-title">
        <h2 id="steps-title">${t('audit.history.steps')}</h2>
        <div class="table-scroll">
          <table data-testid="history-steps">
            <caption class="visually-hidden">${t('audit.history.steps')}</caption>
            <thead><tr>
              <th scope="col">${t('audit.history.col.sequence')}</th><th scope="col">${t('audit.history.col.time')}</th>
              <th scope="col">${t('audit.history.col.who')}</th><th scope="col">${t('audit.history.col.event')}</th>
            </tr></thead>
            <tbody>${steps.map((step, index) => html`
              <tr class=${index === selected ? 'selected-step' : ''} data-testid="history-step">
                <th scope="row">
                  <button type="button" class="link" aria-current=${index === selected ? 'step' : 'false'}
                          aria-label=${t('audit.history.select', { sequence: step.sequence })}
                          @click=${() => select(index)}>${step.sequence}</button></th>
                <td><time datetime=${step.at}>${dateTime(step.at)}</time></td>
                <td>${who(step)}${step.actorRole ? html` <span class="muted">(${roleName(step.actorRole)})</span>` : ''}</td>
                <td>${eventText(step)}</td>
              </tr>`)}
            </tbody>
          </table>
        </div>
      </section>`;
  }

  function stepper() {
    const step = steps[selected];
    return html`
      <section class="panel stepper" aria-labelledby="stepper-title" @keydown=${onKey} data-testid="stepper">
        <h2 id="stepper-title">${t('audit.history.stepper')}</h2>
        <div class="toolbar">
          <button type="button" @click=${() => select(selected - 1)} aria-disabled=${String(selected === 0)}
                  data-testid="step-previous">← ${t('audit.history.previous')}</button>
          <label class="stepper-range">${t('audit.history.position')}
            <input type="range" min="0" max=${steps.length - 1} step="1" .value=${live(String(selected))}
                   aria-valuetext=${t('audit.history.of', { current: selected + 1, total: steps.length })}
                   @input=${event => select(Number(event.target.value))} data-testid="step-range"></label>
          <button type="button" @click=${() => select(selected + 1)} aria-disabled=${String(selected === steps.length - 1)}
                  data-testid="step-next">${t('audit.history.next')} →</button>
          <span data-testid="step-position">${t('audit.history.of', { current: selected + 1, total: steps.length })}</span>
        </div>
        <p class="muted">${t('audit.history.keys')}</p>
        <div data-testid="state-after" data-sequence=${step.sequence}>
          <h3 aria-live="polite">${t('audit.history.stateAfter', { step: selected + 1, sequence: step.sequence, event: eventText(step) })}</h3>
          <p class="muted">${t('audit.history.by', { time: dateTime(step.at), who: who(step),
            role: roleName(step.actorRole) || '—', ip: step.clientIp || t('audit.history.noIp') })}</p>
          ${valueView(step.stateAfter)}
          <details>
            <summary>${t('audit.history.eventData')}</summary>
            ${valueView(step.event, 'event')}
          </details>
        </div>
      </section>`;
  }

  function asOfPanel() {
    return html`
      <section class="panel" aria-labelledby="as-of-title">
        <h2 id="as-of-title">${t('audit.history.asOf')}</h2>
        <form class="inline-form" @submit=${showAsOf}>
          <label>${t('audit.history.asOfLabel', { zone })}
            <input type="datetime-local" step="1" name="asOf" required .value=${localValueOf(asOf, zone)}
                   data-testid="as-of-input"></label>
          <button type="submit" data-testid="as-of-show">${t('audit.history.asOfShow')}</button>
        </form>
        ${problemBox(asOfProblem)}
        ${asOfResult ? html`
          <div data-testid="as-of-state" aria-live="polite">
            <p><strong>${asOfResult.steps.length
              ? t('audit.history.asOfResult', { time: dateTime(asOf), count: asOfResult.steps.length })
              : t('audit.history.asOfNone', { time: dateTime(asOf) })}</strong></p>
            ${asOfResult.steps.length ? valueView(asOfResult.state) : ''}
          </div>` : ''}
      </section>`;
  }

  draw();
  load();
}

/** The event's type, and for status moves where from and to. */
function eventText(step) {
  const event = step.event || {};
  return typeof event.to === 'string' ? `${step.eventType} (${event.from ?? '—'} → ${event.to})` : step.eventType;
}

/** Any JSON value as nested definition lists and lists of text: readable, and never markup. */
export function valueView(value, path = '') {
  if (value === null || value === undefined) return html`<span class="muted">—</span>`;
  if (Array.isArray(value)) {
    if (value.length === 0) return html`<span class="muted">${t('audit.history.empty')}</span>`;
    return html`<ol class="state-list">${value.map((item, i) => html`<li>${valueView(item, `${path}[${i}]`)}</li>`)}</ol>`;
  }
  if (typeof value === 'object') {
    const fields = Object.entries(value);
    if (fields.length === 0) return html`<span class="muted">${t('audit.history.empty')}</span>`;
    return html`<dl class="state">${fields.map(([key, inner]) => html`
      <div class="state-field"><dt>${key}</dt><dd data-field=${path ? `${path}.${key}` : key}>${valueView(inner, path ? `${path}.${key}` : key)}</dd></div>`)}</dl>`;
  }
  return String(value);
}
