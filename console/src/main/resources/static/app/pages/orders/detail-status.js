// Status moves: one button per move the lifecycle allows from the current status (status.js, as the command side
// enforces it). A move that needs more (carrier and tracking number, a reason, an after-sales kind) asks for it
// in a small form first; the others are sent on the click.
import { html } from '/webjars/lit-html/lit-html.js';
import { live } from '/webjars/lit-html/directives/live.js';
import { t } from '../../lib/i18n.js';
import { post } from '../../lib/api.js';
import { AFTER_SALES_KINDS, moveNeeds, nextStatuses, statusLabel } from './status.js';

const FIRST_FIELD = '[data-testid=move-form] input, [data-testid=move-form] select, [data-testid=move-form] textarea';

export function movesView(page) {
  if (!page.canEdit) return ''; // auditors read: the status is in the header
  const moves = nextStatuses(page.order.status);
  const draft = page.drafts.move;
  return html`
    <section class="panel" aria-labelledby="order-moves-title" data-testid="status-moves">
      <h2 id="order-moves-title">${t('orderDetail.moves')}</h2>
      ${moves.length ? html`
        <p class="muted">${t('orderDetail.movesHelp')}</p>
        <div class="toolbar">${moves.map(to => html`
          <button type="button" class=${to === 'CANCELLED' ? 'danger' : 'primary'} data-testid="move-${to}"
                  data-status=${to} ?disabled=${page.busy} aria-expanded=${draft && draft.to === to ? 'true' : 'false'}
                  @click=${() => startMove(page, to)}>
            ${t('orderDetail.moveTo', { status: statusLabel(to) })}</button>`)}
        </div>` : html`<p class="muted">${t('orderDetail.noMoves')}</p>`}
      ${draft ? moveForm(page, draft) : ''}
      ${page.problemFor('moves')}
    </section>`;
}

function needsOf(page, to) {
  return moveNeeds(page.order.status, to);
}

function startMove(page, to) {
  const needs = needsOf(page, to);
  if (!needs.reason && !needs.shipment && !needs.afterSalesKind) {
    page.drafts.move = null;
    sendMove(page, { to, reason: '', carrier: '', trackingNumber: '', afterSalesKind: '' }, false);
    return;
  }
  const typedReason = page.drafts.move ? page.drafts.move.reason : '';
  page.drafts.move = { to, reason: typedReason, carrier: '', trackingNumber: '', afterSalesKind: '' };
  page.focus = FIRST_FIELD;
  page.draw();
}

function moveForm(page, draft) {
  const needs = needsOf(page, draft.to);
  const set = name => event => { draft[name] = event.target.value; };
  const title = t('orderDetail.moveTo', { status: statusLabel(draft.to) });
  const close = () => {
    page.drafts.move = null;
    page.draw();
  };
  return html`
    <form class="order-detail-move-form" data-testid="move-form"
          @submit=${event => { event.preventDefault(); sendMove(page, draft, true); }}>
      <fieldset>
        <legend>${title}</legend>
        ${needs.shipment ? html`
          <label>${t('orderDetail.carrier')}
            <input name="carrier" required maxlength="60" autocomplete="off" data-testid="move-carrier"
                   .value=${live(draft.carrier)} @input=${set('carrier')}></label>
          <label>${t('orderDetail.trackingNumber')}
            <input name="trackingNumber" required maxlength="60" autocomplete="off" data-testid="move-tracking"
                   .value=${live(draft.trackingNumber)} @input=${set('trackingNumber')}></label>` : ''}
        ${needs.afterSalesKind ? html`
          <label>${t('orderDetail.afterSalesKind')}
            <select name="afterSalesKind" required data-testid="move-kind" @change=${set('afterSalesKind')}>
              <option value="" ?selected=${!draft.afterSalesKind}>${t('orderDetail.chooseKind')}</option>
              ${AFTER_SALES_KINDS.map(kind => html`
                <option value=${kind} ?selected=${draft.afterSalesKind === kind}>${t(`order.afterSales.${kind}`)}</option>`)}
            </select></label>` : ''}
        <label>${needs.reason ? t('orderDetail.moveReason') : t('orderDetail.moveReasonOptional')}
          <textarea name="reason" maxlength="500" ?required=${needs.reason} data-testid="move-reason"
                    .value=${live(draft.reason)} @input=${set('reason')}></textarea></label>
        <div class="toolbar">
          <button type="submit" class="primary" data-testid="move-submit" ?disabled=${page.busy}>${title}</button>
          <button type="button" data-testid="move-cancel" @click=${close}>${t('common.cancel')}</button>
        </div>
      </fieldset>
    </form>`;
}

function sendMove(page, draft, fromForm) {
  const needs = needsOf(page, draft.to);
  const body = { status: draft.to };
  if (draft.reason.trim()) body.reason = draft.reason.trim();
  if (needs.shipment) {
    body.carrier = draft.carrier.trim();
    body.trackingNumber = draft.trackingNumber.trim();
  }
  if (needs.afterSalesKind) body.afterSalesKind = draft.afterSalesKind;
  const forget = () => {
    if (page.drafts.move === draft) page.drafts.move = null;
  };
  const typed = [body.carrier, body.trackingNumber, body.reason].filter(Boolean).join(' · ');
  page.change({
    where: 'moves',
    send: ifMatch => post(`${page.path}/status`, body, { ifMatch }),
    input: fromForm ? `${t('orderDetail.inputMove', { status: statusLabel(draft.to) })}${typed ? ` — ${typed}` : ''}` : '',
    field: fromForm ? FIRST_FIELD : null,
    done: forget,
    drop: forget,
    announced: () => t('orderDetail.moved', { status: statusLabel(draft.to) }),
  });
}
