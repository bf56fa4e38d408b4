// An address the console does not know.
import { html, render } from '/webjars/lit-html/lit-html.js';
import { messages, t } from '../lib/i18n.js';
import { heading } from '../lib/ui.js';

messages({
  en: { 'notFound.title': 'Page not found', 'notFound.home': 'Go to the start page' },
  'zh-CN': { 'notFound.title': '页面不存在', 'notFound.home': '返回首页' },
});

export default function mount(outlet) {
  render(html`${heading(t('notFound.title'))}<p><a href="/">${t('notFound.home')}</a></p>`, outlet);
}
