// The order detail's plain sections: header (with follow), lines, customer and shipment, tags, linked tasks.
import { html } from '/webjars/lit-html/lit-html.js';
import { live } from '/webjars/lit-html/directives/live.js';
import { dateTime, money, number, t } from '../../lib/i18n.js';
import { del, put } from '../../lib/api.js';
import { me } from '../../lib/session.js';
import { badge, heading } from '../../lib/ui.js';
import { editable, statusLabel } from './status.js';
import { columnLabel, priorityLabel } from '../tasks/status.js';

export function headerView(page) {
  const order = page.order;
  const following = (order.followerIds || []).includes(me.accountId);
  return html`
    <header class="order-detail-header">
      <div class="order-detail-title">
        ${heading(t('orderDetail.title', { number: order.externalOrderNumber }))}
        <span data-testid="order-status" data-status=${order.status}>${badge(order.status, statusLabel(order.status))}</span>
      </div>
      <div class="order-detail-header-actions">
        <span class="muted order-detail-live-state" data-testid="live-state">
          ${page.liveState === 'reconnecting' ? t('orderDetail.reconnecting') : t('orderDetail.live')}</span>
        <button type="button" data-testid="follow-button" title=${t('orderDetail.followHelp')} ?disabled=${page.busy}
                @click=${() => follow(page, following)}>
          ${following ? t('orderDetail.unfollow') : t('orderDetail.follow')}</button>
      </div>
      <dl class="order-detail-facts">
        <div><dt>${t('orderDetail.channel')}</dt><dd data-testid="order-channel">${order.salesChannel || '—'}</dd></div>
        <div><dt>${t('orderDetail.orderedAt')}</dt><dd>${dateTime(order.orderedAt) || '—'}</dd></div>
        <div><dt>${t('orderDetail.recordedAt')}</dt><dd>${dateTime(order.recordedAt)}</dd></div>
        <div><dt>${t('orderDetail.total')}</dt><dd data-testid="order-total">${money(order.total, order.currency)}</dd></div>
      </dl>
      ${page.problemFor('header')}
    </header>`;
}

// Following needs no If-Match (it overwrites nobody), but it moves the version: the page reads it back.
function follow(page, following) {
  const path = `${page.path}/followers/me`;
  page.change({
    where: 'header',
    send: () => (following ? del(path) : put(path)),
    announced: following ? t('orderDetail.unfollowed') : t('orderDetail.followed'),
  });
}

export function linesView(page) {
  const order = page.order;
  return html`
    <section class="panel" aria-labelledby="order-lines-title">
      <h2 id="order-lines-title">${t('orderDetail.lines')}</h2>
      <div class="table-scroll">
        <table data-testid="lines-table">
          <thead><tr>
            <th scope="col">${t('orderDetail.sku')}</th>
            <th scope="col">${t('orderDetail.itemTitle')}</th>
            <th scope="col" class="number">${t('orderDetail.quantity')}</th>
            <th scope="col" class="number">${t('orderDetail.unitPrice')}</th>
            <th scope="col" class="number">${t('orderDetail.lineTotal')}</th>
          </tr></thead>
          <tbody>${order.lines.map(line => html`
            <tr data-testid="line">
              <td>${line.sku}</td>
              <td>${line.title}</td>
              <td class="number">${number(line.quantity)}</td>
              <td class="number">${money(line.unitPrice, order.currency)}</td>
              <td class="number">${money(line.lineTotal, order.currency)}</td>
            </tr>`)}
          </tbody>
          <tfoot><tr>
            <th scope="row" colspan="4">${t('orderDetail.orderTotal')}</th>
            <td class="number" data-testid="lines-total">${money(order.total, order.currency)}</td>
          </tr></tfoot>
        </table>
      </div>
    </section>`;
}

function address(value) {
  if (!value) return '';
  return [value.street, value.city, value.region, value.postalCode, value.country].filter(Boolean).join(', ');
}

