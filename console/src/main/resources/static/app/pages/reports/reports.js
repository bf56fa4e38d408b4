// Reports for owners and auditors: a period, a time zone and the orders' granularity (kept in the address bar),
// then three sections — orders, tasks, operations — each with charts whose numbers are also in data tables, and
// CSV downloads of the same figures. Amounts are shown per currency and never added across currencies.
import { html, render } from '/webjars/lit-html/lit-html.js';
import './messages.js';
import { statusLabel } from '../orders/status.js';
import { dateTime, day, money, number, t } from '../../lib/i18n.js';
import { get, withQuery } from '../../lib/api.js';
import { workspace } from '../../lib/session.js';
import { formValues, heading, problemBox } from '../../lib/ui.js';
import { addDays, todayIn } from '../audit/zoned-time.js';
import { chartSet, periods } from './chart.js';

const COMMON_ZONES = ['UTC', 'Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Tokyo', 'Asia/Seoul',
  'Asia/Singapore', 'Asia/Bangkok', 'Asia/Kolkata', 'Asia/Dubai', 'Europe/London', 'Europe/Paris', 'Europe/Berlin',
  'Europe/Moscow', 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles',
  'America/Sao_Paulo', 'Australia/Sydney', 'Pacific/Auckland'];
const GRANULARITIES = ['DAY', 'WEEK', 'MONTH'];
const PRESETS = [7, 30, 90];
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export default function mount(outlet, { query, signal }) {
  // A fresh element per visit: lit-html remembers its place in the container it rendered into, and the router
  // empties the outlet between pages, so rendering into the outlet itself after another page would fail.
  const view = outlet.appendChild(document.createElement('div'));
  const workspaceZone = workspace?.timeZone || 'UTC';
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  let params = initialParams(query, workspaceZone);
  let orders = null;
  let tasks = null;
  let operations = null;
  const problems = {};
  let loading = false;
  let chartFailed = false;
  const charts = chartSet(signal);

  let latest = 0; // only the newest period's answers are shown, whatever order the answers arrive in

  async function load() {
    const ticket = ++latest;
    loading = true;
    draw();
    const { from, to, zone, granularity } = params;
    const [o, tk, op] = await Promise.allSettled([
      get('/api/reports/orders', { from, to, zone, granularity }, { signal }),
      get('/api/reports/tasks', { from, to, zone }, { signal }),
      get('/api/reports/operations', { from, to, zone }, { signal }),
    ]);
    if (signal.aborted || ticket !== latest) return;
    [orders, problems.orders] = settled(o);
    [tasks, problems.tasks] = settled(tk);
    [operations, problems.operations] = settled(op);
    loading = false;
    draw();
    plotCharts();
  }

  function show(next) {
    params = { ...params, ...next };
    history.pushState(null, '', withQuery('/reports', params));
    load();
  }

  function submit(event) {
    event.preventDefault();
    const values = formValues(event.target);
    show({ from: values.from, to: values.to, zone: values.zone, granularity: values.granularity });
  }

  // A preset keeps the zone and granularity chosen in the form (even before "Show"), and ends today in that zone.
  function preset(days) {
    const zone = outlet.querySelector('[data-testid=report-zone]')?.value || params.zone;
    const granularity = outlet.querySelector('[data-testid=report-granularity]')?.value || params.granularity;
    const to = todayIn(zone);
    show({ from: addDays(to, -(days - 1)), to, zone, granularity });
  }

  async function plotCharts() {
    const specs = [];
    if (orders) specs.push(['orders', ordersChart(orders)]);
    if (tasks) specs.push(['tasks', tasksChart(tasks)]);
    if (operations) specs.push(['operations', operationsChart(operations)]);
    try {
      for (const [name, spec] of specs) {
        const container = outlet.querySelector(`[data-chart=${name}]`);
        if (container) await charts.plot(container, spec);
      }
      if (chartFailed) {
        chartFailed = false;
        draw();
      }
    } catch {
      chartFailed = true;
      draw();
    }
  }

  function draw() {
    const csv = (report, extra = {}) => withQuery(`/api/reports/${report}`,
      { format: 'csv', from: params.from, to: params.to, zone: params.zone, ...extra });
    render(html`
      ${heading(t('reports.title'))}
      <p class="muted">${t('reports.intro')}</p>
      ${periodForm()}
      <p class="report-range" aria-live="polite" data-testid="report-range">
        ${loading ? t('common.loading') : t('reports.range', { from: day(params.from), to: day(params.to), zone: params.zone })}</p>
      ${chartFailed ? html`<p class="warning" role="status">${t('reports.chartFailed')}</p>` : ''}
      ${section('orders', t('reports.orders'), csv('orders', { granularity: params.granularity }), orders, ordersView)}
      ${section('tasks', t('reports.tasks'), csv('tasks'), tasks, tasksView)}
      ${section('operations', t('reports.operations'), csv('operations'), operations, operationsView)}`, view);
  }

  function periodForm() {
    const zones = [...new Set([workspaceZone, browserZone, params.zone, ...COMMON_ZONES])];
    const zoneName = zone => (zone === workspaceZone ? t('reports.zoneWorkspace', { zone })
      : zone === browserZone ? t('reports.zoneBrowser', { zone }) : zone);
    return html`
      <form class="panel report-form" @submit=${submit} aria-labelledby="report-period-title" data-testid="report-form">
        <h2 id="report-period-title">${t('reports.period')}</h2>
        <div class="inline-form">
          <label>${t('reports.from')}<input type="date" name="from" required .value=${params.from} max=${params.to}
                 data-testid="report-from"></label>
          <label>${t('reports.to')}<input type="date" name="to" required .value=${params.to} min=${params.from}
                 data-testid="report-to"></label>
          <label>${t('reports.zone')}
            <select name="zone" data-testid="report-zone">
              ${zones.map(zone => html`<option value=${zone} ?selected=${zone === params.zone}>${zoneName(zone)}</option>`)}
            </select></label>
          <label>${t('reports.granularity')}
            <select name="granularity" data-testid="report-granularity">
              ${GRANULARITIES.map(g => html`<option value=${g} ?selected=${g === params.granularity}>${t(`reports.granularity.${g}`)}</option>`)}
            </select></label>
          <button type="submit" class="primary" data-testid="report-show">${t('reports.show')}</button>
        </div>
        <div class="toolbar" role="group" aria-label=${t('reports.presets')}>
          ${PRESETS.map(days => html`<button type="button" @click=${() => preset(days)}
              data-testid=${`preset-${days}`}>${t('reports.last', { days })}</button>`)}
        </div>
      </form>`;
  }

  function section(name, title, csvHref, report, view) {
    return html`
      <section class="panel report-section" aria-labelledby=${`report-${name}-title`} data-testid=${`${name}-report`}>
        <div class="toolbar">
          <h2 id=${`report-${name}-title`}>${title}</h2>
          <span class="spacer"></span>
          <a class="button" download href=${csvHref} data-testid=${`${name}-csv`}
             aria-label=${t('reports.downloadCsv', { report: title })}>${t('common.download')} ${t('reports.csv')}</a>
        </div>
        ${problemBox(problems[name])}
        ${report ? view(report) : !problems[name] ? html`<p class="loading">${t('common.loading')}</p>` : ''}
      </section>`;
  }

  draw();
  load();
}

