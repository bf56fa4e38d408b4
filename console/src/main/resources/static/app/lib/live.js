// Live views: the query side's server-sent events, through the edge (the session cookie goes along, so the
// browser's own EventSource works). Every stream starts with the whole view, so a reconnect is a full refresh.

import { get, withQuery } from './api.js';

/**
 * Opens `path` and calls `handlers[eventName](data)` with each event's parsed JSON; answers a function that
 * closes it. When the browser gives up (the server refused, e.g. an expired session), it checks the session —
 * which sends the person to sign-in on a 401 — and tries again a few seconds later.
 */
export function subscribe(path, handlers, { query, signal, onState } = {}) {
  let source;
  let retryTimer;
  let closed = false;
  const open = () => {
    source = new EventSource(withQuery(path, query));
    source.onopen = () => onState && onState('open');
    for (const [name, handle] of Object.entries(handlers)) {
      source.addEventListener(name, event => {
        let data = null;
        try { data = event.data ? JSON.parse(event.data) : null; } catch { data = event.data; }
        handle(data);
      });
    }
    source.onerror = () => {
      onState && onState('reconnecting');
      if (source.readyState === EventSource.CLOSED && !closed) {
        get('/api/me').catch(() => {});
        retryTimer = setTimeout(open, 3000);
      }
    };
  };
  // A page the browser keeps in its back/forward cache would keep its stream, and the connection it holds:
  // with a few of them, the browser's six connections per host are used up and the next page never loads.
  // So a stream closes when its page is hidden and opens again when the page is shown from that cache.
  const pause = () => {
    clearTimeout(retryTimer);
    if (source) source.close();
  };
  const resume = event => {
    if (event.persisted && !closed) open();
  };
  window.addEventListener('pagehide', pause);
  window.addEventListener('pageshow', resume);
  const close = () => {
    closed = true;
    pause();
    window.removeEventListener('pagehide', pause);
    window.removeEventListener('pageshow', resume);
  };
  open();
  if (signal) signal.addEventListener('abort', close);
  return close;
}
