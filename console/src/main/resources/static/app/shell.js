// The frame around every page: header with navigation by role, the live unread badge, the language switch and
// the person's menu; the main area the router draws into; the "Online support" entry at the bottom right
// (where the privacy policy says it is); and a polite live region for announcements.

import { html, render } from '/webjars/lit-html/lit-html.js';
import { LOCALES, locale, messages, setLocale, t } from './lib/i18n.js';
import { expiresInMillis, forget, hasRole, me, signOut } from './lib/session.js';
import { subscribe } from './lib/live.js';
import { navigate } from './lib/router.js';
import { navigation, WORKSPACE_ROLES } from './routes.js';

messages({
  en: {
    'shell.skip': 'Skip to content',
    'shell.brand': 'OrderDesk',
    'shell.mainNav': 'Main',
    'shell.inbox': 'Inbox',
    'shell.unread': '{count} unread',
    'shell.language': 'Language',
    'shell.privacy': 'My data & privacy',
    'shell.signOut': 'Sign out',
    'shell.support': 'Online support',
    'shell.supportQueue': 'Support queue',
    'shell.signedInAs': 'Signed in as {name} ({role})',
    'nav.orders': 'Orders',
    'nav.tasks': 'Tasks',
    'nav.audit': 'Audit',
    'nav.reports': 'Reports',
    'nav.workspace': 'Workspace',
    'nav.admin': 'Administration',
    'role.OWNER': 'owner',
    'role.COLLABORATOR': 'collaborator',
    'role.AUDITOR': 'auditor',
    'role.ADMIN': 'platform admin',
  },
  'zh-CN': {
    'shell.skip': '跳到主要内容',
    'shell.brand': 'OrderDesk',
    'shell.mainNav': '主导航',
    'shell.inbox': '收件箱',
    'shell.unread': '{count} 条未读',
    'shell.language': '语言',
    'shell.privacy': '我的数据与隐私',
    'shell.signOut': '退出登录',
    'shell.support': '在线客服',
    'shell.supportQueue': '客服工单',
    'shell.signedInAs': '当前登录：{name}（{role}）',
    'nav.orders': '订单',
    'nav.tasks': '任务',
    'nav.audit': '审计',
    'nav.reports': '报表',
    'nav.workspace': '工作区',
    'nav.admin': '平台管理',
    'role.OWNER': '店主',
    'role.COLLABORATOR': '协作者',
    'role.AUDITOR': '审计员',
    'role.ADMIN': '平台管理员',
  },
});

let root;
let outlet;
let unread = null;
let closeInbox = null;
let expiryTimer;

/** A person signed in: the header shows them, and the session ends by itself when its token expires. */
export function sessionStarted() {
  clearTimeout(expiryTimer);
  const left = expiresInMillis();
  if (left !== null) expiryTimer = setTimeout(sessionEnded, Math.max(0, left));
  redrawShell();
}

/** The session ended (expired or revoked): back to sign-in, saying so, and back here after signing in. */
export function sessionEnded() {
  if (!me) return;
  clearTimeout(expiryTimer);
  forget();
  stopInbox();
  redrawShell();
  const next = encodeURIComponent(location.pathname + location.search);
  navigate(`/sign-in?expired=1&next=${next}`, { replace: true });
}

/** Draws the frame once and answers the element pages are drawn into. */
export function mountShell(element) {
  root = element;
  root.replaceChildren(); // the "loading" text of index.html
  render(frame(), root);
  outlet = root.querySelector('#main');
  return outlet;
}

/** Draws the header again (after sign-in/out, a navigation or a language change), keeping the page. */
export function redrawShell() {
  render(frame(), root);
  watchInbox();
}

function frame() {
  return html`
    <a class="skip-link" href="#main">${t('shell.skip')}</a>
    <header class="topbar">
      <a class="brand" href="/">${t('shell.brand')}</a>
      ${me ? signedInHeader() : ''}
      <label class="language">
        <span class="visually-hidden">${t('shell.language')}</span>
        <select @change=${event => setLocale(event.target.value)} data-testid="language">
          ${LOCALES.map(option => html`<option value=${option.code} ?selected=${option.code === locale()}>${option.name}</option>`)}
        </select>
      </label>
    </header>
    <main id="main" tabindex="-1"></main>
    ${supportEntry()}
    <div id="announcements" class="toast" role="status" aria-live="polite"></div>`;
}

function signedInHeader() {
  const path = location.pathname;
  const entries = navigation.filter(entry => hasRole(...entry.roles));
  return html`
    <nav aria-label=${t('shell.mainNav')} class="main-nav">
      ${entries.map(entry => html`
        <a href=${entry.path} aria-current=${path.startsWith(entry.path) ? 'page' : 'false'}>${t(entry.label)}</a>`)}
    </nav>
    <a class="inbox-link" href="/inbox" aria-current=${path.startsWith('/inbox') ? 'page' : 'false'}
       data-testid="inbox-link">
      ${t('shell.inbox')}
      ${unread ? html`<span class="unread-badge" data-testid="unread-badge"
                           aria-label=${t('shell.unread', { count: unread })}>${unread}</span>` : ''}
    </a>
    <details class="person-menu">
      <summary title=${t('shell.signedInAs', { name: me.displayName, role: t(`role.${me.role}`) })}>
        <span data-testid="person-name">${me.displayName}</span>
      </summary>
      <div class="menu">
        <p class="muted">${t('shell.signedInAs', { name: me.displayName, role: t(`role.${me.role}`) })}</p>
        <a href="/privacy">${t('shell.privacy')}</a>
        <button type="button" class="link" data-testid="sign-out" @click=${leave}>${t('shell.signOut')}</button>
      </div>
    </details>`;
}

function supportEntry() {
  if (me && hasRole('ADMIN')) {
    return html`<a class="support-entry" href="/admin#support">${t('shell.supportQueue')}</a>`;
  }
  const target = me && hasRole(...WORKSPACE_ROLES) ? '/support/new' : '/sign-in?next=%2Fsupport%2Fnew';
  return html`<a class="support-entry" href=${target} data-testid="support-entry">${t('shell.support')}</a>`;
}

async function leave() {
  clearTimeout(expiryTimer);
  stopInbox();
  await signOut();
  redrawShell();
  navigate('/sign-in', { replace: true });
}

function watchInbox() {
  if (!me) return stopInbox();
  if (closeInbox) return;
  closeInbox = subscribe('/api/notifications/live', {
    unread: update => setUnread(update.unreadCount),
    notification: update => setUnread(update.unreadCount),
  });
}

function setUnread(count) {
  if (count === unread) return;
  unread = count;
  render(frame(), root);
  document.dispatchEvent(new CustomEvent('orderdesk:unread', { detail: count }));
}

/** Stops the inbox stream (sign-out, expiry). */
export function stopInbox() {
  if (closeInbox) closeInbox();
  closeInbox = null;
  unread = null;
}
