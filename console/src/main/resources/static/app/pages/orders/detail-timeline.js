// The order's timeline (from the detail's history), the conflict panel shown after a 412 (the history entries
// after the version the person edited against), and the notice for a live update held back while they type.
import { html } from '/webjars/lit-html/lit-html.js';
import { dateTime, t } from '../../lib/i18n.js';
import { hasRole } from '../../lib/session.js';

// Events whose server summary only repeats ids (of notes, attachments, followers): the label says it all.
const LABEL_ONLY = ['OrderFollowed', 'OrderUnfollowed', 'InternalNoteAdded', 'InternalNoteEdited',
  'InternalNoteDeleted', 'AttachmentRemoved'];

function label(entry) {
  const key = `orderDetail.event.${entry.event}`;
  const text = t(key);
  return text === key ? entry.event : text;
}

/** One history entry: when, who, what. */
function entryView(page, entry) {
  const detail = LABEL_ONLY.includes(entry.event) ? '' : entry.summary;
  return html`
    <time datetime=${entry.at}>${dateTime(entry.at)}</time>
    · <span class="who" data-testid="entry-who">${page.names.nameOf(entry.actorId, entry.actorRole)}</span>
    <div>
      <strong>${label(entry)}</strong>${detail ? html` — <span data-testid="entry-summary">${detail}</span>` : ''}
    </div>`;
}

export function timelineView(page) {
  const order = page.order;
  const history = order.history || [];
  const entries = page.newestFirst ? [...history].reverse() : history;
  const toggle = () => {
    page.newestFirst = !page.newestFirst;
    page.draw();
  };
  return html`
    <section class="panel" aria-labelledby="order-timeline-title" data-testid="timeline-section">
      <div class="toolbar">
        <h2 id="order-timeline-title">${t('orderDetail.timeline')}</h2>
        <span class="muted">(${page.newestFirst ? t('orderDetail.newestFirst') : t('orderDetail.oldestFirst')})</span>
        <span class="spacer"></span>
        <button type="button" data-testid="timeline-order-toggle" @click=${toggle}>
          ${page.newestFirst ? t('orderDetail.showOldestFirst') : t('orderDetail.showNewestFirst')}</button>
        ${hasRole('OWNER', 'AUDITOR') ? html`
          <a href="/audit/history/orders/${encodeURIComponent(order.orderId)}" data-testid="audit-history-link">
            ${t('orderDetail.fullHistory')}</a>` : ''}
      </div>
      ${entries.length ? html`
        <ol class="timeline" data-testid="timeline">${entries.map(entry => html`
          <li data-testid="timeline-entry" data-version=${entry.version} data-event=${entry.event}>
            ${entryView(page, entry)}</li>`)}
        </ol>` : html`<p class="muted">${t('orderDetail.noHistory')}</p>`}
    </section>`;
}

export function conflictView(page) {
  const conflict = page.conflict;
  if (!conflict) return '';
  return html`
    <section class="order-detail-conflict" role="alert" tabindex="-1" data-testid="conflict-panel"
             aria-labelledby="order-conflict-title">
      <h2 id="order-conflict-title">${t('orderDetail.conflictTitle')}</h2>
      ${conflict.changes.length ? html`
        <p>${t('orderDetail.conflictIntro', { mine: conflict.mine, current: conflict.current })}</p>
        <ul class="order-detail-conflict-changes">${conflict.changes.map(entry => html`
          <li data-testid="conflict-change">${entryView(page, entry)}</li>`)}
        </ul>` : html`<p>${t('orderDetail.conflictUnknown')}</p>`}
      ${conflict.input ? html`
        <p>${t('orderDetail.conflictInput')}</p>
        <blockquote class="order-detail-text" data-testid="conflict-input">${conflict.input}</blockquote>` : ''}
      <div class="toolbar">
        <button type="button" class="primary" data-testid="conflict-reload" @click=${page.reloadAfterConflict}>
          ${t('orderDetail.conflictReload')}</button>
        <button type="button" data-testid="conflict-cancel" @click=${page.cancelConflict}>
          ${t('orderDetail.conflictCancel')}</button>
      </div>
    </section>`;
}

export function heldNotice(page) {
  if (!page.held || page.conflict || page.busy) return '';
  return html`
    <div class="notice order-detail-held" data-testid="live-notice">
      ${t('orderDetail.heldNotice')}
      <button type="button" data-testid="live-reload" @click=${page.showHeld}>${t('orderDetail.heldReload')}</button>
    </div>`;
}
