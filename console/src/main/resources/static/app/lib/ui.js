// Small pieces every page uses: the page title, problem texts, announcements for screen readers, status badges.

import { html } from '/webjars/lit-html/lit-html.js';
import { messages, t } from './i18n.js';
import { Problem } from './api.js';

messages({
  en: {
    'problem.network': 'OrderDesk cannot be reached. Check your connection and try again.',
    'problem.unauthenticated': 'Your session has ended. Please sign in again.',
    'problem.invalid-credentials': 'The sign-in name or password is not right.',
    'problem.too-many-requests': 'Too many attempts. Try again in {seconds} seconds.',
    'problem.forbidden': 'Your role does not allow this.',
    'problem.not-found': 'Not found: it may have been removed, or it belongs to another workspace.',
    'problem.stale-version': 'Someone else changed this in the meantime.',
    'problem.precondition-required': 'This change needs the version you read; reload and try again.',
    'problem.internal-error': 'Something went wrong on our side. Quote request {requestId} to support.',
    'problem.upstream-unavailable': 'Part of OrderDesk is not reachable right now. Try again in a moment.',
    'problem.generic': 'The request was refused ({status}).',
    'common.loading': 'Loading…',
    'common.save': 'Save',
    'common.cancel': 'Cancel',
    'common.close': 'Close',
    'common.reload': 'Reload',
    'common.loadMore': 'Load more',
    'common.none': 'None',
    'common.yes': 'Yes',
    'common.no': 'No',
    'common.download': 'Download',
    'common.search': 'Search',
    'common.apply': 'Apply',
    'common.clear': 'Clear',
    'common.actions': 'Actions',
    'common.dismiss': 'Dismiss',
    'common.edit': 'Edit',
    'common.delete': 'Delete',
    'common.add': 'Add',
    'common.back': 'Back',
    'common.live': 'Live',
    'common.reconnecting': 'Reconnecting…',
  },
  'zh-CN': {
    'problem.network': '无法连接 OrderDesk，请检查网络后重试。',
    'problem.unauthenticated': '您的会话已结束，请重新登录。',
    'problem.invalid-credentials': '登录名或密码不正确。',
    'problem.too-many-requests': '尝试次数过多，请在 {seconds} 秒后重试。',
    'problem.forbidden': '您的角色无权执行此操作。',
    'problem.not-found': '未找到：它可能已被删除，或属于其他工作区。',
    'problem.stale-version': '在此期间已有其他人修改了此内容。',
    'problem.precondition-required': '此修改需要您读取的版本，请刷新后重试。',
    'problem.internal-error': '系统出现错误。请向客服提供请求编号 {requestId}。',
    'problem.upstream-unavailable': 'OrderDesk 的部分服务暂时无法访问，请稍后重试。',
    'problem.generic': '请求被拒绝（{status}）。',
    'common.loading': '加载中…',
    'common.save': '保存',
    'common.cancel': '取消',
    'common.close': '关闭',
    'common.reload': '重新加载',
    'common.loadMore': '加载更多',
    'common.none': '无',
    'common.yes': '是',
    'common.no': '否',
    'common.download': '下载',
    'common.search': '搜索',
    'common.apply': '应用',
    'common.clear': '清除',
    'common.actions': '操作',
    'common.dismiss': '关闭',
    'common.edit': '编辑',
    'common.delete': '删除',
    'common.add': '添加',
    'common.back': '返回',
    'common.live': '实时',
    'common.reconnecting': '正在重新连接…',
  },
});

/** A sentence for a refusal: our own words for the types people meet, else the server's detail. */
export function problemText(problem) {
  if (!(problem instanceof Problem)) return t('problem.generic', { status: '?' });
  const params = { seconds: problem.retryAfterSeconds ?? 60, status: problem.status, requestId: problem.requestId ?? '' };
  const key = `problem.${problem.type}`;
  const known = t(key, params);
  if (known !== key) return known;
  return problem.detail || problem.title || t('problem.generic', params);
}

/** A problem box for a form or a page, with the role=alert that makes screen readers speak it. */
export function problemBox(problem) {
  if (!problem) return '';
  return html`<div class="problem" role="alert" tabindex="-1" data-testid="problem">${problemText(problem)}${fieldErrors(problem)}</div>`;
}

function fieldErrors(problem) {
  const errors = problem.body?.errors || problem.body?.fieldErrors;
  if (!Array.isArray(errors) || errors.length === 0) return '';
  return html`<ul>${errors.map(error => html`<li>${error.field ? `${error.field}: ` : ''}${error.message || error.detail || ''}</li>`)}</ul>`;
}

/** Says `text` to screen readers and shows it briefly as a toast. */
export function announce(text) {
  const region = document.getElementById('announcements');
  if (!region) return;
  region.textContent = '';
  requestAnimationFrame(() => { region.textContent = text; });
  region.classList.add('visible');
  clearTimeout(announce.timer);
  announce.timer = setTimeout(() => region.classList.remove('visible'), 5000);
}

/** Sets the document title and answers the page heading, which gets focus after navigation. */
export function heading(text) {
  document.title = `${text} · OrderDesk`;
  return html`<h1 tabindex="-1" class="page-title">${text}</h1>`;
}

/** A status as a coloured badge; the colour is never the only signal (the text is there). */
export function badge(status, text = status) {
  return html`<span class="badge badge-${String(status).toLowerCase()}">${text}</span>`;
}

/** Reads a form's fields into an object of trimmed strings (empty ones left out). */
export function formValues(form) {
  const values = {};
  for (const [name, value] of new FormData(form).entries()) {
    if (typeof value === 'string') {
      const trimmed = value.trim();
      if (trimmed !== '') values[name] = trimmed;
    } else {
      values[name] = value;
    }
  }
  return values;
}

/**
 * A page's named actions (a form's submit, a row's button): while one runs, `busy` is its name (to disable its
 * button) and its refusal is kept in `problems[name]` for `problemBox`; the page redraws before and after. A
 * request aborted because the person left the page is not a refusal. `refused(name)` runs after a refusal is
 * drawn (e.g. to move focus to it).
 */
export function actions(draw, { refused = () => {} } = {}) {
  const runner = {
    busy: null,
    problems: {},
    async run(name, action) {
      runner.busy = name;
      runner.problems[name] = null;
      draw();
      let failed = false;
      try {
        await action();
      } catch (refusal) {
        if (refusal.name !== 'AbortError') {
          runner.problems[name] = refusal;
          failed = true;
        }
      } finally {
        runner.busy = null;
        draw();
      }
      if (failed) refused(name);
    },
  };
  return runner;
}
