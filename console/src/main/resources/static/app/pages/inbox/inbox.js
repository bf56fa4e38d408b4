// The inbox: the person's notifications, unread ones first and marked, each saying what happened, who did it
// and when, with a link to the task, order or support request. New ones arrive live at the top; reading
// (here, or in another tab) updates the count, and the header's badge follows by itself.
import { html, render } from '/webjars/lit-html/lit-html.js';
import { repeat } from '/webjars/lit-html/directives/repeat.js';
import { get, post } from '../../lib/api.js';
import { dateTime, relative, t } from '../../lib/i18n.js';
import { subscribe } from '../../lib/live.js';
import { announce, heading, problemBox } from '../../lib/ui.js';
import { columnLabel } from '../tasks/status.js';
import { statusLabel } from '../orders/status.js';
import './messages.js';

const PAGE_SIZE = 30;
const SUPPORT_REQUEST = /\/api\/support\/requests\/([A-Za-z0-9-]+)/;
const STATUS_MOVE = /^([A-Z_]+) → ([A-Z_]+)(?::\s*([\s\S]*))?$/;

export default function mount(outlet, { signal }) {
  let items = [];
  let nextCursor = null;
  let unreadCount = null;
  let loaded = false;
  let busy = false;
  let problem = null;
  const ticker = setInterval(() => draw(), 60_000);
  signal.addEventListener('abort', () => clearInterval(ticker));

  async function load(cursor) {
    busy = true;
    draw();
    try {
      const page = (await get('/api/notifications', { unreadFirst: true, limit: PAGE_SIZE, cursor }, { signal })).body;
      const known = new Set(items.map(item => item.notificationId));
      items = [...items, ...page.items.filter(item => !known.has(item.notificationId))];
      nextCursor = page.nextCursor;
      unreadCount = page.unreadCount;
      loaded = true;
      problem = null;
    } catch (refusal) {
      if (refusal.name === 'AbortError') return;
      problem = refusal;
    } finally {
      busy = false;
      draw();
    }
  }

  function arrived(update) {
    unreadCount = update.unreadCount;
    const entry = update.notification;
    if (entry && !items.some(item => item.notificationId === entry.notificationId)) {
      items = [entry, ...items];
      announce(t('inbox.arrived', { text: sentenceText(entry) }));
    }
    draw();
  }

  function countChanged(update) {
    unreadCount = update.unreadCount;
    // Read elsewhere (another tab or device): with nothing unread left, nothing here is unread either.
    if (unreadCount === 0) items = items.map(item => (item.read ? item : { ...item, read: true }));
    draw();
  }

  async function markRead(entry, { quiet = false } = {}) {
    try {
      await post(`/api/notifications/${encodeURIComponent(entry.notificationId)}/read`);
      items = items.map(item => (item.notificationId === entry.notificationId ? { ...item, read: true } : item));
      if (!quiet) announce(t('inbox.marked'));
    } catch (refusal) {
      if (!quiet) problem = refusal;
    }
    draw();
    if (!quiet) outlet.querySelector(`[data-notification-id="${entry.notificationId}"] a`)?.focus();
  }

  async function markAllRead() {
    busy = true;
    draw();
    try {
      const answer = await post('/api/notifications/read-all');
      items = items.map(item => ({ ...item, read: true }));
      unreadCount = 0;
      problem = null;
      announce(t('inbox.markedAll', { count: answer.body?.marked ?? 0 }));
    } catch (refusal) {
      problem = refusal;
    } finally {
      busy = false;
      draw();
    }
  }

  function draw() {
    if (signal.aborted) return;
    render(html`
      ${heading(t('inbox.title'))}
      <div class="toolbar inbox-toolbar">
        <p class="inbox-count" role="status" data-testid="inbox-unread">
          ${unreadCount === null ? '' : unreadCount > 0 ? t('inbox.unreadCount', { count: unreadCount }) : t('inbox.allRead')}</p>
        <span class="spacer"></span>
        <button type="button" data-testid="mark-all-read" ?disabled=${busy || !unreadCount} @click=${markAllRead}>
          ${t('inbox.markAllRead')}</button>
      </div>
      ${problemBox(problem)}
      ${!loaded && !problem ? html`<p class="loading">${t('common.loading')}</p>` : ''}
      ${loaded && items.length === 0 ? html`<p class="muted" data-testid="inbox-empty">${t('inbox.empty')}</p>` : ''}
      <ul class="inbox-list" aria-label=${t('inbox.entries')} data-testid="inbox-list">
        ${repeat(items, item => item.notificationId, entryView)}
      </ul>
      ${nextCursor ? html`
        <button type="button" ?disabled=${busy} data-testid="load-more" @click=${() => load(nextCursor)}>
          ${t('common.loadMore')}</button>` : ''}`, outlet);
  }

  function entryView(entry) {
    const [before, after] = sentenceTemplate(entry).split('{subject}');
    const target = link(entry);
    const subject = subjectText(entry);
    const detail = detailText(entry);
    return html`
      <li class=${entry.read ? 'read' : 'unread'} data-testid="notification" data-kind=${entry.kind}
          data-read=${entry.read ? 'true' : 'false'} data-notification-id=${entry.notificationId}>
        <div class="body">
          <p class="what">
            ${entry.read ? '' : html`<span class="badge badge-new" data-testid="new-badge">${t('inbox.new')}</span>`}
            ${before}${target
              ? html`<a href=${target} @click=${() => { if (!entry.read) markRead(entry, { quiet: true }); }}>${subject}</a>`
              : html`<strong>${subject}</strong>`}${after ?? ''}</p>
          ${detail ? html`<p class="detail muted">${detail}</p>` : ''}
          <p class="when muted"><time datetime=${entry.createdAt} title=${dateTime(entry.createdAt)}>${relative(entry.createdAt)}</time></p>
        </div>
        ${entry.read ? '' : html`
          <button type="button" data-testid="mark-read" aria-label=${t('inbox.markReadOf', { subject })}
                  @click=${() => markRead(entry)}>${t('inbox.markRead')}</button>`}
      </li>`;
  }

  draw();
  subscribe('/api/notifications/live', { notification: arrived, unread: countChanged }, { signal });
  load();
}

