// The password policy (docs/security.md), shown rule by rule as the person types. The server checks it again,
// including the list of common passwords, which stays on the server.
import { html } from '/webjars/lit-html/lit-html.js';
import { t } from '../../lib/i18n.js';

/** Each rule with whether `password` meets it, given the username and mobile typed so far. */
export function passwordRules(password, { username = '', mobile = '' } = {}) {
  const lower = password.toLowerCase();
  const digits = mobile.replace(/\D/g, '');
  const rules = [
    { key: 'auth.rule.length', met: password.length >= 12 && password.length <= 128 },
    { key: 'auth.rule.notUsername', met: !username || !lower.includes(username.toLowerCase()) },
  ];
  if (mobile !== undefined) rules.push({ key: 'auth.rule.notMobile', met: !digits || !password.replace(/\D/g, '').includes(digits) });
  rules.push({ key: 'auth.rule.common', met: null });
  return rules;
}

/** The rules as a live checklist, announced politely to screen readers as they change. */
export function passwordRulesView(rules) {
  return html`
    <div class="password-rules" aria-live="polite">
      <p id="password-rules-title">${t('auth.passwordRules')}</p>
      <ul aria-labelledby="password-rules-title" data-testid="password-rules">
        ${rules.map(rule => html`
          <li class=${rule.met === null ? 'rule-info' : rule.met ? 'rule-met' : 'rule-unmet'} data-rule=${rule.key}
              data-met=${String(rule.met)}>
            <span aria-hidden="true">${rule.met === null ? 'ⓘ' : rule.met ? '✓' : '✗'}</span>
            ${t(rule.key)}
            ${rule.met === null ? '' : html`<span class="visually-hidden">(${t(rule.met ? 'auth.ruleMet' : 'auth.ruleNotMet')})</span>`}
          </li>`)}
      </ul>
    </div>`;
}
