// A new support or privacy request ("Online support" at the bottom right of every page leads here).
import { html, render } from '/webjars/lit-html/lit-html.js';
import { SUPPORT_KINDS, kindLabel } from './messages.js';
import { t } from '../../lib/i18n.js';
import { newIdempotencyKey, post } from '../../lib/api.js';
import { navigate } from '../../lib/router.js';
import { formValues, heading, problemBox, actions } from '../../lib/ui.js';

export default function mount(outlet, { query }) {
  // One key per form shown: a double click or a retry after a lost answer is still one request.
  const idempotencyKey = newIdempotencyKey('support');
  let kind = SUPPORT_KINDS.includes(query.kind) ? query.kind : 'QUESTION';
  const runner = actions(draw, { refused: () => outlet.querySelector('[role=alert]')?.focus() });

  function submit(event) {
    event.preventDefault();
    const values = formValues(event.target);
    return runner.run('submit', async () => {
      const answer = await post('/api/support/requests',
        { kind: values.kind, subject: values.subject || '', message: values.message || '' }, { idempotencyKey });
      navigate(`/support/${encodeURIComponent(answer.body.requestId)}?minVersion=${answer.body.version}&sent=1`);
    });
  }

  function draw() {
    render(html`
      ${heading(t('support.newTitle'))}
      <p data-testid="support-due-note">${t('support.newIntro')}</p>
      ${problemBox(runner.problems.submit)}
      <form class="panel narrow-form" @submit=${submit} data-testid="support-form">
        <label>${t('support.kind')}
          <select name="kind" required aria-describedby="kind-help" @change=${event => { kind = event.target.value; draw(); }}>
            ${SUPPORT_KINDS.map(option => html`<option value=${option} ?selected=${option === kind}>${kindLabel(option)}</option>`)}
          </select></label>
        <small id="kind-help" class="muted">${t(`support.kindHelp.${kind}`)}</small>
        <label>${t('support.subject')}
          <input name="subject" required maxlength="200"></label>
        <label>${t('support.message')}
          <textarea name="message" required maxlength="4000" rows="6"></textarea></label>
        <div class="toolbar">
          <button type="submit" class="primary" ?disabled=${runner.busy === 'submit'}>${t('support.send')}</button>
          <a href="/support">${t('support.back')}</a>
        </div>
      </form>`, outlet);
  }
  draw();
}
