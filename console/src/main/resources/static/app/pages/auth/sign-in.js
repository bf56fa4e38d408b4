// Sign-in with a username or a mobile number. Refusals are said plainly: a wrong password (with the lockout
// rule), too many attempts (with the seconds left, counted down).
import { html, render } from '/webjars/lit-html/lit-html.js';
import './messages.js';
import { t } from '../../lib/i18n.js';
import { signIn } from '../../lib/session.js';
import { navigate } from '../../lib/router.js';
import { sessionStarted } from '../../shell.js';
import { formValues, heading, problemBox } from '../../lib/ui.js';

export default function mount(outlet, { query, signal }) {
  let problem = null;
  let busy = false;
  let retryLeft = 0;
  let countdown;
  signal.addEventListener('abort', () => clearInterval(countdown));

  const notice = query.expired ? t('auth.expired') : query.signedOut ? t('auth.signedOut') : query.notice || '';

  async function submit(event) {
    event.preventDefault();
    const { login = '', password = '' } = formValues(event.target);
    busy = true;
    problem = null;
    draw();
    try {
      await signIn(login, password);
      sessionStarted();
      const next = query.next && query.next.startsWith('/') && !query.next.startsWith('//') ? query.next : '/';
      navigate(next, { replace: true });
    } catch (refusal) {
      problem = refusal;
      busy = false;
      if (refusal.retryAfterSeconds) startCountdown(refusal.retryAfterSeconds);
      draw();
      outlet.querySelector('[role=alert]')?.focus();
    }
  }

  function startCountdown(seconds) {
    retryLeft = seconds;
    clearInterval(countdown);
    countdown = setInterval(() => {
      retryLeft -= 1;
      if (retryLeft <= 0) clearInterval(countdown);
      draw();
    }, 1000);
  }

  function draw() {
    render(html`
      <section class="auth-card">
        ${heading(t('auth.signIn'))}
        ${notice ? html`<p class="notice" role="status" data-testid="sign-in-notice">${notice}</p>` : ''}
        ${problemBox(problem)}
        ${problem && problem.status === 401 ? html`<p class="muted">${t('auth.lockoutHint')}</p>` : ''}
        ${retryLeft > 0 ? html`<p class="muted" data-testid="retry-in">${t('auth.retryIn', { seconds: retryLeft })}</p>` : ''}
        <form @submit=${submit} novalidate>
          <label>${t('auth.login')}
            <input name="login" autocomplete="username" required autofocus maxlength="128"></label>
          <label>${t('auth.password')}
            <input name="password" type="password" autocomplete="current-password" required maxlength="128"></label>
          <button type="submit" class="primary" ?disabled=${busy || retryLeft > 0}>${t('auth.signIn')}</button>
        </form>
        <p>${t('auth.noAccount')} <a href="/register">${t('auth.registerLink')}</a></p>
        <p>${t('auth.haveInvitation')} <a href="/invitation">${t('auth.invitationLink')}</a></p>
      </section>`, outlet);
  }
  draw();
}