function initialParams(query, workspaceZone) {
  const zone = query.zone && knownZone(query.zone) ? query.zone : workspaceZone;
  const to = DAY_PATTERN.test(query.to || '') ? query.to : todayIn(zone);
  const from = DAY_PATTERN.test(query.from || '') ? query.from : addDays(to, -29);
  const granularity = GRANULARITIES.includes(query.granularity) ? query.granularity : 'DAY';
  return { from, to, zone, granularity };
}

// A zone this browser knows (a typed address may hold anything); the server checks it again.
function knownZone(zone) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function settled(result) {
  if (result.status === 'fulfilled') return [result.value.body, null];
  return [null, result.reason];
}

const count = value => number(value ?? 0);
const hours = value => (value === null || value === undefined ? t('reports.none')
  : number(value, { maximumFractionDigits: 1 }));
const percent = value => number(value, { style: 'percent', maximumFractionDigits: 1 });

/** A figure's cell as a table header of its row. */
const rowHead = text => html`<th scope="row">${text}</th>`;
const dayHead = isoDay => html`<th scope="row"><time datetime=${isoDay}>${day(isoDay)}</time></th>`;

// Columns holding words rather than figures stay left-aligned, like their cells.
const TEXT_COLUMNS = new Set();
const textColumn = label => {
  TEXT_COLUMNS.add(label);
  return label;
};

