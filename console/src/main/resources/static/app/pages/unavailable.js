// Shown when a page's code could not be loaded (the connection dropped, or a new version was deployed).
import { html, render } from '/webjars/lit-html/lit-html.js';
import { messages, t } from '../lib/i18n.js';
import { heading } from '../lib/ui.js';

messages({
  en: { 'unavailable.title': 'This page could not be loaded', 'unavailable.text': 'Check your connection, then reload the page.' },
  'zh-CN': { 'unavailable.title': '页面无法加载', 'unavailable.text': '请检查网络连接，然后重新加载页面。' },
});

export default function mount(outlet) {
  render(html`${heading(t('unavailable.title'))}<p>${t('unavailable.text')}</p>
    <button type="button" @click=${() => location.reload()}>${t('common.reload')}</button>`, outlet);
}