export function customerView(page) {
  const order = page.order;
  const customer = order.customer;
  return html`
    <section class="panel" aria-labelledby="order-customer-title" data-testid="customer">
      <h2 id="order-customer-title">${t('orderDetail.customer')}</h2>
      ${customer ? html`
        <dl class="order-detail-facts stacked">
          <div><dt>${t('orderDetail.customerName')}</dt><dd data-testid="customer-name">${customer.name || '—'}</dd></div>
          <div><dt>${t('orderDetail.phone')}</dt><dd>${customer.phone || '—'}</dd></div>
          <div><dt>${t('orderDetail.address')}</dt><dd>${address(customer.address) || '—'}</dd></div>
        </dl>` : html`<p class="muted">${t('orderDetail.noCustomer')}</p>`}
      <h3>${t('orderDetail.buyerNote')}</h3>
      <p class="order-detail-text" data-testid="buyer-note">${order.buyerNote || '—'}</p>
      ${order.shipment ? html`
        <h3>${t('orderDetail.shipment')}</h3>
        <dl class="order-detail-facts stacked" data-testid="shipment">
          <div><dt>${t('orderDetail.carrier')}</dt><dd>${order.shipment.carrier}</dd></div>
          <div><dt>${t('orderDetail.trackingNumber')}</dt><dd>${order.shipment.trackingNumber}</dd></div>
        </dl>` : ''}
    </section>`;
}

export function tagsView(page) {
  const order = page.order;
  const editing = page.canEdit && editable(order.status);
  return html`
    <section class="panel" aria-labelledby="order-tags-title" data-testid="tags">
      <h2 id="order-tags-title">${t('orderDetail.tags')}</h2>
      ${order.tags.length ? html`
        <ul class="chips order-detail-tags">${order.tags.map(tag => html`
          <li class="order-detail-chip" data-testid="tag">${tag}${editing ? html`
            <button type="button" class="order-detail-chip-remove" aria-label=${t('orderDetail.removeTag', { tag })}
                    title=${t('orderDetail.removeTag', { tag })} data-testid="tag-remove" ?disabled=${page.busy}
                    @click=${() => untag(page, tag)}>×</button>` : ''}</li>`)}
        </ul>` : html`<p class="muted">${t('orderDetail.noTags')}</p>`}
      ${editing ? html`
        <form class="inline-form" @submit=${event => addTag(page, event)}>
          <label>${t('orderDetail.newTag')}
            <input name="tag" maxlength="40" required data-testid="tag-input" .value=${live(page.drafts.tag)}
                   @input=${event => { page.drafts.tag = event.target.value; }}></label>
          <button type="submit" data-testid="tag-add" ?disabled=${page.busy}>${t('orderDetail.addTag')}</button>
        </form>` : page.canEdit ? html`<p class="muted">${t('orderDetail.tagsLocked')}</p>` : ''}
      ${page.problemFor('tags')}
    </section>`;
}

const tagPath = (page, tag) => `${page.path}/tags/${encodeURIComponent(tag)}`;

function addTag(page, event) {
  event.preventDefault();
  const tag = page.drafts.tag.trim();
  if (!tag) return;
  page.change({
    where: 'tags',
    send: ifMatch => put(tagPath(page, tag), undefined, { ifMatch }),
    input: t('orderDetail.inputTag', { tag }),
    field: '[data-testid=tag-input]',
    done: () => { page.drafts.tag = ''; },
    drop: () => { page.drafts.tag = ''; },
    announced: t('orderDetail.tagged', { tag }),
  });
}

function untag(page, tag) {
  page.change({
    where: 'tags',
    send: ifMatch => del(tagPath(page, tag), { ifMatch }),
    announced: t('orderDetail.untagged', { tag }),
  });
}

export function tasksView(page) {
  const tasks = page.order.tasks || [];
  return html`
    <section class="panel" aria-labelledby="order-tasks-title" data-testid="linked-tasks">
      <h2 id="order-tasks-title">${t('orderDetail.tasks')}</h2>
      ${tasks.length ? html`
        <ul class="order-detail-task-cards">${tasks.map(task => html`
          <li class="card" data-testid="task-card">
            <a href="/tasks/${encodeURIComponent(task.taskId)}">${task.title}</a>
            <div class="meta">
              ${badge(task.status, columnLabel(task.status))}
              ${badge(task.priority, priorityLabel(task.priority))}
              ${task.dueAt ? html`<span>${t('orderDetail.due', { date: dateTime(task.dueAt) })}</span>` : ''}
              ${task.overdue ? badge('overdue', t('orderDetail.overdue')) : ''}
            </div>
            <div class="meta">${task.assignees && task.assignees.length
              ? t('orderDetail.assignees', { names: task.assignees.map(p => page.names.nameOf(p.accountId)).join(', ') })
              : t('orderDetail.unassigned')}</div>
          </li>`)}
        </ul>` : html`<p class="muted">${t('orderDetail.noTasks')}</p>`}
    </section>`;
}
