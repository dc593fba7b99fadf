// Calls to the rights API with the session cookie (and the CSRF token on state changes), and what both pages share to show results:
// a tiny DOM builder and the aria-live regions for notices and problem+json errors.

import { csrfToken, clearSession } from './auth.js';
import { t, getLang } from './i18n.js';

export class ApiError extends Error {
  constructor(status, problem, path) {
    super(problem?.detail || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.path = path;
  }
}

/**
 * Calls the API; resolves to {data, etag, status}. Throws ApiError with the problem+json body
 * (status 0 for a network failure). A 401 ends the session so the page offers a new login.
 */
export async function api(path, { method = 'GET', body, ifMatch, raw = false, accept = 'application/json' } = {}) {
  // the answer's own words (the request timeline's notes) come in the page's language
  const headers = { Accept: accept, 'Accept-Language': getLang() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken()) headers['X-CSRF-Token'] = csrfToken();
  if (ifMatch) headers['If-Match'] = ifMatch;
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'same-origin',
      redirect: 'error',
    });
  } catch (e) {
    throw new ApiError(0, { detail: t('error.network') }, path);
  }
  if (!response.ok) {
    let problem = null;
    const type = response.headers.get('Content-Type') || '';
    if (type.includes('json')) problem = await response.json().catch(() => null);
    if (response.status === 401) {
      clearSession();
      problem = { ...(problem || {}), detail: t('error.session') };
    }
    throw new ApiError(response.status, problem, path);
  }
  if (raw) return response;
  const text = await response.text();
  return { data: text ? JSON.parse(text) : null, etag: response.headers.get('ETag'), status: response.status };
}

/** Fetches a package or a letter with the session and hands it to the browser as a download. */
export async function download(path, fallbackName, accept = '*/*') {
  const response = await api(path, { raw: true, accept });
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename="?([^";]+)"?/.exec(disposition);
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: match ? match[1] : fallbackName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/** Creates an element: h('p', {class: 'x', onclick: fn}, 'text', child, ...). */
export function h(tag, attrs = {}, ...children) {
  const svg = ['svg', 'g', 'rect', 'line', 'text', 'title', 'path', 'circle', 'desc'].includes(tag);
  const el = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces the children of el, leaving out null, undefined and false. */
export function fill(el, ...children) {
  el.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
}

let noticeRegion;
let problemRegion;

/** The two live regions: polite notices and assertive problems. */
export function bindMessages(notice, problem) {
  noticeRegion = notice;
  problemRegion = problem;
}

export function clearMessages() {
  if (noticeRegion) noticeRegion.replaceChildren();
  if (problemRegion) problemRegion.replaceChildren();
  document.querySelectorAll('[aria-invalid="true"]').forEach((el) => el.removeAttribute('aria-invalid'));
}

export function notify(text) {
  if (problemRegion) problemRegion.replaceChildren();
  if (noticeRegion) noticeRegion.replaceChildren(h('p', {}, text));
}

/**
 * Shows an error: the problem's title, detail and each errors[].field with its message. Inputs
 * of the form named like a field are marked aria-invalid.
 */
export function showProblem(error, form = null) {
  if (noticeRegion) noticeRegion.replaceChildren();
  const problem = error instanceof ApiError ? error.problem || {} : { detail: String(error?.message || error) };
  const status = error instanceof ApiError ? error.status : null;
  const detail = problem.detail || (status ? t('error.status', { status }) : t('error.network'));
  const lines = (problem.errors || []).map((e) => h('li', { dataset: { field: e.field } }, t('error.field', { field: e.field, message: e.message })));
  const box = h(
    'div',
    { class: 'problem' },
    h('p', {}, h('strong', {}, problem.title || t('error.title')), status ? ` (${status})` : '', ': ', detail),
    lines.length ? h('ul', {}, lines) : null,
  );
  if (problemRegion) problemRegion.replaceChildren(box);
  if (form && form.elements) {
    for (const e of problem.errors || []) {
      const input = form.elements.namedItem(e.field.split('.').pop());
      if (input && input.setAttribute) input.setAttribute('aria-invalid', 'true');
    }
  }
}