function sentenceTemplate(entry) {
  const key = `inbox.kind.${entry.kind}`;
  const text = t(key, { actor: entry.actorName || t('inbox.someone') });
  return text === key ? `${entry.kind}: {subject}` : text;
}

function sentenceText(entry) {
  return sentenceTemplate(entry).replace('{subject}', subjectText(entry));
}

function subjectText(entry) {
  if (entry.kind === 'ABNORMAL_LOGIN') return t('inbox.subject.account');
  if (entry.kind.startsWith('SUPPORT_REQUEST_')) return t('inbox.subject.support');
  return entry.subject || '';
}

function link(entry) {
  if (entry.taskId) return `/tasks/${encodeURIComponent(entry.taskId)}`;
  if (entry.orderId) return `/orders/${encodeURIComponent(entry.orderId)}`;
  if (entry.kind === 'ABNORMAL_LOGIN') return '/privacy';
  const request = SUPPORT_REQUEST.exec(entry.detail || '');
  return request ? `/support/${request[1]}` : null;
}

// The server words details in English ("TODO → IN_PROGRESS: reason", "Due <instant>"): say them in the person's
// language where their shape is known, else as written.
function detailText(entry) {
  const detail = entry.detail || '';
  if (!detail || entry.kind.startsWith('SUPPORT_REQUEST_')) return '';
  const move = STATUS_MOVE.exec(detail);
  if (move && (entry.kind === 'TASK_MOVED' || entry.kind === 'ORDER_STATUS_CHANGED')) {
    const label = entry.kind === 'TASK_MOVED' ? columnLabel : statusLabel;
    return `${label(move[1])} → ${label(move[2])}${move[3] ? `: ${move[3]}` : ''}`;
  }
  if (detail === 'No due date') return t('inbox.noDue');
  const due = /^Due (\S+)$/.exec(detail);
  if (due && !Number.isNaN(Date.parse(due[1]))) return t('inbox.due', { date: dateTime(due[1]) });
  return detail;
}
