// A sign-in history as a table (the person's own in the privacy center, a member's in the workspace page).
// An unusual sign-in is said in words as well as marked, never by colour alone.
import { html } from '/webjars/lit-html/lit-html.js';
import './messages.js';
import { dateTime, t } from '../../lib/i18n.js';

/** `GET /api/me/logins` or a member's logins (`at`, `outcome`, `reason`, `clientIp`, `userAgent`, `abnormal`). */
export function loginsTable(logins, testId = 'logins') {
  if (!logins.length) return html`<p class="muted" data-testid=${testId}>${t('privacy.loginsEmpty')}</p>`;
  return html`
    <div class="table-scroll">
      <table data-testid=${testId}>
        <thead><tr>
          <th scope="col">${t('privacy.at')}</th>
          <th scope="col">${t('privacy.outcome')}</th>
          <th scope="col">${t('privacy.ip')}</th>
          <th scope="col">${t('privacy.device')}</th>
        </tr></thead>
        <tbody>
          ${logins.map(login => html`
            <tr class=${login.abnormal ? 'login-abnormal' : ''}>
              <td>${dateTime(login.at)}</td>
              <td>${outcomeLabel(login.outcome)}${login.reason && login.outcome !== 'FAILED' ? html` <span class="muted">(${login.reason})</span>` : ''}
                ${login.abnormal ? html`<span class="badge badge-overdue">${t('privacy.abnormalText')}</span>` : ''}</td>
              <td>${login.clientIp || ''}</td>
              <td class="device">${login.userAgent || ''}</td>
            </tr>`)}
        </tbody>
      </table>
    </div>`;
}

function outcomeLabel(outcome) {
  const key = `privacy.outcome.${outcome}`;
  const label = t(key);
  return label === key ? outcome : label;
}
