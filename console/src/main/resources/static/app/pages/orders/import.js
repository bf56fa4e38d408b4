// Bulk import: a CSV or JSON-lines file (chosen, or dropped on the drop zone), the mode, an upload with a
// progress bar, then the server's report order by order. An all-or-nothing import with an invalid order answers
// 422 whose body carries the same report: it is shown the same way, saying that nothing was created.
import { html, render } from '/webjars/lit-html/lit-html.js';
import './list-messages.js';
import { number, t } from '../../lib/i18n.js';
import { newIdempotencyKey, upload } from '../../lib/api.js';
import { announce, badge, heading, problemBox } from '../../lib/ui.js';

const MODES = ['ALL_OR_NOTHING', 'SKIP_INVALID'];
const TYPES = { csv: 'text/csv', jsonl: 'application/x-ndjson', ndjson: 'application/x-ndjson' };
const COLUMNS = [
  ['external_order_number', true], ['sales_channel', false], ['ordered_at', false], ['currency', true],
  ['customer_name', false], ['customer_phone', false], ['country', false], ['region', false], ['city', false],
  ['street', false], ['postal_code', false], ['buyer_note', false], ['tags', false], ['sku', true],
  ['title', true], ['quantity', true], ['unit_price', true],
];

const contentTypeOf = file => TYPES[(file.name.split('.').pop() || '').toLowerCase()] || null;

function size(bytes) {
  if (bytes < 1024) return `${number(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, { maximumFractionDigits: 1 })} KiB`;
  return `${number(bytes / 1024 / 1024, { maximumFractionDigits: 1 })} MiB`;
}

const doneText = report => t('orders.import.done',
  { created: report.created, duplicates: report.duplicates, invalid: report.invalid });
const rejectedText = report => t('orders.import.rejected', { invalid: report.invalid, orders: report.orders });

