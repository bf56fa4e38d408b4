// One of the requester's support requests: its thread oldest first, a follow-up (which reopens an answered
// request) and withdrawing. Changes send the version last read; a 412 shows the request as it is now.
import { html, render } from '/webjars/lit-html/lit-html.js';
import { dueText, kindLabel, supportStatusBadge } from './messages.js';
import { date, dateTime, t } from '../../lib/i18n.js';
import { get, post } from '../../lib/api.js';
import { announce, formValues, heading, problemBox } from '../../lib/ui.js';

export default function mount(outlet, { params, query, signal }) {
  const path = `/api/support/requests/${encodeURIComponent(params.id)}`;
  let detail = null;
  let version = null;
  let problem = null;
  let stale = false;
  let busy = false;
  let confirmingWithdraw = false;
  let announced = !query.sent;

  async function read(minVersion) {
    try {
      const answer = await get(path, { minVersion }, { signal });
      detail = answer.body;
      version = answer.version;
      if (!announced) {
        announced = true;
        // Drop ?minVersion&sent from the address, so a reload does not announce the submission again.
        history.replaceState(null, '', location.pathname);
        announce(t('support.sent', { due: date(detail.request.dueAt) }));
      }
    } catch (refusal) {
      if (refusal.name === 'AbortError') return;
      problem = refusal;
    }
    draw();
  }

  async function change(action, done) {
    busy = true;
    problem = null;
    stale = false;
    draw();
    try {
      const answer = await action();
      confirmingWithdraw = false;
      await read(answer.body.version);
      announce(done);
      return true;
    } catch (refusal) {
      if (refusal.type === 'stale-version') {
        stale = true;
        await read();
      } else {
        problem = refusal;
      }
      return false;
    } finally {
      busy = false;
      draw();
    }
  }

  async function followUp(event) {
    event.preventDefault();
    const form = event.target;
    const { message = '' } = formValues(form);
    const ok = await change(() => post(`${path}/messages`, { message }, { ifMatch: version }), t('support.followedUp'));
    if (ok) form.reset();
  }

  const withdraw = () => change(() => post(`${path}/withdraw`, undefined, { ifMatch: version }), t('support.withdrawn'));

  function draw() {
    if (signal.aborted) return;
    render(html`
      ${heading(detail ? detail.request.subject : t('support.request'))}
      <p><a href="/support">${t('support.back')}</a></p>
      ${stale ? html`<p class="warning" role="alert" data-testid="stale">${t('support.stale')}</p>` : ''}
      ${problemBox(problem)}
      ${detail ? body() : problem ? '' : html`<p class="loading">${t('common.loading')}</p>`}`, outlet);
  }

  function body() {
    const request = detail.request;
    const open = request.status === 'OPEN' || request.status === 'ANSWERED';
    return html`
      <dl class="facts panel" data-testid="support-request">
        <dt>${t('support.kind')}</dt><dd>${kindLabel(request.kind)}</dd>
        <dt>${t('support.status')}</dt><dd data-testid="support-status">${supportStatusBadge(request.status)}</dd>
        <dt>${t('support.submittedAt')}</dt><dd>${dateTime(request.submittedAt)}</dd>
        ${open ? html`<dt>${t('support.dueAt')}</dt><dd>${dueText(request)}</dd>` : ''}
        ${request.resolution ? html`<dt>${t('support.resolution')}</dt><dd class="prewrap">${request.resolution}</dd>` : ''}
      </dl>
      <h2>${t('support.thread')}</h2>
      ${thread(detail.messages)}
      ${open ? html`
        <form class="panel" @submit=${followUp} data-testid="follow-up-form">
          <label>${t('support.followUp')}
            <textarea name="message" required maxlength="4000" rows="4" aria-describedby="follow-up-help"></textarea></label>
          <small id="follow-up-help" class="muted">${t('support.followUpHelp')}</small>
          <div><button type="submit" class="primary" ?disabled=${busy}>${t('support.sendFollowUp')}</button></div>
        </form>
        <div class="toolbar">
          ${confirmingWithdraw ? html`
            <span role="alert">${t('support.withdrawConfirm')}</span>
            <button type="button" class="danger" ?disabled=${busy} @click=${withdraw} data-testid="withdraw-yes">${t('support.withdrawYes')}</button>
            <button type="button" @click=${() => { confirmingWithdraw = false; draw(); }}>${t('common.cancel')}</button>`
          : html`<button type="button" @click=${() => { confirmingWithdraw = true; draw(); }} data-testid="withdraw">${t('support.withdraw')}</button>`}
        </div>` : ''}`;
  }

  read(query.minVersion !== undefined ? Number(query.minVersion) : undefined);
  draw();
}

/** The messages of a thread, oldest first, each with who wrote it and when (used by the admin's page too). */
export function thread(messages, labels = kind => t(`support.msg.${kind}`)) {
  return html`
    <ol class="thread" data-testid="thread">
      ${messages.map(message => html`
        <li class=${`thread-${message.kind.toLowerCase()}`} data-kind=${message.kind}>
          <p class="thread-meta"><strong>${labels(message.kind)}</strong> · <time datetime=${message.at}>${dateTime(message.at)}</time></p>
          <p class="prewrap">${message.text}</p>
        </li>`)}
    </ol>`;
}