// A table scrolls sideways when its column is narrower than it (a phone); the keyboard can then scroll it too.
function dataTable(testid, caption, columns, rows, { wide = false, emptyText = t('reports.noData') } = {}) {
  return html`
    <div class=${wide ? 'table-scroll report-wide' : 'table-scroll'} tabindex="0" role="region" aria-label=${caption}>
      <table class="report-table" data-testid=${testid}>
        <caption>${caption}</caption>
        <thead><tr>${columns.map((column, i) => html`<th scope="col" class=${i > 0 && !TEXT_COLUMNS.has(column) ? 'number' : ''}>${column}</th>`)}</tr></thead>
        <tbody>${rows.length ? rows : html`<tr><td colspan=${columns.length} class="muted">${emptyText}</td></tr>`}</tbody>
      </table>
    </div>`;
}

function chartFigure(name, caption) {
  // The canvas is for the eye; the table after it carries the same numbers for everyone.
  return html`
    <figure class="report-chart">
      <div class="chart" data-chart=${name} data-testid=${`${name}-chart`} aria-hidden="true"></div>
      <figcaption class="visually-hidden">${caption}</figcaption>
    </figure>`;
}

// Orders

function ordersChart(report) {
  // One series per channel: counts, so channels of different currencies may share the chart.
  const x = periods(report.from, report.to, report.granularity);
  const channels = [...new Set(report.byPeriodAndChannel.map(row => row.channel ?? ''))];
  const series = (channels.length ? channels : [null]).map(channel => ({
    label: channel === null ? t('reports.col.orders') : channel || t('reports.noChannel'),
    values: x.map(period => report.byPeriodAndChannel
      .filter(row => row.period === period && (row.channel ?? '') === channel)
      .reduce((sum, row) => sum + row.orders, 0)),
  }));
  return { x, series, label: t('reports.orders.chart'), xLabel: t('reports.col.period'), granularity: report.granularity };
}

