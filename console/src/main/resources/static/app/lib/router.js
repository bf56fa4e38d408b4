// Client-side routes over the History API: the edge answers index.html for any console path, so deep links
// and reloads work. A page module is loaded when first visited.

import { hasRole, lost, me } from './session.js';

let routes = [];
let outlet;
let onNavigated = () => {};
let current = null;
let shown = 0;

/**
 * Starts routing into `outletElement`. A route: `{ path: '/orders/:id', page: () => import(...), roles?, public? }`;
 * a page module's default export is `mount(outlet, { params, query, signal })` and draws into the outlet; the
 * signal aborts when the person leaves the page (close live streams there).
 */
export function start(routeTable, outletElement, navigated) {
  routes = routeTable.map(route => ({ ...route, pattern: compile(route.path) }));
  outlet = outletElement;
  onNavigated = navigated;
  window.addEventListener('popstate', () => show());
  document.addEventListener('click', followLink);
  return show();
}

/** Goes to `url` (path and query) without reloading. */
export function navigate(url, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  return show();
}

/** Shows the current page again (after a language change or sign-in). */
export const refresh = () => show();

export const currentPath = () => location.pathname;

function compile(path) {
  const names = [];
  const regex = path.replace(/:(\w+)/g, (match, name) => {
    names.push(name);
    return '([^/]+)';
  });
  return { regex: new RegExp(`^${regex}/?$`), names };
}

function match(pathname) {
  for (const route of routes) {
    const found = route.pattern.regex.exec(pathname);
    if (found) {
      const params = {};
      route.pattern.names.forEach((name, i) => { params[name] = decodeURIComponent(found[i + 1]); });
      return { route, params };
    }
  }
  return null;
}

async function show() {
  if (routes.length === 0) return; // a navigation asked for before routing started: start() shows the page
  if (current) current.abort();
  const controller = new AbortController();
  current = controller;
  const found = match(location.pathname) || match('/not-found');
  const { route, params } = found;
  if (!route.public && !me) {
    const next = encodeURIComponent(location.pathname + location.search);
    return navigate(`/sign-in?${lost ? 'expired=1&' : ''}next=${next}`, { replace: true });
  }
  if (route.redirect) return navigate(route.redirect(), { replace: true });
  const allowed = !route.roles || hasRole(...route.roles);
  let module;
  try {
    module = allowed ? await route.page() : await import('../pages/forbidden.js');
  } catch {
    module = await import('../pages/unavailable.js'); // a new deployment or a dropped connection
  }
  if (controller.signal.aborted) return;
  // Each page draws into an element of its own: lit-html remembers what it rendered into a container, so a
  // container reused by the next page would confuse it.
  const page = document.createElement('div');
  page.className = 'page';
  outlet.replaceChildren(page);
  const query = Object.fromEntries(new URLSearchParams(location.search));
  await module.default(page, { params, query, signal: controller.signal });
  onNavigated(route, { firstPage: shown++ === 0 });
}

function followLink(event) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target.closest('a[href]');
  if (!link || link.target || link.hasAttribute('download') || link.origin !== location.origin) return;
  const path = link.pathname;
  if (path.startsWith('/api/') || path.startsWith('/console/') || path.includes('.')) return;
  event.preventDefault();
  navigate(path + link.search + link.hash); // the hash too: /admin#support scrolls to the queue
}
