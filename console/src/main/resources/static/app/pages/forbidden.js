// Shown instead of a page the person's role may not open (the server would refuse its calls as well).
import { html, render } from '/webjars/lit-html/lit-html.js';
import { messages, t } from '../lib/i18n.js';
import { heading } from '../lib/ui.js';

messages({
  en: { 'forbidden.title': 'Not available for your role', 'forbidden.text': 'Your role does not include this page. Ask your workspace owner if you need it.', 'forbidden.home': 'Go to the start page' },
  'zh-CN': { 'forbidden.title': '您的角色无法访问', 'forbidden.text': '您的角色不包含此页面。如有需要，请联系工作区店主。', 'forbidden.home': '返回首页' },
});

export default function mount(outlet) {
  render(html`${heading(t('forbidden.title'))}<p>${t('forbidden.text')}</p><p><a href="/">${t('forbidden.home')}</a></p>`, outlet);
}
