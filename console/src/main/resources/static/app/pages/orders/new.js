// Recording an order by hand. Prices stay decimal text from the field to the request body and totals are
// counted in integer minor units (BigInt), so no amount ever passes through a binary float.
import { html, nothing, render } from '/webjars/lit-html/lit-html.js';
import { repeat } from '/webjars/lit-html/directives/repeat.js';
import './list-messages.js';
import { currentTimeZone, money, t } from '../../lib/i18n.js';
import { newIdempotencyKey, post } from '../../lib/api.js';
import { navigate } from '../../lib/router.js';
import { announce, formValues, heading, problemBox } from '../../lib/ui.js';
import { zonedInstant } from './list.js';

const CURRENCIES = ['CNY', 'USD', 'EUR', 'JPY', 'GBP', 'HKD', 'TWD', 'KRW', 'SGD', 'AUD', 'CAD'];
const PRICE = /^(\d{1,12})(?:\.(\d{1,4}))?$/;
const QUANTITY = /^\d{1,7}$/;
const MAX_TAGS = 20;

/** How many decimals the currency's minor unit has (JPY 0, CNY 2). */
function minorDigits(currency) {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
}

/** The price in minor units, or null when it is not a price of this currency. */
function minorUnits(text, digits) {
  const found = PRICE.exec(text.trim());
  if (!found || (found[2] || '').length > digits) return null;
  return BigInt(found[1] + (found[2] || '').padEnd(digits, '0'));
}

function quantityOf(text) {
  const trimmed = text.trim();
  if (!QUANTITY.test(trimmed)) return null;
  const quantity = Number(trimmed);
  return quantity >= 1 && quantity <= 1_000_000 ? quantity : null;
}

