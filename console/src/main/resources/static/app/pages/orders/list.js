// The order list: filters kept in the address bar (reload and back keep them), the first page's status counts as
// a filter bar, keyset paging with "Load more", and live updates. The live stream (GET /api/orders/live) takes no
// filters — it tells of every order of the workspace that changes — so the page applies its filters itself.
import { html, render } from '/webjars/lit-html/lit-html.js';
import { repeat } from '/webjars/lit-html/directives/repeat.js';
import './list-messages.js';
import { currentTimeZone, dateTime, money, number, t } from '../../lib/i18n.js';
import { get, withQuery } from '../../lib/api.js';
import { subscribe } from '../../lib/live.js';
import { hasRole, me } from '../../lib/session.js';
import { announce, badge, heading, problemBox } from '../../lib/ui.js';
import { ORDER_STATUSES, statusLabel } from './status.js';

const SORTS = ['ORDER_TIME', 'RECORDED_AT', 'TOTAL'];
const DEFAULT_LIMIT = 50;
const HIGHLIGHT_MILLIS = 4000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A wall-clock day and time (`YYYY-MM-DD`, `HH:MM[:SS]`) in the workspace's time zone as an ISO instant, or null. */
export function zonedInstant(day, time = '00:00') {
  const d = DAY.exec(day || '');
  const clock = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time || '');
  if (!d || !clock) return null;
  const wall = Date.UTC(+d[1], +d[2] - 1, +d[3], +clock[1], +clock[2], +(clock[3] || 0));
  // The zone's offset depends on the instant (daylight saving): settle it in a few rounds.
  const zone = new Intl.DateTimeFormat('en-US', {
    timeZone: currentTimeZone(), hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', second: 'numeric',
  });
  let instant = wall;
  for (let round = 0; round < 3; round++) instant = wall - offsetAt(zone, instant);
  return new Date(instant).toISOString();
}

function offsetAt(zone, millis) {
  const parts = {};
  for (const part of zone.formatToParts(new Date(millis))) parts[part.type] = part.value;
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return asUtc - Math.floor(millis / 1000) * 1000;
}

