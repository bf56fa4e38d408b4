// An admin reads a support or privacy request's thread, answers it, closes it with a resolution, and for a
// deletion request can erase the requester's account. Changes send the version last read (If-Match).
import { html, render } from '/webjars/lit-html/lit-html.js';
import './messages.js';
import { dueText, kindLabel, supportStatusBadge } from '../support/messages.js';
import { thread } from '../support/request.js';
import { dateTime, t } from '../../lib/i18n.js';
import { get, post } from '../../lib/api.js';
import { announce, formValues, heading, problemBox } from '../../lib/ui.js';

export default function mount(outlet, { params, signal }) {
  const path = `/api/admin/support/requests/${encodeURIComponent(params.id)}`;
  let detail = null;
  let version = null;
  let loadProblem = null;
  const problems = {};
  let stale = false;
  let busy = null;
  let confirmingErase = false;

  async function read(minVersion) {
    try {
      const answer = await get(path, { minVersion }, { signal });
      detail = answer.body;
      version = answer.version;
    } catch (refusal) {
      if (refusal.name === 'AbortError') return;
      loadProblem = refusal;
    }
    draw();
  }

  async function change(name, form, action, done) {
    busy = name;
    problems[name] = null;
    stale = false;
    draw();
    try {
      const answer = await action();
      form?.reset();
      await read(answer.body.version);
      announce(done(answer));
    } catch (refusal) {
      if (refusal.type === 'stale-version') {
        stale = true;
        await read();
      } else {
        problems[name] = refusal;
      }
    } finally {
      busy = null;
      draw();
    }
  }

  const answer = event => {
    event.preventDefault();
    const { answer: text = '' } = formValues(event.target);
    return change('answer', event.target, () => post(`${path}/answers`, { answer: text }, { ifMatch: version }),
      () => t('admin.answered'));
  };

  const close = event => {
    event.preventDefault();
    const { resolution = '' } = formValues(event.target);
    return change('close', event.target, () => post(`${path}/close`, { resolution }, { ifMatch: version }),
      () => t('admin.closed'));
  };

  async function erase() {
    busy = 'erase';
    problems.erase = null;
    draw();
    try {
      const scheduled = await post(`/api/admin/accounts/${encodeURIComponent(detail.request.requesterId)}/erasure`);
      confirmingErase = false;
      announce(t('admin.eraseScheduled', { due: dateTime(scheduled.body.dueAt) }));
    } catch (refusal) {
      problems.erase = refusal;
    } finally {
      busy = null;
      draw();
    }
  }

  function draw() {
    if (signal.aborted) return;
    render(html`
      ${heading(detail ? detail.request.subject : t('admin.request'))}
      <p><a href="/admin#support">${t('admin.backToQueue')}</a></p>
      ${stale ? html`<p class="warning" role="alert" data-testid="stale">${t('admin.stale')}</p>` : ''}
      ${problemBox(loadProblem)}
      ${detail ? body() : loadProblem ? '' : html`<p class="loading">${t('common.loading')}</p>`}`, outlet);
  }

  function body() {
    const request = detail.request;
    const open = request.status === 'OPEN';
    const closable = open || request.status === 'ANSWERED';
    return html`
      <dl class="facts panel" data-testid="support-request">
        <dt>${t('support.kind')}</dt><dd>${kindLabel(request.kind)}</dd>
        <dt>${t('support.status')}</dt><dd data-testid="support-status">${supportStatusBadge(request.status)}</dd>
        <dt>${t('admin.requester')}</dt><dd>${request.requesterName} <span class="muted id">${request.requesterId}</span></dd>
        <dt>${t('admin.workspace')}</dt><dd class="id">${request.workspaceId || ''}</dd>
        <dt>${t('support.submittedAt')}</dt><dd>${dateTime(request.submittedAt)}</dd>
        ${closable ? html`<dt>${t('support.dueAt')}</dt><dd>${dueText(request)}</dd>` : ''}
        ${request.resolution ? html`<dt>${t('support.resolution')}</dt><dd class="prewrap">${request.resolution}</dd>` : ''}
      </dl>
      <h2>${t('support.thread')}</h2>
      ${thread(detail.messages, kind => t(`admin.msg.${kind}`))}
      <div class="grid-2">
        ${open ? html`
          <section class="panel" aria-labelledby="answer-title">
            <h2 id="answer-title">${t('admin.answer')}</h2>
            ${problemBox(problems.answer)}
            <form @submit=${answer} data-testid="answer-form">
              <label>${t('admin.answer')}
                <textarea name="answer" required maxlength="4000" rows="5" aria-describedby="answer-help"></textarea></label>
              <small id="answer-help" class="muted">${t('admin.answerHelp')}</small>
              <div><button type="submit" class="primary" ?disabled=${busy === 'answer'}>${t('admin.sendAnswer')}</button></div>
            </form>
          </section>` : ''}
        ${closable ? html`
          <section class="panel" aria-labelledby="close-title">
            <h2 id="close-title">${t('admin.close')}</h2>
            ${problemBox(problems.close)}
            <form @submit=${close} data-testid="close-form">
              <label>${t('admin.resolution')}
                <textarea name="resolution" required maxlength="4000" rows="4"></textarea></label>
              <div><button type="submit" ?disabled=${busy === 'close'}>${t('admin.closeButton')}</button></div>
            </form>
          </section>` : ''}
      </div>
      ${request.kind === 'DELETION' ? eraseSection(request) : ''}`;
  }

  function eraseSection(request) {
    return html`
      <section class="panel" aria-labelledby="erase-title">
        <h2 id="erase-title">${t('admin.erase')}</h2>
        <p>${t('admin.eraseText')}</p>
        ${problemBox(problems.erase)}
        ${confirmingErase ? html`
          <p role="alert">${t('admin.eraseConfirm', { name: request.requesterName })}</p>
          <div class="toolbar">
            <button type="button" class="danger" ?disabled=${busy === 'erase'} @click=${erase}>${t('admin.eraseYes')}</button>
            <button type="button" @click=${() => { confirmingErase = false; draw(); }}>${t('common.cancel')}</button>
          </div>`
        : html`<button type="button" class="danger" @click=${() => { confirmingErase = true; draw(); }}>${t('admin.eraseButton')}</button>`}
      </section>`;
  }

  draw();
  read();
}
