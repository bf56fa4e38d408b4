// A merchant opens a workspace: the password rules are checked as the person types; the server decides.
import { html, render } from '/webjars/lit-html/lit-html.js';
import './messages.js';
import { t } from '../../lib/i18n.js';
import { post } from '../../lib/api.js';
import { signIn } from '../../lib/session.js';
import { navigate } from '../../lib/router.js';
import { sessionStarted } from '../../shell.js';
import { announce, formValues, heading, problemBox, actions } from '../../lib/ui.js';
import { passwordRules, passwordRulesView } from './password-rules.js';

export default function mount(outlet) {
  const runner = actions(draw);
  let typed = { username: '', mobile: '', password: '' };

  function input(event) {
    const form = event.currentTarget;
    typed = { username: form.username.value, mobile: form.mobile.value, password: form.password.value };
    draw();
  }

  function submit(event) {
    event.preventDefault();
    const values = formValues(event.target);
    return runner.run('submit', async () => {
      await post('/api/auth/register', {
        username: values.username, mobile: values.mobile, displayName: values.displayName,
        password: event.target.password.value, workspaceName: values.workspaceName,
      });
      await signIn(values.username, event.target.password.value);
      sessionStarted();
      announce(t('auth.registered'));
      navigate('/orders', { replace: true });
    });
  }

  function draw() {
    const rules = passwordRules(typed.password, typed);
    render(html`
      <section class="auth-card">
        ${heading(t('auth.register'))}
        <p>${t('auth.registerIntro')}</p>
        ${problemBox(runner.problems.submit)}
        <form @submit=${submit} @input=${input}>
          <label>${t('auth.username')}
            <input name="username" autocomplete="username" required minlength="3" maxlength="40"
                   pattern="[A-Za-z0-9][A-Za-z0-9._\\-]{2,39}" aria-describedby="username-help"></label>
          <small id="username-help" class="muted">${t('auth.usernameHelp')}</small>
          <label>${t('auth.mobile')}
            <input name="mobile" type="tel" autocomplete="tel" required maxlength="25"></label>
          <label>${t('auth.displayName')}
            <input name="displayName" autocomplete="name" required maxlength="100"></label>
          <label>${t('auth.workspaceName')}
            <input name="workspaceName" autocomplete="organization" required maxlength="100"></label>
          <label>${t('auth.password')}
            <input name="password" type="password" autocomplete="new-password" required minlength="12"
                   maxlength="128" aria-describedby="password-rules-title"></label>
          ${passwordRulesView(rules)}
          <label class="checkbox"><input type="checkbox" name="agree" required> ${t('auth.agree')}</label>
          <button type="submit" class="primary" ?disabled=${runner.busy === 'submit'}>${t('auth.register')}</button>
        </form>
        <p>${t('auth.haveAccount')} <a href="/sign-in">${t('auth.signIn')}</a></p>
      </section>`, outlet);
  }
  draw();
}