export default function mount(outlet, { signal }) {
  let file = null;
  let mode = 'ALL_OR_NOTHING';
  let progress = null;
  let busy = false;
  let dragging = false;
  let problem = null;
  let choiceProblem = '';
  let report = null;
  let rejected = false;
  // One key per upload: a retry after a lost answer replays the report; a new upload gets a new key.
  let idempotencyKey = newIdempotencyKey('import');

  function choose(chosen) {
    file = chosen || null;
    choiceProblem = file && !contentTypeOf(file) ? t('orders.import.badType') : '';
    problem = null;
    draw();
  }

  function onDrop(event) {
    event.preventDefault();
    dragging = false;
    const dropped = event.dataTransfer?.files?.[0];
    if (dropped) {
      choose(dropped);
      // Keep the file input saying the same as the page.
      const input = outlet.querySelector('input[type=file]');
      if (input && event.dataTransfer.files.length) input.files = event.dataTransfer.files;
    } else {
      draw();
    }
  }

  function onDragOver(event) {
    event.preventDefault();
    if (!dragging) {
      dragging = true;
      draw();
    }
  }

  async function submit(event) {
    event.preventDefault();
    if (!file) {
      choiceProblem = t('orders.import.noFile');
      draw();
      return;
    }
    const contentType = contentTypeOf(file);
    if (!contentType) return;
    busy = true;
    problem = null;
    report = null;
    rejected = false;
    progress = 0;
    draw();
    try {
      const answer = await upload('POST', '/api/orders/imports', file, {
        query: { mode },
        headers: { 'Content-Type': contentType },
        idempotencyKey,
        onProgress: fraction => {
          progress = fraction;
          draw();
        },
      });
      report = answer.body;
      announce(doneText(report));
    } catch (refusal) {
      if (refusal.status === 422 && refusal.type === 'import-rejected' && refusal.body?.report) {
        report = refusal.body.report;
        rejected = true;
        announce(rejectedText(report));
      } else {
        problem = refusal;
      }
    }
    if (signal.aborted) return;
    // The server answered (not a lost connection): the next upload is a new request with a key of its own.
    if (!problem || problem.status !== 0) idempotencyKey = newIdempotencyKey('import');
    busy = false;
    progress = null;
    draw();
    outlet.querySelector(report ? '#import-report' : '[role=alert]')?.focus();
  }

  function progressBar() {
    if (progress === null) return '';
    const percent = Math.round(progress * 100);
    return html`
      <div class="import-progress" data-testid="import-progress">
        <label>${progress < 1 ? t('orders.import.uploading', { percent }) : t('orders.import.processing')}
          <progress max="100" value=${percent} aria-label=${t('orders.import.progress')}></progress></label>
      </div>`;
  }

  function summary() {
    const notCreated = report.entries.filter(entry => entry.outcome === 'NOT_CREATED').length;
    const items = [
      ['orders', t('orders.import.orders'), report.orders],
      ['created', t('orders.import.created'), report.created],
      ['duplicates', t('orders.import.duplicates'), report.duplicates],
      ['invalid', t('orders.import.invalid'), report.invalid],
      ['not-created', t('orders.import.notCreated'), notCreated],
    ];
    return html`
      <dl class="import-summary">
        ${items.map(([key, label, count]) => html`
          <div class="import-count import-count-${key}">
            <dt>${label}</dt><dd data-testid="import-${key}" data-count=${count}>${number(count)}</dd>
          </div>`)}
      </dl>`;
  }

  function entryRow(entry) {
    const link = entry.orderId && (entry.outcome === 'CREATED' || entry.outcome === 'DUPLICATE');
    return html`
      <tr data-testid="import-entry" data-outcome=${entry.outcome}>
        <th scope="row">${entry.externalOrderNumber || '—'}</th>
        <td>${(entry.rows || []).join(', ')}</td>
        <td>${badge(entry.outcome, t(`orders.import.outcome.${entry.outcome}`))}</td>
        <td data-testid="import-reasons">
          ${entry.reasons && entry.reasons.length
            ? html`<ul class="reasons">${entry.reasons.map(reason => html`<li>${reason}</li>`)}</ul>` : ''}
        </td>
        <td>${link ? html`
          <a href="/orders/${encodeURIComponent(entry.orderId)}"
             aria-label=${t('orders.import.open', { number: entry.externalOrderNumber })}>${t('orders.import.order')}</a>` : ''}</td>
      </tr>`;
  }

  function reportSection() {
    if (!report) return '';
    return html`
      <section class="panel import-report" aria-labelledby="import-report" data-testid="import-report"
               data-rejected=${String(rejected)}>
        <h2 id="import-report" tabindex="-1">${t('orders.import.report')}</h2>
        ${rejected
          ? html`<p class="problem" data-testid="import-rejected">${rejectedText(report)}</p>`
          : html`<p class="success" data-testid="import-done">${doneText(report)}</p>`}
        ${summary()}
        <div class="table-scroll">
          <table data-testid="import-entries">
            <caption class="visually-hidden">${t('orders.import.entries')}</caption>
            <thead>
              <tr>
                <th scope="col">${t('orders.import.number')}</th>
                <th scope="col">${t('orders.import.rows')}</th>
                <th scope="col">${t('orders.import.outcome')}</th>
                <th scope="col">${t('orders.import.reasons')}</th>
                <th scope="col">${t('orders.import.order')}</th>
              </tr>
            </thead>
            <tbody>${report.entries.map(entryRow)}</tbody>
          </table>
        </div>
        <p><a href="/orders">${t('orders.import.toList')}</a></p>
      </section>`;
  }

  function draw() {
    render(html`
      ${heading(t('orders.import.title'))}
      <p>${t('orders.import.intro')}</p>
      ${problemBox(problem)}
      <form class="import-form" @submit=${submit} novalidate data-testid="import-form">
        <div class="drop-zone ${dragging ? 'dragging' : ''}" role="group" aria-label=${t('orders.import.dropZone')}
             data-testid="drop-zone" @dragover=${onDragOver} @dragenter=${onDragOver}
             @dragleave=${() => { dragging = false; draw(); }} @drop=${onDrop}>
          <label>${t('orders.import.choose')}
            <input type="file" name="file" accept=".csv,.jsonl,.ndjson,text/csv,application/x-ndjson"
                   data-testid="import-file" ?disabled=${busy}
                   aria-describedby="import-file-choice"
                   @change=${event => choose(event.target.files[0])}></label>
          <p class="muted">${t('orders.import.drop')}</p>
          <p id="import-file-choice" data-testid="import-chosen">
            ${file ? t('orders.import.chosen', { name: file.name, size: size(file.size) }) : ''}</p>
          ${choiceProblem ? html`<p class="problem" role="alert">${choiceProblem}</p>` : ''}
        </div>
        <fieldset>
          <legend>${t('orders.import.mode')}</legend>
          ${MODES.map(one => html`
            <label class="checkbox mode-choice">
              <input type="radio" name="mode" value=${one} .checked=${mode === one} ?disabled=${busy}
                     data-testid="mode-${one}" aria-describedby="mode-${one}-help"
                     @change=${() => { mode = one; draw(); }}>
              <span><strong>${t(`orders.import.mode.${one}`)}</strong>
                <span class="muted" id="mode-${one}-help">${t(`orders.import.mode.${one}.help`)}</span></span>
            </label>`)}
        </fieldset>
        ${progressBar()}
        <p class="toolbar">
          <button type="submit" class="primary" ?disabled=${busy || Boolean(choiceProblem && file)}
                  data-testid="upload">${t('orders.import.upload')}</button>
          <a href="/orders">${t('common.cancel')}</a>
        </p>
      </form>
      ${reportSection()}
      <section class="import-help">
        <p><a class="button" href="/samples/orders-sample.csv" download="orders-sample.csv"
              data-testid="sample-csv">${t('orders.import.sample')}</a></p>
        <h2>${t('orders.import.columns')}</h2>
        <p class="muted">${t('orders.import.columnsIntro')}</p>
        <ul class="column-list" data-testid="column-list">
          ${COLUMNS.map(([name, required]) => html`
            <li><code>${required ? html`<strong>${name}</strong>` : name}</code>${required
              ? html`<span class="visually-hidden"> (${t('orders.import.required')})</span>` : ''}</li>`)}
        </ul>
        <p class="muted">${t('orders.import.jsonl')}</p>
      </section>`, outlet);
  }

  draw();
}
