// A person invited by an owner sets their password with the code they were given, then signs in.
import { html, render } from '/webjars/lit-html/lit-html.js';
import './messages.js';
import { t } from '../../lib/i18n.js';
import { post } from '../../lib/api.js';
import { navigate } from '../../lib/router.js';
import { formValues, heading, problemBox, actions } from '../../lib/ui.js';
import { passwordRules, passwordRulesView } from './password-rules.js';

export default function mount(outlet, { query }) {
  const runner = actions(draw);
  let password = '';

  function submit(event) {
    event.preventDefault();
    const values = formValues(event.target);
    return runner.run('submit', async () => {
      await post('/api/auth/invitations/accept', { invitationCode: values.invitationCode, password: event.target.password.value });
      navigate(`/sign-in?notice=${encodeURIComponent(t('auth.accepted'))}`, { replace: true });
    });
  }

  function draw() {
    render(html`
      <section class="auth-card">
        ${heading(t('auth.invitation'))}
        <p>${t('auth.invitationIntro')}</p>
        ${problemBox(runner.problems.submit)}
        <form @submit=${submit} @input=${event => { password = event.currentTarget.password.value; draw(); }}>
          <label>${t('auth.invitationCode')}
            <input name="invitationCode" required autocomplete="one-time-code" value=${query.code || ''}
                   maxlength="200"></label>
          <label>${t('auth.newPassword')}
            <input name="password" type="password" autocomplete="new-password" required minlength="12"
                   maxlength="128" aria-describedby="password-rules-title"></label>
          ${passwordRulesView(passwordRules(password, { mobile: undefined }))}
          <button type="submit" class="primary" ?disabled=${runner.busy === 'submit'}>${t('auth.invitation')}</button>
        </form>
        <p>${t('auth.haveAccount')} <a href="/sign-in">${t('auth.signIn')}</a></p>
      </section>`, outlet);
  }
  draw();
}
