// The privacy center: the rights the privacy policy promises, for every signed-in person — see my account and
// sign-ins, see and download my data, correct my profile, change my password, close or erase my account.
import { html, render } from '/webjars/lit-html/lit-html.js';
import './messages.js';
import '../auth/messages.js';
import '../support/messages.js';
import { dateTime, t } from '../../lib/i18n.js';
import { del, get, post, put } from '../../lib/api.js';
import { hasRole, load, me, signIn, signOut } from '../../lib/session.js';
import { WORKSPACE_ROLES } from '../../routes.js';
import { navigate } from '../../lib/router.js';
import { redrawShell, stopInbox } from '../../shell.js';
import { announce, badge, formValues, heading, problemBox, actions } from '../../lib/ui.js';
import { passwordRules, passwordRulesView } from '../auth/password-rules.js';
import { loginsTable } from './logins.js';

/** The sections of `GET /api/me/export`, in the order docs/privacy.md lists them. */
const SECTIONS = ['account', 'logins', 'ordersRecorded', 'orderNotes', 'tasksCreated', 'taskComments',
  'notifications', 'supportRequests', 'auditEntries'];
const ERASURE_EVENTS = ['AccountErasureRequested', 'AccountErasureCancelled', 'AccountErased'];

const digits = text => String(text || '').replace(/\D/g, '');

