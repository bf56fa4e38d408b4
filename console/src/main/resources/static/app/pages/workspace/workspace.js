// The owner's workspace: members (role, removal, unlock, sign-in history), invitations (the code shown once)
// and the time zone every date of the console follows.
import { html, render } from '/webjars/lit-html/lit-html.js';
import './messages.js';
import '../privacy/messages.js';
import { dateTime, t } from '../../lib/i18n.js';
import { del, get, post, put } from '../../lib/api.js';
import { me, reloadWorkspace } from '../../lib/session.js';
import { announce, badge, formValues, heading, problemBox, actions } from '../../lib/ui.js';
import { loginsTable } from '../privacy/logins.js';

const MEMBER_ROLES = ['COLLABORATOR', 'AUDITOR'];

/** Every IANA zone the browser knows, UTC first (some browsers leave it out of the list). */
function timeZones() {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return ['UTC', ...zones.filter(zone => zone !== 'UTC')];
}

const locked = member => member.lockedUntil && new Date(member.lockedUntil).getTime() > Date.now();
const pause = millis => new Promise(resolve => setTimeout(resolve, millis));

export default function mount(outlet, { signal }) {
  let members = null;
  let workspace = null;
  let problem = null;
  const runner = actions(draw);
  const { problems } = runner;
  let invitation = null;
  let logins = null;
  let removing = null;
  let staleZone = null;
  let copied = '';

  async function readMembers() {
    members = (await get('/api/workspace/members', undefined, { signal })).body;
  }

  async function readWorkspace(minVersion) {
    const answer = await get('/api/workspace', { minVersion }, { signal });
    workspace = { ...answer.body, version: answer.version };
  }

  async function loadAll() {
    try {
      await Promise.all([readMembers(), readWorkspace()]);
    } catch (refusal) {
      if (refusal.name === 'AbortError') return;
      problem = refusal;
    }
    draw();
  }

  // The members list has no read-your-writes parameter: read again briefly until it shows the change.
  async function membersUntil(shows) {
    for (let attempt = 0; attempt < 40 && !signal.aborted; attempt++) {
      await readMembers();
      if (shows(members)) return;
      await pause(250);
    }
  }


  const byId = id => (members || []).find(member => member.accountId === id);

  const changeRole = (member, event) => {
    event.preventDefault();
    const role = event.target.role.value;
    return runner.run(`member-${member.accountId}`, async () => {
      await put(`/api/workspace/members/${encodeURIComponent(member.accountId)}/role`, { role });
      await membersUntil(() => byId(member.accountId)?.role === role);
      announce(t('workspace.roleChanged', { name: member.displayName, role: t(`role.${role}`) }));
    });
  };

  const unlock = member => runner.run(`member-${member.accountId}`, async () => {
    await post(`/api/workspace/members/${encodeURIComponent(member.accountId)}/unlock`);
    await membersUntil(() => !locked(byId(member.accountId) || {}));
    announce(t('workspace.unlocked', { name: member.displayName }));
  });

  function askRemove(member) {
    removing = member;
    problems.remove = null;
    draw();
    outlet.querySelector('#remove-dialog').showModal();
  }

  function closeRemove() {
    outlet.querySelector('#remove-dialog')?.close();
    removing = null;
    draw();
  }

  const remove = event => {
    event.preventDefault();
    const member = removing;
    return runner.run('remove', async () => {
      await del(`/api/workspace/members/${encodeURIComponent(member.accountId)}`);
      closeRemove();
      await membersUntil(() => byId(member.accountId)?.status === 'REMOVED');
      announce(t('workspace.removed', { name: member.displayName }));
    });
  };

  const showLogins = member => runner.run(`member-${member.accountId}`, async () => {
    const answer = await get(`/api/workspace/members/${encodeURIComponent(member.accountId)}/logins`, { limit: 50 }, { signal });
    logins = { member, items: answer.body };
    draw();
    outlet.querySelector('#member-logins')?.focus();
  });

  const invite = event => {
    event.preventDefault();
    const form = event.target;
    const values = formValues(form);
    return runner.run('invite', async () => {
      const answer = await post('/api/workspace/invitations', values);
      invitation = { ...answer.body, displayName: values.displayName };
      copied = '';
      form.reset();
      announce(t('workspace.invited', { name: values.displayName }));
      draw();
      outlet.querySelector('[data-testid=invitation]')?.focus();
      await membersUntil(() => !!byId(invitation.accountId));
    });
  };

  async function copy(text, what) {
    try {
      await navigator.clipboard.writeText(text);
      copied = what;
      announce(t('workspace.copied'));
    } catch {
      copied = 'failed';
    }
    draw();
  }

  const saveTimeZone = event => {
    event.preventDefault();
    const timeZone = event.target.timeZone.value;
    staleZone = null;
    return runner.run('zone', async () => {
      try {
        const answer = await put('/api/workspace/time-zone', { timeZone }, { ifMatch: workspace.version });
        await readWorkspace(answer.body.version);
      } catch (refusal) {
        if (refusal.type !== 'stale-version') throw refusal;
        await readWorkspace();
        staleZone = workspace.timeZone;
        return;
      }
      // Dates everywhere follow the workspace's zone: the session takes the new one.
      await reloadWorkspace();
      announce(t('workspace.timeZoneSaved', { zone: workspace.timeZone }));
    });
  };

  function draw() {
    if (signal.aborted) return;
    render(html`
      ${heading(t('workspace.title'))}
      ${problemBox(problem)}
      ${invitation ? invitationPanel() : ''}
      ${members ? membersSection() : problem ? '' : html`<p class="loading">${t('common.loading')}</p>`}
      ${logins ? loginsSection() : ''}
      <div class="grid-2">
        ${inviteForm()}
        ${workspace ? timeZoneForm() : ''}
      </div>
      ${removeDialog()}`, outlet);
  }

  function membersSection() {
    return html`
      <section class="people-section" aria-labelledby="members-title">
        <h2 id="members-title">${t('workspace.members')}</h2>
        <div class="table-scroll">
          <table data-testid="members">
            <thead><tr>
              <th scope="col">${t('workspace.name')}</th>
              <th scope="col">${t('workspace.username')}</th>
              <th scope="col">${t('workspace.role')}</th>
              <th scope="col">${t('workspace.status')}</th>
              <th scope="col">${t('workspace.lockedUntil')}</th>
              <th scope="col">${t('workspace.lastLogin')}</th>
              <th scope="col">${t('common.actions')}</th>
            </tr></thead>
            <tbody>${members.map(memberRow)}</tbody>
          </table>
        </div>
      </section>`;
  }

  function memberRow(member) {
    const key = `member-${member.accountId}`;
    const manageable = member.role !== 'OWNER' && member.accountId !== me?.accountId && member.status !== 'REMOVED'
      && member.status !== 'ERASED';
    return html`
      <tr data-account-id=${member.accountId} data-username=${member.username}>
        <th scope="row">${member.displayName} ${member.accountId === me?.accountId ? html`<span class="muted">${t('workspace.you')}</span>` : ''}</th>
        <td>${member.username}</td>
        <td>${manageable ? html`
          <form class="inline-form" @submit=${event => changeRole(member, event)}>
            <label><span class="visually-hidden">${t('workspace.changeRole', { name: member.displayName })}</span>
              <select name="role" data-testid="member-role">
                ${MEMBER_ROLES.map(role => html`<option value=${role} ?selected=${role === member.role}>${t(`role.${role}`)}</option>`)}
              </select></label>
            <button type="submit" ?disabled=${runner.busy === key}>${t('common.save')}</button>
          </form>` : t(`role.${member.role}`)}</td>
        <td>${badge(member.status, t(`account.status.${member.status}`))}</td>
        <td>${locked(member) ? html`<span class="badge badge-blocked">${dateTime(member.lockedUntil)}</span>` : html`<span class="muted">${t('workspace.notLocked')}</span>`}</td>
        <td>${dateTime(member.lastLoginAt)}</td>
        <td>
          <div class="toolbar">
            <button type="button" @click=${() => showLogins(member)} ?disabled=${runner.busy === key}>${t('workspace.logins')}</button>
            ${manageable && locked(member) ? html`<button type="button" @click=${() => unlock(member)} ?disabled=${runner.busy === key}>${t('workspace.unlock')}</button>` : ''}
            ${manageable ? html`<button type="button" class="danger" @click=${() => askRemove(member)}>${t('workspace.remove')}</button>` : ''}
          </div>
          ${problemBox(problems[key])}
        </td>
      </tr>`;
  }

  function loginsSection() {
    return html`
      <section class="panel" aria-labelledby="member-logins">
        <h2 id="member-logins" tabindex="-1">${t('workspace.loginsOf', { name: logins.member.displayName })}</h2>
        ${loginsTable(logins.items, 'member-logins')}
        <button type="button" @click=${() => { logins = null; draw(); }}>${t('workspace.hideLogins')}</button>
      </section>`;
  }

  function invitationPanel() {
    const link = `${location.origin}/invitation?code=${encodeURIComponent(invitation.invitationCode)}`;
    return html`
      <section class="panel invitation" role="status" tabindex="-1" data-testid="invitation" aria-labelledby="invitation-title">
        <h2 id="invitation-title">${t('workspace.invitationTitle', { name: invitation.displayName })}</h2>
        <p><strong>${t('workspace.invitationOnce', { name: invitation.displayName })}</strong></p>
        <p>${t('workspace.code')}: <code class="secret" data-testid="invitation-code">${invitation.invitationCode}</code>
          <button type="button" @click=${() => copy(invitation.invitationCode, 'code')}>${t('workspace.copyCode')}</button></p>
        <p>${t('workspace.link')}: <a href=${link} data-testid="invitation-link" target="_blank" rel="noopener">${link}</a>
          <button type="button" @click=${() => copy(link, 'link')}>${t('workspace.copyLink')}</button></p>
        <p class="muted">${t('workspace.expires', { at: dateTime(invitation.expiresAt) })}</p>
        ${copied === 'failed' ? html`<p class="warning">${t('workspace.copyFailed')}</p>` : copied ? html`<p class="success">${t('workspace.copied')}</p>` : ''}
        <button type="button" @click=${() => { invitation = null; draw(); }} data-testid="invitation-done">${t('common.close')}</button>
      </section>`;
  }

  function inviteForm() {
    return html`
      <section class="panel" aria-labelledby="invite-title">
        <h2 id="invite-title">${t('workspace.invite')}</h2>
        <p class="muted">${t('workspace.inviteIntro')}</p>
        ${problemBox(problems.invite)}
        <form @submit=${invite} data-testid="invite-form">
          <label>${t('workspace.username')}
            <input name="username" required minlength="3" maxlength="40" autocomplete="off"
                   pattern="[A-Za-z0-9][A-Za-z0-9._\\-]{2,39}"></label>
          <label>${t('workspace.mobile')}
            <input name="mobile" type="tel" required maxlength="25" autocomplete="off"></label>
          <label>${t('workspace.displayName')}
            <input name="displayName" required maxlength="100" autocomplete="off"></label>
          <label>${t('workspace.role')}
            <select name="role">
              ${MEMBER_ROLES.map(role => html`<option value=${role}>${t(`role.${role}`)}</option>`)}
            </select></label>
          <button type="submit" class="primary" ?disabled=${runner.busy === 'invite'}>${t('workspace.inviteButton')}</button>
        </form>
      </section>`;
  }

  function timeZoneForm() {
    return html`
      <section class="panel" aria-labelledby="zone-title">
        <h2 id="zone-title">${t('workspace.timeZone')}</h2>
        <p class="muted">${t('workspace.timeZoneIntro')}</p>
        ${workspace.timeZoneSet ? '' : html`<p class="muted">${t('workspace.timeZoneNotSet')}</p>`}
        ${staleZone ? html`<p class="warning" role="alert" data-testid="zone-stale">${t('workspace.timeZoneStale', { zone: staleZone })}</p>` : ''}
        ${problemBox(problems.zone)}
        <form class="inline-form" @submit=${saveTimeZone} data-testid="zone-form">
          <label>${t('workspace.timeZone')}
            <select name="timeZone" data-testid="time-zone">
              ${timeZones().map(zone => html`<option value=${zone} ?selected=${zone === workspace.timeZone}>${zone}</option>`)}
            </select></label>
          <button type="submit" class="primary" ?disabled=${runner.busy === 'zone'}>${t('common.save')}</button>
        </form>
      </section>`;
  }

  function removeDialog() {
    return html`
      <dialog id="remove-dialog" aria-labelledby="remove-title" data-testid="remove-dialog" @close=${() => { removing = null; }}>
        ${removing ? html`
          <h2 id="remove-title">${t('workspace.removeTitle', { name: removing.displayName })}</h2>
          <p>${t('workspace.removeText', { name: removing.displayName })}</p>
          ${problemBox(problems.remove)}
          <form @submit=${remove} class="toolbar">
            <button type="submit" class="danger" ?disabled=${runner.busy === 'remove'} data-testid="remove-confirm">${t('workspace.removeConfirm')}</button>
            <button type="button" @click=${closeRemove}>${t('common.cancel')}</button>
          </form>` : ''}
      </dialog>`;
  }

  draw();
  loadAll();
}
