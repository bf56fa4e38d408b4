// The one way pages talk to OrderDesk: same-origin calls through the console edge, which adds the session's
// token (the browser never sees it) and routes reads to the query side and writes to the command side.

/** A refusal answered as RFC 9457 problem details (or a network failure, with status 0). */
export class Problem extends Error {
  constructor(status, body = {}, headers = new Headers()) {
    super(body.detail || body.title || `HTTP ${status}`);
    this.status = status;
    this.type = (body.type || '').replace('urn:orderdesk:problem:', '');
    this.title = body.title;
    this.detail = body.detail;
    this.body = body;
    const retry = headers.get('Retry-After');
    this.retryAfterSeconds = retry && /^\d+$/.test(retry) ? Number(retry) : null;
    this.requestId = headers.get('X-Request-Id');
  }
}

const listeners = { unauthenticated: [] };

/** Called when any call answers 401: the session ran out or was revoked. */
export function onUnauthenticated(listener) {
  listeners.unauthenticated.push(listener);
}

/** Builds `path?query` from an object, leaving out empty values; arrays repeat the parameter. */
export function withQuery(path, query = {}) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null && one !== '') params.append(name, String(one));
    }
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * Sends a request and answers `{ status, body, version, headers }`; throws a Problem for 4xx/5xx answers.
 * `version` is the ETag's number (the aggregate version for If-Match on the next change).
 */
export async function request(method, path, { body, query, ifMatch, idempotencyKey, headers = {}, signal, raw } = {}) {
  const sent = { Accept: 'application/json, application/problem+json', ...headers };
  let payload = body;
  if (body !== undefined && !(body instanceof FormData) && !(body instanceof Blob) && typeof body !== 'string') {
    sent['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (ifMatch !== undefined && ifMatch !== null) sent['If-Match'] = `"${ifMatch}"`;
  if (idempotencyKey) sent['Idempotency-Key'] = idempotencyKey;
  let response;
  try {
    response = await fetch(withQuery(path, query), { method, headers: sent, body: payload, signal, credentials: 'same-origin' });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new Problem(0, { type: 'network', title: 'Network error' });
  }
  if (response.status === 401 && !path.startsWith('/console/session')) {
    listeners.unauthenticated.forEach(listener => listener());
  }
  if (raw && response.ok) return response;
  const text = await response.text();
  let parsed = null;
  if (text) {
    try { parsed = JSON.parse(text); } catch { parsed = text; }
  }
  if (!response.ok) throw new Problem(response.status, typeof parsed === 'object' && parsed ? parsed : {}, response.headers);
  const etag = response.headers.get('ETag');
  const version = etag ? Number(etag.replace(/^W\//, '').replaceAll('"', '')) : (parsed && parsed.version);
  return { status: response.status, body: parsed, version, headers: response.headers };
}

export const get = (path, query, options = {}) => request('GET', path, { ...options, query });
export const post = (path, body, options = {}) => request('POST', path, { ...options, body });
export const put = (path, body, options = {}) => request('PUT', path, { ...options, body });
export const del = (path, options = {}) => request('DELETE', path, options);

/** A fresh key for a create, so a retried click never records twice. */
export function newIdempotencyKey(prefix = 'console') {
  return `${prefix}-${crypto.randomUUID()}`;
}

/**
 * Uploads with progress (fetch cannot report upload progress): answers like `request`.
 * `onProgress(fraction)` is called as bytes leave.
 */
export function upload(method, path, body, { headers = {}, onProgress, ifMatch, idempotencyKey, query } = {}) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, withQuery(path, query));
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    if (ifMatch !== undefined && ifMatch !== null) xhr.setRequestHeader('If-Match', `"${ifMatch}"`);
    if (idempotencyKey) xhr.setRequestHeader('Idempotency-Key', idempotencyKey);
    xhr.upload.onprogress = event => event.lengthComputable && onProgress && onProgress(event.loaded / event.total);
    xhr.onerror = () => reject(new Problem(0, { type: 'network', title: 'Network error' }));
    xhr.onload = () => {
      let parsed = null;
      try { parsed = xhr.responseText ? JSON.parse(xhr.responseText) : null; } catch { parsed = xhr.responseText; }
      const answerHeaders = new Headers();
      for (const name of ['Retry-After', 'X-Request-Id']) {
        const value = xhr.getResponseHeader(name);
        if (value) answerHeaders.set(name, value);
      }
      if (xhr.status === 401) listeners.unauthenticated.forEach(listener => listener());
      if (xhr.status >= 400) {
        reject(new Problem(xhr.status, typeof parsed === 'object' && parsed ? parsed : {}, answerHeaders));
      } else {
        const etag = xhr.getResponseHeader('ETag');
        resolve({ status: xhr.status, body: parsed, version: etag ? Number(etag.replaceAll('"', '')) : parsed?.version });
      }
    };
    xhr.send(body);
  });
}
