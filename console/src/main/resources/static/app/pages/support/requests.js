// The requester's own support and privacy requests, newest first, each with its answer-by date.
import { html, render } from '/webjars/lit-html/lit-html.js';
import { dueText, kindLabel, supportStatusBadge } from './messages.js';
import { dateTime, t } from '../../lib/i18n.js';
import { get } from '../../lib/api.js';
import { heading, problemBox } from '../../lib/ui.js';

export default function mount(outlet, { signal }) {
  let items = null;
  let nextCursor = null;
  let problem = null;

  async function more(cursor) {
    try {
      const page = (await get('/api/support/requests', { cursor, limit: 50 }, { signal })).body;
      items = (cursor ? items : []).concat(page.items);
      nextCursor = page.nextCursor;
      problem = null;
    } catch (refusal) {
      if (refusal.name === 'AbortError') return;
      problem = refusal;
    }
    draw();
  }

  function draw() {
    render(html`
      ${heading(t('support.title'))}
      <p>${t('support.intro')}</p>
      <p><a class="button primary" href="/support/new" data-testid="new-support-request">${t('support.new')}</a></p>
      ${problemBox(problem)}
      ${items === null ? (problem ? '' : html`<p class="loading">${t('common.loading')}</p>`) : list()}`, outlet);
  }

  function list() {
    if (!items.length) return html`<p class="muted">${t('support.empty')}</p>`;
    return html`
      <div class="table-scroll">
        <table data-testid="support-requests">
          <thead><tr>
            <th scope="col">${t('support.subject')}</th>
            <th scope="col">${t('support.kind')}</th>
            <th scope="col">${t('support.status')}</th>
            <th scope="col">${t('support.submittedAt')}</th>
            <th scope="col">${t('support.dueAt')}</th>
          </tr></thead>
          <tbody>
            ${items.map(request => html`
              <tr data-request-id=${request.requestId} class=${request.overdue ? 'overdue-row' : ''}>
                <td><a href=${`/support/${request.requestId}`}>${request.subject}</a></td>
                <td>${kindLabel(request.kind)}</td>
                <td>${supportStatusBadge(request.status)}</td>
                <td>${dateTime(request.submittedAt)}</td>
                <td>${dueText(request)}</td>
              </tr>`)}
          </tbody>
        </table>
      </div>
      ${nextCursor ? html`<button type="button" @click=${() => more(nextCursor)}>${t('common.loadMore')}</button>` : ''}`;
  }

  draw();
  more(null);
}