function ordersView(report) {
  const placed = report.flow.placed;
  return html`
    ${chartFigure('orders', t('reports.orders.chart'))}
    <div class="report-grid">
      ${dataTable('orders-by-period', t('reports.orders.byPeriod'),
        [t('reports.col.period'), textColumn(t('reports.col.currency')), t('reports.col.orders'), t('reports.col.value')],
        report.byPeriod.map(row => html`
          <tr data-period=${row.period} data-currency=${row.currency} data-orders=${row.orders} data-value=${row.value}>
            ${dayHead(row.period)}<td>${row.currency}</td>
            <td class="number">${count(row.orders)}</td><td class="number">${money(row.value, row.currency)}</td></tr>`))}
      ${dataTable('orders-by-period-and-channel', t('reports.orders.byPeriodAndChannel'),
        [t('reports.col.period'), textColumn(t('reports.col.channel')), t('reports.col.orders')],
        report.byPeriodAndChannel.map(row => html`
          <tr data-period=${row.period} data-channel=${row.channel ?? ''} data-orders=${row.orders}>
            ${dayHead(row.period)}<td>${row.channel ?? t('reports.noChannel')}</td>
            <td class="number">${count(row.orders)}</td></tr>`))}
      ${dataTable('orders-by-channel', t('reports.orders.byChannel'),
        [t('reports.col.channel'), textColumn(t('reports.col.currency')), t('reports.col.orders'), t('reports.col.value')],
        report.byChannel.map(row => html`
          <tr data-channel=${row.channel ?? ''} data-currency=${row.currency} data-orders=${row.orders} data-value=${row.value}>
            ${rowHead(row.channel ?? t('reports.noChannel'))}<td>${row.currency}</td>
            <td class="number">${count(row.orders)}</td><td class="number">${money(row.value, row.currency)}</td></tr>`))}
      ${dataTable('orders-by-status', t('reports.orders.byStatus'),
        [t('reports.col.status'), t('reports.col.orders'), t('reports.col.share')],
        report.byStatus.map(row => html`
          <tr data-status=${row.status} data-orders=${row.orders}>
            ${rowHead(statusLabel(row.status))}<td class="number">${count(row.orders)}</td>
            <td class="number"><meter min="0" max=${Math.max(placed, 1)} value=${row.orders} aria-hidden="true"></meter>
              ${percent(placed ? row.orders / placed : 0)}</td></tr>`))}
      ${dataTable('orders-flow', t('reports.orders.flow'), [t('reports.col.figure'), t('reports.col.orders')],
        ['placed', 'cancelled', 'completed'].map(key => html`
          <tr data-figure=${key} data-orders=${report.flow[key]}>${rowHead(t(`reports.flow.${key}`))}
            <td class="number">${count(report.flow[key])}</td></tr>`))}
      ${dataTable('orders-durations', t('reports.orders.durations'),
        [t('reports.col.measure'), t('reports.col.orders'), t('reports.col.average'), t('reports.col.p90')],
        [['recordedToShipped', report.recordedToShipped], ['shippedToDelivered', report.shippedToDelivered]]
          .map(([key, duration]) => html`
            <tr data-figure=${key}>${rowHead(t(`reports.duration.${key}`))}<td class="number">${count(duration.orders)}</td>
              <td class="number">${hours(duration.averageHours)}</td><td class="number">${hours(duration.p90Hours)}</td></tr>`))}
      ${dataTable('orders-after-sales', t('reports.orders.afterSales'),
        [t('reports.col.kind'), t('reports.col.orders'), t('reports.col.rate')],
        [html`<tr data-figure="all" data-orders=${report.afterSales.orders}>${rowHead(t('reports.afterSales.all'))}
            <td class="number">${count(report.afterSales.orders)}</td><td class="number">${percent(report.afterSales.rate)}</td></tr>`,
         ...report.afterSales.byKind.map(row => html`
            <tr data-figure=${row.kind} data-orders=${row.orders}>${rowHead(t(`order.afterSales.${row.kind}`))}
              <td class="number">${count(row.orders)}</td><td class="number">${percent(placed ? row.orders / placed : 0)}</td></tr>`)])}
      ${skuTable('orders-top-quantity', t('reports.orders.topByQuantity'), report.topSkusByQuantity)}
      ${skuTable('orders-top-value', t('reports.orders.topByValue'), report.topSkusByValue)}
    </div>`;
}

function skuTable(testid, caption, rows) {
  return dataTable(testid, caption,
    [t('reports.col.sku'), textColumn(t('reports.col.currency')), t('reports.col.quantity'), t('reports.col.value')],
    rows.map(row => html`
      <tr data-sku=${row.sku} data-currency=${row.currency}>${rowHead(row.sku)}<td>${row.currency}</td>
        <td class="number">${count(row.quantity)}</td><td class="number">${money(row.value, row.currency)}</td></tr>`));
}

// Tasks

function dailySeries(report, rows, fields) {
  const x = periods(report.from, report.to, 'DAY');
  const byDay = new Map(rows.map(row => [row.day, row]));
  return { x, xLabel: t('reports.col.day'), granularity: 'DAY',
    series: fields.map(([field, label]) => ({ label, values: x.map(d => byDay.get(d)?.[field] ?? 0) })) };
}

function tasksChart(report) {
  return { ...dailySeries(report, report.createdAndCompleted,
    [['created', t('reports.tasks.created')], ['completed', t('reports.tasks.completed')]]), label: t('reports.tasks.chart') };
}