/** Minor units back to decimal text ("12345", 2 → "123.45"). */
function decimal(minor, digits) {
  if (digits === 0) return minor.toString();
  const text = minor.toString().padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

function splitTags(text) {
  return [...new Set((text || '').split(/[,，]/).map(tag => tag.trim()).filter(Boolean))];
}

export default function mount(outlet, { signal }) {
  const idempotencyKey = newIdempotencyKey('order');
  let nextKey = 0;
  const blankLine = () => ({ key: nextKey++, sku: '', title: '', quantity: '1', unitPrice: '' });
  let lines = [blankLine()];
  let currency = 'CNY';
  let busy = false;
  let attempted = false;
  let problem = null;
  let localProblem = '';

  const digits = () => minorDigits(currency);
  const lineValid = line => line.sku.trim() && line.title.trim() && quantityOf(line.quantity) !== null
    && minorUnits(line.unitPrice, digits()) !== null;

  function lineTotal(line) {
    const quantity = quantityOf(line.quantity);
    const price = minorUnits(line.unitPrice, digits());
    return quantity === null || price === null ? null : BigInt(quantity) * price;
  }

  function orderTotal() {
    let total = 0n;
    for (const line of lines) {
      const amount = lineTotal(line);
      if (amount === null) return null;
      total += amount;
    }
    return total;
  }

  /** The server's 400 names fields like `lines[0].quantity`: the message shown next to that field. */
  function fieldError(field) {
    const errors = problem?.body?.errors;
    const found = Array.isArray(errors) ? errors.find(error => error.field === field) : null;
    return found ? found.message : '';
  }

  function errorText(id, text) {
    return text ? html`<span class="field-error" id=${id}>${text}</span>` : '';
  }

  function edit(line, field) {
    return event => {
      line[field] = event.target.value;
      draw();
    };
  }

  function addLine() {
    lines = [...lines, blankLine()];
    draw();
    outlet.querySelector(`[data-line-key="${lines[lines.length - 1].key}"] input[name=sku]`)?.focus();
  }

  function removeLine(line) {
    const index = lines.indexOf(line);
    lines = lines.filter(one => one !== line);
    draw();
    const next = lines[Math.min(index, lines.length - 1)];
    outlet.querySelector(`[data-line-key="${next.key}"] input[name=sku]`)?.focus();
  }

  /** The JSON body with each unit price written as the decimal the person typed, never as a float. */
  function requestBody(values) {
    const marker = crypto.randomUUID();
    const priceMarker = index => `@@unit-price-${index}-${marker}@@`;
    const address = {
      country: values.country, region: values.region, city: values.city, street: values.street,
      postalCode: values.postalCode,
    };
    const hasAddress = Object.values(address).some(Boolean);
    const customer = { name: values.customerName, phone: values.phone, address: hasAddress ? address : undefined };
    const tags = splitTags(values.tags);
    const body = {
      externalOrderNumber: values.externalOrderNumber || '',
      salesChannel: values.salesChannel,
      orderedAt: values.orderedAt ? zonedInstant(...values.orderedAt.split('T')) : undefined,
      currency,
      lines: lines.map((line, index) => ({
        sku: line.sku.trim(), title: line.title.trim(), quantity: quantityOf(line.quantity),
        unitPrice: priceMarker(index),
      })),
      customer: customer.name || customer.phone || hasAddress ? customer : undefined,
      buyerNote: values.buyerNote,
      tags: tags.length ? tags : undefined,
    };
    let json = JSON.stringify(body);
    lines.forEach((line, index) => {
      const price = decimal(minorUnits(line.unitPrice, digits()), digits());
      json = json.replace(`"${priceMarker(index)}"`, price);
    });
    return json;
  }

  async function submit(event) {
    event.preventDefault();
    attempted = true;
    problem = null;
    localProblem = '';
    const values = formValues(event.target);
    const tags = splitTags(values.tags);
    if (!lines.every(lineValid)) localProblem = t('orders.new.fixLines');
    else if (tags.length > MAX_TAGS || tags.some(tag => tag.length > 40)) localProblem = t('orders.new.tooManyTags');
    if (localProblem) {
      draw();
      outlet.querySelector('[role=alert]')?.focus();
      return;
    }
    busy = true;
    draw();
    try {
      const answer = await post('/api/orders', requestBody(values), {
        idempotencyKey, signal, headers: { 'Content-Type': 'application/json' },
      });
      announce(t('orders.new.recorded', { number: values.externalOrderNumber }));
      navigate(`/orders/${encodeURIComponent(answer.body.orderId)}`);
    } catch (refusal) {
      if (refusal.name === 'AbortError') return;
      problem = refusal;
      busy = false;
      draw();
      outlet.querySelector('[role=alert]')?.focus();
    }
  }

  function lineFields(line, index) {
    const n = index + 1;
    const show = attempted || line.touched;
    const quantityWrong = show && quantityOf(line.quantity) === null;
    const priceWrong = show && line.unitPrice.trim() !== '' && minorUnits(line.unitPrice, digits()) === null
      || attempted && line.unitPrice.trim() === '';
    const amount = lineTotal(line);
    const serverError = name => fieldError(`lines[${index}].${name}`);
    return html`
      <fieldset class="order-line" data-line-key=${line.key} data-testid="order-line"
                @focusout=${() => { line.touched = true; draw(); }}>
        <legend>${t('orders.new.line', { n })}</legend>
        <label>${t('orders.new.sku')}
          <input name="sku" required maxlength="64" .value=${line.sku} @input=${edit(line, 'sku')}
                 aria-invalid=${String(Boolean(serverError('sku')) || (attempted && !line.sku.trim()))}
                 aria-describedby=${serverError('sku') ? `line-${line.key}-sku-error` : nothing}>
          ${errorText(`line-${line.key}-sku-error`, serverError('sku'))}</label>
        <label class="line-title">${t('orders.new.itemTitle')}
          <input name="title" required maxlength="300" .value=${line.title} @input=${edit(line, 'title')}
                 aria-invalid=${String(Boolean(serverError('title')) || (attempted && !line.title.trim()))}
                 aria-describedby=${serverError('title') ? `line-${line.key}-title-error` : nothing}>
          ${errorText(`line-${line.key}-title-error`, serverError('title'))}</label>
        <label>${t('orders.new.quantity')}
          <input name="quantity" inputmode="numeric" required .value=${line.quantity} @input=${edit(line, 'quantity')}
                 aria-invalid=${String(quantityWrong || Boolean(serverError('quantity')))}
                 aria-describedby=${quantityWrong || serverError('quantity')
                   ? `line-${line.key}-quantity-error` : nothing}>
          ${errorText(`line-${line.key}-quantity-error`,
                      serverError('quantity') || (quantityWrong ? t('orders.new.quantityRule') : ''))}</label>
        <label>${t('orders.new.unitPrice')}
          <input name="unitPrice" inputmode="decimal" required .value=${line.unitPrice} placeholder="0.00"
                 @input=${edit(line, 'unitPrice')}
                 aria-invalid=${String(priceWrong || Boolean(serverError('unitPrice')))}
                 aria-describedby=${priceWrong || serverError('unitPrice')
                   ? `line-${line.key}-price-error` : nothing}>
          ${errorText(`line-${line.key}-price-error`, serverError('unitPrice')
                      || (priceWrong ? t('orders.new.priceRule', { digits: digits(), currency }) : ''))}</label>
        <p class="line-total"><span class="muted">${t('orders.new.lineTotal')}</span>
          <span data-testid="line-total">${amount === null ? '—' : money(decimal(amount, digits()), currency)}</span></p>
        <button type="button" class="link" ?disabled=${lines.length === 1} @click=${() => removeLine(line)}
                data-testid="remove-line">${t('orders.new.removeLine', { n })}</button>
      </fieldset>`;
  }

  /** A text field; `name` is the field as the server's 400 names it, `input` the form's name when it differs. */
  function field(label, name, { input = name, maxlength, type = 'text', help, autocomplete, required = false } = {}) {
    const error = fieldError(name);
    const helpId = help ? `${name}-help` : '';
    return html`
      <label>${label}
        <input name=${input} type=${type} maxlength=${maxlength ?? nothing}
               autocomplete=${autocomplete || 'off'} ?required=${required} aria-invalid=${String(Boolean(error))}
               aria-describedby=${[helpId, error ? `${name}-error` : ''].join(' ').trim() || nothing}
               data-testid="field-${name}">
        ${help ? html`<span class="muted field-help" id=${helpId}>${help}</span>` : ''}
        ${errorText(`${name}-error`, error)}
      </label>`;
  }

  function draw() {
    const total = orderTotal();
    render(html`
      ${heading(t('orders.new.title'))}
      <p class="muted">${t('orders.new.intro')}</p>
      ${problemBox(problem)}
      ${localProblem ? html`<div class="problem" role="alert" tabindex="-1" data-testid="problem">${localProblem}</div>` : ''}
      <form class="order-form" @submit=${submit} novalidate data-testid="new-order-form">
        <fieldset>
          <legend>${t('orders.new.order')}</legend>
          <div class="grid-2">
            ${field(t('orders.new.number'), 'externalOrderNumber', { maxlength: 128, help: t('orders.new.numberHelp'), required: true })}
            ${field(t('orders.new.channel'), 'salesChannel', { maxlength: 120 })}
            ${field(t('orders.new.orderedAt', { zone: currentTimeZone() }), 'orderedAt',
                    { type: 'datetime-local', help: t('orders.new.orderedAtHelp') })}
            <label>${t('orders.new.currency')}
              <select name="currency" data-testid="field-currency"
                      @change=${event => { currency = event.target.value; draw(); }}>
                ${CURRENCIES.map(code => html`<option value=${code} ?selected=${code === currency}>${code}</option>`)}
              </select></label>
          </div>
        </fieldset>

        <fieldset>
          <legend>${t('orders.new.lines')}</legend>
          ${errorText('lines-error', fieldError('lines'))}
          ${repeat(lines, line => line.key, lineFields)}
          <p><button type="button" @click=${addLine} data-testid="add-line">${t('orders.new.addLine')}</button></p>
          <p class="order-total">${t('orders.new.total')}:
            <strong data-testid="order-total">${total === null ? '—' : money(decimal(total, digits()), currency)}</strong>
            ${total === null ? html`<span class="muted">${t('orders.new.totalPending')}</span>` : ''}</p>
        </fieldset>

        <fieldset>
          <legend>${t('orders.new.customer')}</legend>
          <div class="grid-2">
            ${field(t('orders.new.customerName'), 'customer.name', { input: 'customerName', maxlength: 100 })}
            ${field(t('orders.new.phone'), 'customer.phone', { input: 'phone', maxlength: 32, type: 'tel' })}
            ${field(t('orders.new.country'), 'customer.address.country', { input: 'country', maxlength: 56 })}
            ${field(t('orders.new.region'), 'customer.address.region', { input: 'region', maxlength: 100 })}
            ${field(t('orders.new.city'), 'customer.address.city', { input: 'city', maxlength: 100 })}
            ${field(t('orders.new.street'), 'customer.address.street', { input: 'street', maxlength: 300 })}
            ${field(t('orders.new.postalCode'), 'customer.address.postalCode', { input: 'postalCode', maxlength: 20 })}
          </div>
        </fieldset>

        <label>${t('orders.new.buyerNote')}
          <textarea name="buyerNote" maxlength="1000" data-testid="field-buyerNote"
                    aria-invalid=${String(Boolean(fieldError('buyerNote')))}></textarea>
          ${errorText('buyerNote-error', fieldError('buyerNote'))}</label>
        ${field(t('orders.new.tags'), 'tags', { help: t('orders.new.tagsHelp') })}

        <p class="toolbar">
          <button type="submit" class="primary" ?disabled=${busy} data-testid="submit-order">
            ${busy ? t('orders.new.recording') : t('orders.new.submit')}</button>
          <a href="/orders">${t('common.cancel')}</a>
        </p>
      </form>`, outlet);
  }

  draw();
}