export default function mount(outlet, { signal }) {
  let account = null;
  let logins = [];
  let exported = null;
  let pendingErasure = null;
  let loadProblem = null;
  const runner = actions(draw, {
    refused: name => outlet.querySelector(`[data-form=${name}] [role=alert]`)?.focus(),
  });
  const { problems } = runner;
  let newPassword = '';
  let dialog = null;

  async function loadAll() {
    try {
      const [mine, history, data] = await Promise.all([
        get('/api/me', undefined, { signal }), get('/api/me/logins', { limit: 50 }, { signal }),
        get('/api/me/export', undefined, { signal })]);
      account = mine.body;
      logins = history.body;
      exported = data.body;
      pendingErasure = pendingErasureIn(exported);
      loadProblem = null;
    } catch (problem) {
      if (problem.name === 'AbortError') return;
      loadProblem = problem;
    }
    draw();
  }

  // The accounts view has no "erasure pending" column; the person's own audit entries (in the export) say it.
  function pendingErasureIn(data) {
    const entries = (data.auditEntries || []).filter(entry => ERASURE_EVENTS.includes(entry.event_type));
    const last = entries[entries.length - 1];
    if (!last || last.event_type !== 'AccountErasureRequested') return null;
    const due = /due (\S+)$/.exec(last.summary || '');
    return { dueAt: due ? due[1] : null };
  }


  const correct = event => {
    event.preventDefault();
    const values = formValues(event.target);
    return runner.run('profile', async () => {
      await put('/api/account/profile', { displayName: values.displayName || '', mobile: values.mobile || '' });
      // GET /api/me has no minVersion: wait briefly for the accounts view to show the correction.
      for (let attempt = 0; attempt < 40; attempt++) {
        await load();
        if (me && me.displayName === values.displayName && digits(me.mobile) === digits(values.mobile)) break;
        await new Promise(resolve => setTimeout(resolve, 250));
      }
      account = { ...account, ...me };
      redrawShell();
      announce(t('privacy.corrected'));
    });
  };

  const changePassword = event => {
    event.preventDefault();
    const form = event.target;
    return runner.run('password', async () => {
      await post('/api/account/password', { currentPassword: form.currentPassword.value, newPassword: form.newPassword.value });
      // A password change revokes every token, this session's too: sign in again with the new one.
      await signIn(account.username, form.newPassword.value);
      form.reset();
      newPassword = '';
      announce(t('privacy.passwordChanged'));
    });
  };

  function openDialog(kind) {
    dialog = kind;
    problems.dialog = null;
    draw();
    outlet.querySelector('#account-dialog').showModal();
  }

  function closeDialog() {
    outlet.querySelector('#account-dialog')?.close();
    dialog = null;
    draw();
  }

  const confirmDialog = event => {
    event.preventDefault();
    const currentPassword = event.target.currentPassword.value;
    return runner.run('dialog', async () => {
      if (dialog === 'close') {
        await post('/api/account/deactivate', { currentPassword });
        await endSession(t('privacy.closed'));
      } else {
        const answer = await post('/api/account/erasure', { currentPassword });
        await endSession(t('privacy.erasureScheduled', { due: dateTime(answer.body.dueAt) }));
      }
    });
  };

  const cancelErasure = () => runner.run('pending', async () => {
    await del('/api/account/erasure');
    pendingErasure = null;
    announce(t('privacy.erasureCancelled'));
  });

  // Closing or erasing ends the session here; the sign-in page says what happens next.
  async function endSession(notice) {
    outlet.querySelector('#account-dialog')?.close();
    stopInbox();
    await signOut().catch(() => null);
    redrawShell();
    navigate(`/sign-in?notice=${encodeURIComponent(notice)}`, { replace: true });
  }

  function draw() {
    if (signal.aborted) return;
    render(html`
      ${heading(t('privacy.title'))}
      <p>${t('privacy.intro')}
        ${hasRole(...WORKSPACE_ROLES) ? html`<a href="/support/new?kind=ACCESS">${t('privacy.askSupport')}</a> ·
          <a href="/support">${t('support.title')}</a>` : ''}</p>
      ${problemBox(loadProblem)}
      ${account ? page() : loadProblem ? '' : html`<p class="loading">${t('common.loading')}</p>`}`, outlet);
  }

  function page() {
    return html`
      ${pendingErasure ? pendingPanel() : ''}
      <div class="grid-2">
        <section class="panel" aria-labelledby="privacy-account">
          <h2 id="privacy-account">${t('privacy.account')}</h2>
          <dl class="facts" data-testid="my-account">
            <dt>${t('privacy.username')}</dt><dd>${account.username}</dd>
            <dt>${t('privacy.displayName')}</dt><dd data-testid="my-display-name">${account.displayName}</dd>
            <dt>${t('privacy.mobile')}</dt><dd>${account.mobile}</dd>
            ${workspaceName() ? html`<dt>${t('privacy.workspace')}</dt><dd>${workspaceName()}</dd>` : ''}
            <dt>${t('privacy.role')}</dt><dd>${t(`role.${account.role}`)}</dd>
            <dt>${t('privacy.status')}</dt><dd>${badge(account.status, t(`account.status.${account.status}`))}</dd>
            <dt>${t('privacy.registeredAt')}</dt><dd>${dateTime(account.registeredAt)}</dd>
            <dt>${t('privacy.lastLoginAt')}</dt><dd>${dateTime(account.lastLoginAt)}</dd>
          </dl>
        </section>
        ${myData()}
      </div>
      <section class="panel" aria-labelledby="privacy-logins">
        <h2 id="privacy-logins">${t('privacy.logins')}</h2>
        <p class="muted">${t('privacy.loginsIntro')}</p>
        ${loginsTable(logins, 'my-logins')}
      </section>
      <div class="grid-2">
        ${correctForm()}
        ${passwordForm()}
      </div>
      <div class="grid-2">
        <section class="panel" aria-labelledby="privacy-close">
          <h2 id="privacy-close">${t('privacy.close')}</h2>
          <p>${t('privacy.closeIntro')}</p>
          <button type="button" class="danger" data-testid="close-account" @click=${() => openDialog('close')}>${t('privacy.closeButton')}</button>
        </section>
        <section class="panel" aria-labelledby="privacy-erase">
          <h2 id="privacy-erase">${t('privacy.erase')}</h2>
          <p>${t('privacy.eraseIntro')}</p>
          <button type="button" class="danger" data-testid="erase-account" ?disabled=${!!pendingErasure}
                  @click=${() => openDialog('erase')}>${t('privacy.eraseButton')}</button>
        </section>
      </div>
      ${accountDialog()}`;
  }

  const workspaceName = () => (exported.account || [])[0]?.workspace_name;

  function pendingPanel() {
    return html`
      <section class="warning" role="status" data-testid="pending-erasure" data-form="pending">
        <h2>${t('privacy.pending')}</h2>
        <p>${t('privacy.pendingText', { due: dateTime(pendingErasure.dueAt) })}</p>
        ${problemBox(problems.pending)}
        <button type="button" class="primary" ?disabled=${runner.busy === 'pending'} @click=${cancelErasure}
                data-testid="cancel-erasure">${t('privacy.cancelErasure')}</button>
      </section>`;
  }

  function myData() {
    return html`
      <section class="panel" aria-labelledby="privacy-data">
        <h2 id="privacy-data">${t('privacy.myData')}</h2>
        <p class="muted">${t('privacy.myDataIntro')}</p>
        <table data-testid="my-data">
          <tbody>
            ${SECTIONS.map(section => html`
              <tr data-section=${section}>
                <th scope="row">${t(`privacy.section.${section}`)}</th>
                <td class="number">${t('privacy.sectionCount', { count: (exported[section] || []).length })}</td>
              </tr>`)}
          </tbody>
        </table>
        <p><a class="button primary" href="/api/me/export" download="orderdesk-personal-data.json"
              data-testid="export-download">${t('privacy.download')}</a></p>
      </section>`;
  }

  function correctForm() {
    return html`
      <section class="panel" aria-labelledby="privacy-correct" data-form="profile">
        <h2 id="privacy-correct">${t('privacy.correct')}</h2>
        <p class="muted">${t('privacy.correctIntro')}</p>
        ${problemBox(problems.profile)}
        <form @submit=${correct} data-testid="profile-form">
          <label>${t('privacy.displayName')}
            <input name="displayName" required maxlength="100" autocomplete="name" .value=${account.displayName}></label>
          <label>${t('privacy.mobile')}
            <input name="mobile" type="tel" required maxlength="25" autocomplete="tel" .value=${account.mobile}></label>
          <button type="submit" class="primary" ?disabled=${runner.busy === 'profile'}>${t('common.save')}</button>
        </form>
      </section>`;
  }

  function passwordForm() {
    const rules = passwordRules(newPassword, { username: account.username, mobile: account.mobile });
    return html`
      <section class="panel" aria-labelledby="privacy-password" data-form="password">
        <h2 id="privacy-password">${t('privacy.password')}</h2>
        ${problemBox(problems.password)}
        <form @submit=${changePassword} @input=${event => { newPassword = event.currentTarget.newPassword.value; draw(); }}>
          <label>${t('privacy.currentPassword')}
            <input name="currentPassword" type="password" required maxlength="128" autocomplete="current-password"></label>
          <label>${t('privacy.newPassword')}
            <input name="newPassword" type="password" required minlength="12" maxlength="128"
                   autocomplete="new-password" aria-describedby="password-rules-title"></label>
          ${passwordRulesView(rules)}
          <button type="submit" class="primary" ?disabled=${runner.busy === 'password'}>${t('privacy.password')}</button>
        </form>
      </section>`;
  }

  function accountDialog() {
    const erase = dialog === 'erase';
    return html`
      <dialog id="account-dialog" aria-labelledby="account-dialog-title" data-testid="account-dialog"
              data-form="dialog" @close=${() => { dialog = null; }}>
        ${dialog ? html`
          <h2 id="account-dialog-title">${t(erase ? 'privacy.erase' : 'privacy.close')}</h2>
          ${erase ? html`
            <p><strong>${t('privacy.eraseGrace')}</strong></p>
            <p>${t('privacy.eraseDeleted')}</p>
            <p>${t('privacy.eraseRemains')}</p>
            <p class="muted">${t('privacy.eraseOwner')}</p>` : html`
            <p>${t('privacy.closeConsequences')}</p>`}
          ${problemBox(problems.dialog)}
          <form @submit=${confirmDialog}>
            <label class="checkbox"><input type="checkbox" name="understand" required> ${t('privacy.understand')}</label>
            <label>${t('privacy.confirmPassword')}
              <input name="currentPassword" type="password" required maxlength="128" autocomplete="current-password"></label>
            <div class="toolbar">
              <button type="submit" class="danger" ?disabled=${runner.busy === 'dialog'}>
                ${t(erase ? 'privacy.eraseConfirm' : 'privacy.closeConfirm')}</button>
              <button type="button" @click=${closeDialog}>${t('common.cancel')}</button>
            </div>
          </form>` : ''}
      </dialog>`;
  }

  draw();
  loadAll();
}