function tasksView(report) {
  return html`
    ${chartFigure('tasks', t('reports.tasks.chart'))}
    <div class="report-grid">
      ${dataTable('tasks-by-day', t('reports.tasks.byDay'),
        [t('reports.col.day'), t('reports.tasks.created'), t('reports.tasks.completed')],
        report.createdAndCompleted.map(row => html`
          <tr data-day=${row.day} data-created=${row.created} data-completed=${row.completed}>${dayHead(row.day)}
            <td class="number">${count(row.created)}</td><td class="number">${count(row.completed)}</td></tr>`))}
      ${dataTable('tasks-figures', t('reports.tasks.figures'),
        [t('reports.col.figure'), t('reports.col.count'), t('reports.col.average'), t('reports.col.p90')], [
          html`<tr data-figure="cycleTime">${rowHead(t('reports.tasks.cycleTime'))}<td class="number">${count(report.cycleTime.orders)}</td>
            <td class="number">${hours(report.cycleTime.averageHours)}</td><td class="number">${hours(report.cycleTime.p90Hours)}</td></tr>`,
          html`<tr data-figure="overdueNow">${rowHead(t('reports.tasks.overdueNow'))}<td class="number">${count(report.overdueNow)}</td>
            <td></td><td></td></tr>`,
          html`<tr data-figure="blockedNow">${rowHead(t('reports.tasks.blockedNow'))}<td class="number">${count(report.blockedNow)}</td>
            <td></td><td></td></tr>`,
          html`<tr data-figure="blockedHours">${rowHead(t('reports.tasks.blockedHours'))}
            <td class="number">${t('reports.hours', { hours: hours(report.blockedHours) })}</td><td></td><td></td></tr>`])}
      ${dataTable('tasks-workload', t('reports.tasks.workload'),
        [t('reports.col.assignee'), t('reports.col.open'), t('reports.col.completedInRange')],
        report.workload.map(row => html`
          <tr data-account=${row.accountId}>${rowHead(row.displayName || row.accountId)}
            <td class="number">${count(row.open)}</td><td class="number">${count(row.completedInRange)}</td></tr>`))}
    </div>`;
}

// Operations

const memberStatus = status => {
  const key = `reports.memberStatus.${status}`;
  return t(key) === key ? status : t(key);
};

function operationsChart(report) {
  return { ...dailySeries(report, report.byDay, [['logins', t('reports.ops.logins')], ['failedLogins', t('reports.ops.failed')],
    ['refusedLogins', t('reports.ops.refused')], ['lockouts', t('reports.ops.lockouts')]]), label: t('reports.ops.chart') };
}

function operationsView(report) {
  const totals = report.totals;
  return html`
    ${chartFigure('operations', t('reports.ops.chart'))}
    <div class="report-grid">
      ${dataTable('operations-by-day', t('reports.ops.byDay'),
        [t('reports.col.day'), t('reports.ops.logins'), t('reports.ops.members'), t('reports.ops.failed'),
          t('reports.ops.refused'), t('reports.ops.lockouts')],
        report.byDay.map(row => html`
          <tr data-day=${row.day}>${dayHead(row.day)}<td class="number">${count(row.logins)}</td>
            <td class="number">${count(row.members)}</td><td class="number">${count(row.failedLogins)}</td>
            <td class="number">${count(row.refusedLogins)}</td><td class="number">${count(row.lockouts)}</td></tr>`),
        { wide: true })}
      ${dataTable('operations-totals', t('reports.ops.totals'), [t('reports.col.figure'), t('reports.col.count')], [
        ['logins', t('reports.ops.logins'), totals.logins],
        ['activeMembersInRange', t('reports.ops.activeInRange'), report.activeMembersInRange],
        ['failedLogins', t('reports.ops.failed'), totals.failedLogins],
        ['refusedLogins', t('reports.ops.refused'), totals.refusedLogins],
        ['lockouts', t('reports.ops.lockouts'), totals.lockouts],
        ['invitedNow', t('reports.ops.invitedNow'), report.invitedNow],
      ].map(([key, label, value]) => html`<tr data-figure=${key}>${rowHead(label)}<td class="number">${count(value)}</td></tr>`))}
      ${dataTable('operations-members-now', t('reports.ops.membersNow'), [t('reports.col.role'), t('reports.col.members')],
        report.membersNow.map(row => html`
          <tr data-role=${row.role}>${rowHead(t(`role.${row.role}`))}<td class="number">${count(row.members)}</td></tr>`))}
    </div>
    ${dataTable('operations-members', t('reports.ops.activeMembers'),
      [t('reports.col.name'), textColumn(t('reports.col.role')), textColumn(t('reports.col.memberStatus')), t('reports.ops.logins'), t('reports.col.lastLogin')],
      report.activeMembers.map(row => html`
        <tr data-account=${row.accountId}>${rowHead(row.displayName || row.accountId)}
          <td>${t(`role.${row.role}`)}</td><td>${memberStatus(row.status)}</td>
          <td class="number">${count(row.logins)}</td>
          <td class="number"><time datetime=${row.lastLoginAt ?? ''}>${dateTime(row.lastLoginAt)}</time></td></tr>`))}`;
}