function nextDay(day) {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The filters in the address bar (`status` is a comma-separated list there). */
function readFilters(query) {
  const limit = Number(query.limit);
  return {
    status: (query.status || '').split(',').filter(status => ORDER_STATUSES.includes(status)),
    channel: query.channel || '',
    tag: query.tag || '',
    from: DAY.test(query.from || '') ? query.from : '',
    to: DAY.test(query.to || '') ? query.to : '',
    q: query.q || '',
    assignee: query.assignee || '',
    sort: SORTS.includes(query.sort) ? query.sort : 'ORDER_TIME',
    direction: query.direction === 'ASC' ? 'ASC' : 'DESC',
    limit: Number.isInteger(limit) && limit >= 1 && limit <= 200 ? limit : DEFAULT_LIMIT,
  };
}

function addressOf(filters) {
  return withQuery('/orders', {
    ...filters,
    status: filters.status.join(','),
    sort: filters.sort === 'ORDER_TIME' ? '' : filters.sort,
    direction: filters.direction === 'DESC' ? '' : filters.direction,
    limit: filters.limit === DEFAULT_LIMIT ? '' : filters.limit,
  });
}

function apiQuery(filters, cursor) {
  return {
    status: filters.status,
    channel: filters.channel,
    tag: filters.tag,
    from: filters.from ? zonedInstant(filters.from) : '',
    to: filters.to ? zonedInstant(nextDay(filters.to)) : '',
    q: filters.q,
    assignee: filters.assignee,
    sort: filters.sort,
    direction: filters.direction,
    limit: filters.limit,
    cursor,
  };
}

const filtered = filters => filters.status.length > 0 || ['channel', 'tag', 'from', 'to', 'q', 'assignee']
  .some(name => filters[name] !== '');

export default function mount(outlet, { query, signal }) {
  let filters = readFilters(query);
  let rows = [];
  let nextCursor = null;
  let counts = {};
  let loading = true;
  let loadingMore = false;
  let problem = null;
  let liveState = 'connecting';
  let members = null;
  let requests = 0;
  let newCount = 0;
  let changedWhileLoading = false;
  let newTimer;
  let countsTimer;
  const fresh = new Set();
  const timers = new Set();
  const editor = hasRole('OWNER', 'COLLABORATOR');
  signal.addEventListener('abort', () => {
    clearTimeout(newTimer);
    clearTimeout(countsTimer);
    timers.forEach(clearTimeout);
  });

  async function load({ quietly = false } = {}) {
    const request = ++requests;
    if (!quietly) {
      loading = true;
      draw();
    }
    try {
      const { body } = await get('/api/orders', apiQuery(filters), { signal });
      if (request !== requests) return;
      // A live update may have overtaken this answer: keep whichever version of an order is newer.
      const shown = new Map(rows.map(row => [row.orderId, row]));
      rows = body.items.map(item => (shown.get(item.orderId)?.version > item.version ? shown.get(item.orderId) : item));
      nextCursor = body.nextCursor;
      counts = body.statusCounts || {};
      problem = null;
    } catch (refusal) {
      if (refusal.name === 'AbortError' || request !== requests) return;
      problem = refusal;
      rows = [];
      nextCursor = null;
    }
    loading = false;
    draw();
    if (changedWhileLoading) {
      // An order changed while the page was read: it may or may not be in the answer, so read once more.
      changedWhileLoading = false;
      load({ quietly: true });
    }
  }

  async function loadMore() {
    const request = requests;
    loadingMore = true;
    draw();
    try {
      const { body } = await get('/api/orders', apiQuery(filters, nextCursor), { signal });
      if (request !== requests) return;
      const shown = new Set(rows.map(row => row.orderId));
      const added = body.items.filter(row => !shown.has(row.orderId));
      rows = rows.concat(added);
      nextCursor = body.nextCursor;
      loadingMore = false;
      draw();
      // Keep the keyboard where the reading goes on: the first order just loaded.
      if (added.length) outlet.querySelector(`tr[data-order-id="${CSS.escape(added[0].orderId)}"] a`)?.focus();
    } catch (refusal) {
      if (refusal.name === 'AbortError' || request !== requests) return;
      problem = refusal;
      loadingMore = false;
      draw();
    }
  }

  /** Counts change with every order that changes; read them again, once for a burst of changes. */
  function refreshCountsSoon() {
    clearTimeout(countsTimer);
    countsTimer = setTimeout(async () => {
      const request = requests;
      try {
        const { body } = await get('/api/orders', { ...apiQuery(filters), limit: 1 }, { signal });
        if (request === requests && body.statusCounts) {
          counts = body.statusCounts;
          draw();
        }
      } catch {
        // the next change or reload reads them again; the list itself is already up to date
      }
    }, 500);
  }

  function apply(changes) {
    filters = { ...filters, ...changes };
    history.replaceState(null, '', addressOf(filters));
    load();
  }

  function applyForm(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const text = name => String(form.get(name) || '').trim();
    apply({ q: text('q'), channel: text('channel'), tag: text('tag'), from: text('from'), to: text('to') });
  }

  function clearFilters(event) {
    event.target.form.reset();
    apply({ status: [], channel: '', tag: '', from: '', to: '', q: '', assignee: '' });
  }

  function toggleStatus(status) {
    const chosen = filters.status.includes(status)
      ? filters.status.filter(one => one !== status)
      : ORDER_STATUSES.filter(one => one === status || filters.status.includes(one));
    apply({ status: chosen });
  }

  // ----- live -----

  function matches(order) {
    const lower = filters.q.toLowerCase();
    const time = Date.parse(order.orderTime);
    return (filters.status.length === 0 || filters.status.includes(order.status))
      && (!filters.channel || order.salesChannel === filters.channel)
      && (!filters.tag || (order.tags || []).includes(filters.tag))
      && (!filters.from || time >= Date.parse(zonedInstant(filters.from)))
      && (!filters.to || time < Date.parse(zonedInstant(nextDay(filters.to))))
      && (!lower || order.externalOrderNumber.toLowerCase().includes(lower)
        || (order.customerName || '').toLowerCase().includes(lower));
  }

  function sortKey(order) {
    if (filters.sort === 'TOTAL') return Number(order.total);
    return Date.parse(filters.sort === 'RECORDED_AT' ? order.recordedAt : order.orderTime);
  }

  /** Negative when `a` comes before `b` in the list's order (the sort key, then the id, as the server does). */
  function compare(a, b) {
    const keyA = sortKey(a);
    const keyB = sortKey(b);
    const order = keyA !== keyB ? (keyA < keyB ? -1 : 1) : (a.orderId < b.orderId ? -1 : a.orderId > b.orderId ? 1 : 0);
    return filters.direction === 'ASC' ? order : -order;
  }

  function insert(order) {
    const at = rows.findIndex(row => compare(order, row) < 0);
    rows = at < 0 ? [...rows, order] : [...rows.slice(0, at), order, ...rows.slice(at)];
  }

  /** An order beyond the loaded pages shows up with "Load more", in its place. */
  const withinLoaded = order => nextCursor === null || rows.length === 0 || compare(order, rows[rows.length - 1]) < 0;

  function orderChanged(order) {
    if (!order || !order.orderId) return;
    if (loading) {
      changedWhileLoading = true;
      return;
    }
    refreshCountsSoon();
    const index = rows.findIndex(row => row.orderId === order.orderId);
    if (index >= 0) {
      if (rows[index].version >= order.version) return;
      rows = rows.filter(row => row.orderId !== order.orderId);
      if (matches(order)) insert(order);
      draw();
      return;
    }
    // Whether an order has a task assigned to someone is not in the list's view: only the server can say.
    if (filters.assignee || !matches(order) || !withinLoaded(order)) return;
    insert(order);
    if (order.version === 0) {
      highlight(order.orderId);
      tellNew();
    }
    draw();
  }

  function highlight(orderId) {
    fresh.add(orderId);
    const timer = setTimeout(() => {
      timers.delete(timer);
      fresh.delete(orderId);
      draw();
    }, HIGHLIGHT_MILLIS);
    timers.add(timer);
  }

  /** One polite announcement for a burst of new orders. */
  function tellNew() {
    newCount += 1;
    clearTimeout(newTimer);
    newTimer = setTimeout(() => {
      announce(newCount === 1 ? t('orders.list.newOrder') : t('orders.list.newOrders', { count: newCount }));
      newCount = 0;
    }, 800);
  }

  subscribe('/api/orders/live', {
    // Every (re)connection starts with the unfiltered first page: read the filtered list again, quietly, so
    // nothing that changed while the stream was not yet (or no longer) open is missed.
    page: () => {
      liveState = 'open';
      load({ quietly: !loading });
    },
    order: orderChanged,
  }, {
    signal,
    onState: state => {
      if (state === 'reconnecting' && liveState !== 'reconnecting') {
        liveState = 'reconnecting';
        draw();
      }
    },
  });

  async function loadMembers() {
    if (!hasRole('OWNER', 'AUDITOR')) return;
    try {
      members = (await get('/api/workspace/members', undefined, { signal })).body;
      draw();
    } catch {
      members = null; // the assignee choice falls back to "assigned to me"
    }
  }

  // ----- drawing -----

  function assigneeOptions() {
    const people = members
      ? members.map(member => ({ id: member.accountId, name: member.displayName }))
      : [{ id: me.accountId, name: t('orders.list.me') }];
    if (filters.assignee && !people.some(person => person.id === filters.assignee)) {
      people.push({ id: filters.assignee, name: filters.assignee });
    }
    return html`
      <option value="" ?selected=${!filters.assignee}>${t('orders.list.anyone')}</option>
      ${people.map(person => html`<option value=${person.id} ?selected=${person.id === filters.assignee}>${person.name}</option>`)}`;
  }

  function statusBar() {
    const total = Object.values(counts).reduce((sum, count) => sum + Number(count), 0);
    return html`
      <div class="filter-bar" role="group" aria-label=${t('orders.list.statusFilter')} data-testid="status-filter">
        <button type="button" aria-pressed=${String(filters.status.length === 0)} data-testid="status-filter-all"
                @click=${() => apply({ status: [] })}>
          ${t('orders.list.allStatuses')} <span class="filter-count" data-count=${total}>${number(total)}</span>
        </button>
        ${ORDER_STATUSES.map(status => html`
          <button type="button" aria-pressed=${String(filters.status.includes(status))}
                  data-testid="status-filter-${status}" @click=${() => toggleStatus(status)}>
            ${statusLabel(status)}
            <span class="filter-count" data-testid="status-count-${status}" data-count=${counts[status] || 0}>
              <span class="visually-hidden">:</span>${number(counts[status] || 0)}</span>
          </button>`)}
      </div>`;
  }

  function filterForm() {
    const badDates = filters.from && filters.to && filters.to < filters.from;
    return html`
      <form class="inline-form order-filters" role="search" aria-label=${t('orders.list.filters')}
            @submit=${applyForm} data-testid="order-filters" novalidate>
        <label>${t('orders.list.search')}
          <input name="q" type="search" maxlength="100" .value=${filters.q} data-testid="filter-q"></label>
        <label>${t('orders.list.channel')}
          <input name="channel" maxlength="120" .value=${filters.channel} data-testid="filter-channel"></label>
        <label>${t('orders.list.tag')}
          <input name="tag" maxlength="40" .value=${filters.tag} data-testid="filter-tag"></label>
        <label>${t('orders.list.from')}
          <input name="from" type="date" .value=${filters.from} aria-describedby="order-zone-hint"
                 data-testid="filter-from"></label>
        <label>${t('orders.list.to')}
          <input name="to" type="date" .value=${filters.to} aria-describedby="order-zone-hint"
                 data-testid="filter-to"></label>
        <label>${t('orders.list.assignee')}
          <select name="assignee" data-testid="filter-assignee"
                  @change=${event => apply({ assignee: event.target.value })}>${assigneeOptions()}</select></label>
        <label>${t('orders.list.sort')}
          <select name="sort" data-testid="sort" @change=${event => apply({ sort: event.target.value })}>
            ${SORTS.map(sort => html`<option value=${sort} ?selected=${sort === filters.sort}>${t(`orders.list.sort.${sort}`)}</option>`)}
          </select></label>
        <label>${t('orders.list.direction')}
          <select name="direction" data-testid="direction" @change=${event => apply({ direction: event.target.value })}>
            ${['DESC', 'ASC'].map(direction => html`
              <option value=${direction} ?selected=${direction === filters.direction}>${t(`orders.list.direction.${direction}`)}</option>`)}
          </select></label>
        <button type="submit" class="primary" data-testid="apply-filters">${t('common.apply')}</button>
        <button type="button" @click=${clearFilters} ?disabled=${!filtered(filters)}>${t('orders.list.clearFilters')}</button>
      </form>
      <p class="muted" id="order-zone-hint">${t('orders.list.zoneHint', { zone: currentTimeZone() })}</p>
      ${badDates ? html`<p class="warning" role="status">${t('orders.list.badDates')}</p>` : ''}`;
  }

  function row(order) {
    const isNew = fresh.has(order.orderId);
    return html`
      <tr data-testid="order-row" data-order-id=${order.orderId} class=${isNew ? 'order-row-new' : ''}>
        <th scope="row">
          <a href="/orders/${encodeURIComponent(order.orderId)}" data-testid="order-link">${order.externalOrderNumber}</a>
          ${isNew ? html`<span class="badge badge-new">${t('orders.list.newBadge')}</span>` : ''}
        </th>
        <td>${order.salesChannel || ''}</td>
        <td data-testid="customer-name">${order.customerName || ''}</td>
        <td data-testid="order-status" data-status=${order.status}>${badge(order.status, statusLabel(order.status))}</td>
        <td class="number">${money(order.total, order.currency)}</td>
        <td>${order.orderTime ? html`<time datetime=${order.orderTime}>${dateTime(order.orderTime)}</time>` : ''}</td>
        <td><span class="chips">${(order.tags || []).map(tag => html`<span class="badge">${tag}</span>`)}</span></td>
      </tr>`;
  }

  function table() {
    if (loading && rows.length === 0) return html`<p class="loading" aria-busy="true">${t('common.loading')}</p>`;
    if (rows.length === 0) return empty();
    return html`
      <div class="table-scroll">
        <table data-testid="orders-table" aria-busy=${String(loading)}>
          <caption class="visually-hidden">${t('orders.list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">${t('orders.list.number')}</th>
              <th scope="col">${t('orders.list.channel')}</th>
              <th scope="col">${t('orders.list.customer')}</th>
              <th scope="col">${t('orders.list.status')}</th>
              <th scope="col" class="number">${t('orders.list.total')}</th>
              <th scope="col">${t('orders.list.orderTime')}</th>
              <th scope="col">${t('orders.list.tags')}</th>
            </tr>
          </thead>
          <tbody>${repeat(rows, order => order.orderId, row)}</tbody>
        </table>
      </div>
      <div class="toolbar">
        <span class="muted" data-testid="shown-count">
          ${nextCursor ? t('orders.list.shown', { count: number(rows.length) }) : t('orders.list.allShown', { count: number(rows.length) })}
        </span>
        ${nextCursor ? html`
          <button type="button" data-testid="load-more" ?disabled=${loadingMore} @click=${loadMore}>
            ${loadingMore ? t('common.loading') : t('common.loadMore')}</button>` : ''}
      </div>`;
  }

  function empty() {
    if (problem) return '';
    if (filtered(filters)) {
      return html`<div class="panel empty-state" data-testid="orders-empty"><p>${t('orders.list.noMatch')}</p></div>`;
    }
    return html`
      <div class="panel empty-state" data-testid="orders-empty">
        <p>${t('orders.list.empty')}</p>
        ${editor ? html`
          <p>${t('orders.list.emptyEditor')}</p>
          <p class="toolbar">
            <a class="button primary" href="/orders/new">${t('orders.list.record')}</a>
            <a class="button" href="/orders/import">${t('orders.list.import')}</a>
          </p>` : ''}
      </div>`;
  }

  function liveNote() {
    const text = liveState === 'reconnecting' ? t('orders.list.reconnecting')
      : filters.assignee ? t('orders.list.assigneeNotLive') : t('orders.list.live');
    return html`<p class="muted live-note" data-testid="live-state" data-state=${liveState}>
      <span class="live-dot live-${liveState}" aria-hidden="true"></span>${text}</p>`;
  }

  function draw() {
    render(html`
      <div class="page-head">
        ${heading(t('orders.list.title'))}
        ${editor ? html`
          <div class="toolbar">
            <a class="button primary" href="/orders/new" data-testid="record-order">${t('orders.list.record')}</a>
            <a class="button" href="/orders/import" data-testid="import-orders">${t('orders.list.import')}</a>
          </div>` : ''}
      </div>
      ${statusBar()}
      ${filterForm()}
      ${liveNote()}
      ${problemBox(problem)}
      ${table()}`, outlet);
  }

  draw();
  load();
  loadMembers();
}
