// The DPO dashboard: the queue of data-subject requests, one request with its actions, the
// figures, and recording a request that came by letter, email, phone or visit. Routes live in the
// hash (#/, #/requests/{id}, #/figures, #/new): ids only, never personal data.

import {
  t, code, getLang, STATUSES, OPEN_STATUSES, ANSWERED_STATUSES, TYPES,
  fmtDate, fmtDateTime, fmtMonth, daysLeft, todayInHelsinki, isoDateIn, daysBetween,
} from './i18n.js';
import { api, ApiError, download, h, fill, clearMessages, notify } from './api.js';
import { startPage, fail, focusHeading } from './shell.js';

const main = document.getElementById('main');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TYPE_COLOURS = {
  ACCESS: '#1c71d8', RECTIFICATION: '#9141ac', ERASURE: '#c01c28',
  RESTRICTION: '#986a44', PORTABILITY: '#26a269', OBJECTION: '#e66100',
};

const state = {
  filters: { status: 'OPEN', type: '' },
  search: '',
  list: null, // {items, more}
  details: new Map(), // id -> RequestView, filled only by a subject search
  current: null, // {req, etag, letters, notifications}
  renderSeq: 0,
};

startPage({
  titleKey: 'app.dpoTitle',
  introKey: 'login.intro',
  roles: ['dpo', 'admin'],
  wrongRoleKey: 'role.notDpo',
  otherPage: { href: '/me/', key: 'role.toMe' },
  ready: async () => {
    document.getElementById('nav').hidden = false;
    window.addEventListener('hashchange', () => route(true));
    await route(true);
  },
  rerender: () => route(false, true),
});

function parseRoute() {
  const hash = location.hash || '#/';
  const request = /^#\/requests\/([^/]+)$/.exec(hash);
  if (request && UUID.test(request[1])) return { name: 'request', id: request[1] };
  if (hash === '#/figures') return { name: 'figures' };
  if (hash === '#/new') return { name: 'new' };
  return { name: 'queue' };
}

/** Renders the view of the hash; focus moves to its heading on a route change. */
async function route(moved, cached = false) {
  const seq = ++state.renderSeq;
  const current = parseRoute();
  document.querySelectorAll('#nav a').forEach((a) => {
    if (a.dataset.route === current.name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  if (moved) clearMessages();
  try {
    if (current.name === 'request') await renderRequest(current.id, seq, cached);
    else if (current.name === 'figures') await renderFigures(seq);
    else if (current.name === 'new') renderNew();
    else await renderQueue(seq, cached);
    if (moved && seq === state.renderSeq) focusHeading();
  } catch (e) {
    if (seq === state.renderSeq) fail(e);
  }
}

function stale(seq) {
  return seq !== state.renderSeq;
}

// ---------------------------------------------------------------- the queue

async function loadQueue() {
  const { status, type } = state.filters;
  const statuses = status === 'OPEN' ? OPEN_STATUSES : [status || null];
  const pages = await Promise.all(statuses.map((s) => loadAll({ status: s, type })));
  const items = pages.flatMap((p) => p.items);
  items.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
  return { items, more: pages.some((p) => p.more) };
}

/** Follows the cursor for up to maxPages pages of 200. */
async function loadAll({ status, type }, maxPages = 5) {
  const items = [];
  let cursor = null;
  let pages = 0;
  do {
    const params = new URLSearchParams({ limit: '200' });
    if (status) params.set('status', status);
    if (type) params.set('type', type);
    if (cursor) params.set('cursor', cursor);
    const { data } = await api(`/api/v1/requests?${params}`);
    items.push(...(data.items || []));
    cursor = data.next;
    pages += 1;
  } while (cursor && pages < maxPages);
  return { items, more: Boolean(cursor) };
}

async function renderQueue(seq, cached) {
  if (!cached || !state.list) {
    // a queue on screen stays there (and keeps the focus) until the new one has arrived
    if (!main.querySelector('.filters')) fill(main, h('h1', {}, t('queue.title')), h('p', {}, t('loading')));
    main.setAttribute('aria-busy', 'true');
    try {
      const list = await loadQueue();
      if (stale(seq)) return;
      state.list = list;
    } finally {
      main.removeAttribute('aria-busy');
    }
  }
  let shown = state.list.items;
  if (state.search) shown = await searchBySubject(shown, state.search, seq);
  if (stale(seq)) return;
  const [reapplied, retentionNotices] = await Promise.all([loadReapplied(), loadRetentionNotices()]);
  if (stale(seq)) return;
  fill(main, 
    h('h1', {}, t('queue.title')),
    reappliedBanner(reapplied),
    retentionNoticesBanner(retentionNotices),
    filtersForm(),
    h('p', { class: 'count', id: 'queue-count' },
      state.search ? t('queue.countOf', { n: shown.length, total: state.list.items.length }) : t('queue.count', { n: shown.length })),
    state.list.more ? h('p', { class: 'callout' }, t('queue.more', { n: state.list.items.length })) : null,
    shown.length ? queueTable(shown) : h('p', { class: 'empty' }, t('queue.empty')),
  );
}

function select(name, labelKey, options, value, onchange) {
  const id = `f-${name}`;
  return h('div', { class: 'field' },
    h('label', { for: id }, t(labelKey)),
    h('select', { id, name, onchange },
      options.map(([v, text]) => h('option', { value: v, selected: v === value }, text))));
}

function filtersForm() {
  const reload = (key) => (event) => {
    state.filters[key] = event.target.value;
    state.list = null;
    route(false).then(() => document.getElementById(`f-${key}`)?.focus());
  };
  const search = h('input', {
    id: 'f-search', name: 'search', type: 'search', value: state.search, autocomplete: 'off',
    'aria-describedby': 'f-search-hint',
  });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('queue.filters') },
    select('status', 'queue.status',
      [['OPEN', t('queue.allOpen')], ['', t('queue.all')], ...STATUSES.map((s) => [s, code('status', s)])],
      state.filters.status, reload('status')),
    select('type', 'queue.type', [['', t('queue.allTypes')], ...TYPES.map((x) => [x, code('type', x)])],
      state.filters.type, reload('type')),
    h('div', { class: 'field grow' },
      h('label', { for: 'f-search' }, t('queue.search')),
      h('div', { class: 'inline' }, search,
        h('button', { type: 'submit' }, t('queue.searchButton')),
        state.search ? h('button', { type: 'button', class: 'secondary', onclick: () => {
          state.search = '';
          clearMessages();
          route(false).then(() => document.getElementById('f-search')?.focus());
        } }, t('queue.clear')) : null),
      h('p', { class: 'hint', id: 'f-search-hint' }, t('queue.searchHint'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state.search = search.value.trim();
    route(false, true).then(() => document.getElementById('queue-count')?.focus());
  });
  return form;
}

/**
 * The list carries no personal data, so a search by the subject reads each shown request (each
 * read is audit-logged by the API) and matches name, email and phone here in the browser.
 */
async function searchBySubject(items, term, seq) {
  const missing = items.filter((r) => !state.details.has(r.id));
  if (missing.length) notify(t('queue.searching', { n: missing.length }));
  const queue = [...missing];
  const worker = async () => {
    while (queue.length && !stale(seq)) {
      const next = queue.shift();
      const { data } = await api(`/api/v1/requests/${next.id}`);
      state.details.set(next.id, data);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  if (missing.length) clearMessages();
  const needle = term.toLowerCase();
  const digits = needle.replace(/[^0-9]/g, '');
  return items.filter((r) => {
    const s = state.details.get(r.id)?.subject || {};
    const text = [s.firstName, s.lastName, `${s.firstName || ''} ${s.lastName || ''}`, s.email].join(' ').toLowerCase();
    return text.includes(needle) || (digits.length >= 4 && (s.phone || '').replace(/[^0-9]/g, '').includes(digits));
  });
}

function daysBadge(summary) {
  const open = OPEN_STATUSES.includes(summary.status);
  const left = daysLeft(summary.dueDate, open);
  return h('span', { class: `days days-${left.level}` }, h('span', { class: 'dot', 'aria-hidden': 'true' }), left.text);
}

function queueTable(items) {
  const head = ['col.due', 'col.left', 'col.type', 'col.status', 'col.channel', 'col.received', 'col.target', 'col.flags', 'col.open'];
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'queue' },
      h('caption', {}, t('queue.caption')),
      h('thead', {}, h('tr', {}, head.map((k) => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, items.map((r) => h('tr', { dataset: { id: r.id, status: r.status } },
        h('td', {}, fmtDate(r.dueDate)),
        h('td', {}, daysBadge(r)),
        h('td', {}, code('type', r.type)),
        h('td', {}, code('status', r.status)),
        h('td', {}, code('channel', r.channel)),
        h('td', {}, fmtDate(r.receivedOn)),
        h('td', {}, fmtDate(r.targetDate)),
        h('td', {}, flags(r)),
        h('td', {}, h('a', {
          href: `#/requests/${r.id}`, class: 'open-link',
          'aria-label': t('open.label', { type: code('type', r.type), due: fmtDate(r.dueDate) }),
        }, t('open.link'))))))));
}

function flags(r) {
  const list = [];
  if (r.extended) list.push(t('flag.extended'));
  if (r.blocked) list.push(t('flag.blocked', { what: r.blockedBy || code('status', r.status) }));
  if (OPEN_STATUSES.includes(r.status)) list.push(r.identityVerified ? t('flag.identity') : t('flag.noIdentity'));
  if (r.repeatWithin12Months) list.push(t('flag.repeat'));
  if (r.deliveryFailedAt) list.push(t('flag.mailFailed'));
  return h('ul', { class: 'flags' }, list.map((f) => h('li', {}, f)));
}

// ---------------------------------------------------------------- one request

async function fetchRequest(id) {
  const { data: req, etag } = await api(`/api/v1/requests/${id}`);
  const [letters, notifications] = await Promise.allSettled([
    api(`/api/v1/requests/${id}/letters`),
    api(`/api/v1/requests/${id}/notifications`),
  ]);
  const settled = (result) => (result.status === 'fulfilled' ? { items: result.value.data || [] } : { error: result.reason });
  // the proof of a confirmed erasure: what both services searched and what still remains
  let proof = null;
  if (req.type === 'ERASURE' && req.confirmedAt) {
    proof = await api(`/api/v1/requests/${id}/erasure-proof`).then((r) => ({ data: r.data }), (error) => ({ error }));
  }
  // where the subject is mentioned in other records' free text (docs/promises.md)
  let mentions = null;
  if (req.match?.subjectId) {
    mentions = await api(`/api/v1/requests/${id}/mentions`).then((r) => ({ data: r.data }), (error) => ({ error }));
  }
  return { req, etag, letters: settled(letters), notifications: settled(notifications), proof, mentions };
}

async function renderRequest(id, seq, cached) {
  if (!cached || !state.current || state.current.req.id !== id) {
    if (!state.current || state.current.req.id !== id) fill(main, h('p', {}, t('loading')));
    const loaded = await fetchRequest(id);
    if (stale(seq)) return;
    state.current = loaded;
  }
  drawRequest();
}

function drawRequest() {
  const { req } = state.current;
  const open = OPEN_STATUSES.includes(req.status);
  const left = daysLeft(req.dueDate, open);
  fill(main, 
    h('p', {}, h('a', { href: '#/', class: 'back' }, `← ${t('req.back')}`)),
    h('h1', { id: 'request-title' }, t('req.title', { type: code('type', req.type) })),
    h('p', { class: 'status-line' },
      h('span', { class: `status status-${req.status}`, id: 'request-status' }, code('status', req.status)),
      ' ', h('span', { class: `days days-${left.level}` }, h('span', { class: 'dot', 'aria-hidden': 'true' }), left.text)),
    h('div', { class: 'columns' },
      h('div', {}, summarySection(req), subjectSection(req), identitySection(req), matchSection(req)),
      h('div', {}, actionsSection(req), packageSection(req))),
    proofSection(),
    mentionsSection(),
    lettersSection(),
    notificationsSection(req),
    timelineSection(req),
  );
}

function dl(pairs) {
  return h('dl', { class: 'facts' }, pairs.filter(Boolean).map(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v ?? t('req.none'))]));
}

function section(titleKey, id, ...children) {
  return h('section', { class: 'card', 'aria-labelledby': `${id}-h` }, h('h2', { id: `${id}-h` }, t(titleKey)), children);
}

function summarySection(req) {
  return section('req.summary', 'summary',
    dl([
      ['req.id', h('code', {}, req.id)],
      ['req.type', code('type', req.type)],
      ['req.status', code('status', req.status)],
      ['req.channel', code('channel', req.channel)],
      ['req.origin', `${code('origin', req.origin)}${req.createdBy ? ` (${req.createdBy})` : ''}`],
      ['req.received', fmtDate(req.receivedOn)],
      ['req.due', fmtDate(req.dueDate)],
      ['req.target', fmtDate(req.targetDate)],
      ['req.language', t(`lang.${req.language || 'fi'}`)],
      req.details ? ['req.details', h('span', { class: 'pre' }, req.details)] : null,
      req.objection ? ['req.objection', `${code('objection', req.objection.kind)}${req.objection.situation ? `: ${req.objection.situation}` : ''}`] : null,
      req.outcome ? ['req.outcome', code('outcome', req.outcome)] : null,
      req.closedAt ? ['req.closed', fmtDateTime(req.closedAt)] : null,
      req.holdReason ? ['req.holdReason', req.holdReason] : null,
    ]),
    req.extension?.extended ? h('p', { class: 'callout' }, t('ext.done', { at: fmtDateTime(req.extension.extendedAt), reason: req.extension.reason })) : null,
    req.repeatWithin12Months ? h('p', { class: 'callout' }, t('req.repeat')) : null,
    req.deliveryFailedAt ? h('p', { class: 'callout', role: 'status' }, t('mail.failed', { at: fmtDateTime(req.deliveryFailedAt) })) : null,
    req.waiting ? h('p', { class: 'callout warning' }, t('req.waiting', {
      action: code('pending', req.waiting.action), n: req.waiting.retries, at: fmtDateTime(req.waiting.nextRetryAt),
    })) : null,
    req.awaitingConfirmation ? h('p', { class: 'callout' }, t('req.awaitingConfirmation')) : null,
    req.restricted ? h('p', { class: 'callout' }, t('req.restricted')) : null,
    req.result ? h('details', {}, h('summary', {}, t('req.result')), h('pre', { class: 'json' }, JSON.stringify(req.result, null, 2))) : null);
}

function subjectSection(req) {
  const s = req.subject || {};
  const name = [s.firstName, s.lastName].filter(Boolean).join(' ');
  return section('req.subject', 'subject', dl([
    ['req.name', name || null],
    ['req.email', s.email || null],
    ['req.phone', s.phone || null],
  ]));
}

/** A form that posts to the request's action with the ETag read; the answer redraws the view. */
function actionForm({ id, titleKey, helpKey, fields = [], submitKey, path, body, danger = false, successKey = 'saved' }) {
  const form = h('form', { class: 'action', id: `form-${id}`, 'aria-labelledby': `form-${id}-h`, novalidate: true },
    h('h3', { id: `form-${id}-h` }, t(titleKey)),
    helpKey ? h('p', { class: 'hint' }, t(helpKey)) : null,
    fields,
    h('button', { type: 'submit', class: danger ? 'danger' : 'primary' }, t(submitKey)));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await runAction(form, path, body ? body(form) : undefined, successKey);
  });
  return form;
}

async function runAction(form, path, body, successKey) {
  const { req, etag } = state.current;
  clearMessages();
  const buttons = form ? [...form.querySelectorAll('button')] : [];
  buttons.forEach((b) => { b.disabled = true; });
  if (form) form.setAttribute('aria-busy', 'true');
  try {
    const result = await api(`/api/v1/requests/${req.id}/${path}`, { method: 'POST', body, ifMatch: etag });
    state.current = await fetchRequest(req.id);
    state.list = null;
    state.details.delete(req.id);
    drawRequest();
    notify(t(result.status === 202 && !successKey.startsWith('mail.') ? 'exec.accepted' : successKey));
    document.getElementById('request-status')?.setAttribute('tabindex', '-1');
    document.getElementById('request-status')?.focus();
  } catch (e) {
    buttons.forEach((b) => { b.disabled = false; });
    if (form) form.removeAttribute('aria-busy');
    if (e instanceof ApiError && e.status === 412) {
      // someone else changed the request: show the current version, then the problem
      try {
        state.current = await fetchRequest(req.id);
        drawRequest();
      } catch (ignored) {
        // the problem below is what matters
      }
    }
    fail(e, form && form.isConnected ? form : null);
  }
}

function textField(name, labelKey, { area = false, required = false, type = 'text', value = '', maxlength = 4000 } = {}) {
  const id = `in-${name}-${Math.random().toString(36).slice(2, 7)}`;
  const input = area
    ? h('textarea', { id, name, rows: 3, required, maxlength }, value)
    : h('input', { id, name, type, required, value, maxlength });
  return h('div', { class: 'field' }, h('label', { for: id }, t(labelKey), required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null), input);
}

function valueOf(form, name) {
  const v = form.elements.namedItem(name)?.value?.trim();
  return v ? v : null;
}

function identitySection(req) {
  const id = req.identity || {};
  const open = OPEN_STATUSES.includes(req.status);
  const methodId = 'in-identity-method';
  return section('identity.title', 'identity',
    h('p', {}, id.verified
      ? t('identity.verified', { method: code('identity', id.method), at: fmtDateTime(id.verifiedAt), by: id.verifiedBy || '' })
      : t('identity.notVerified')),
    id.note ? h('p', { class: 'pre' }, id.note) : null,
    open && !id.verified ? actionForm({
      id: 'identity', titleKey: 'identity.submit', submitKey: 'identity.submit', path: 'identity',
      fields: [
        h('div', { class: 'field' }, h('label', { for: methodId }, t('identity.method')),
          h('select', { id: methodId, name: 'method' }, ['REGISTER_MATCH', 'TOKEN_EMAIL', 'DPO_CHECK']
            .map((m) => h('option', { value: m, selected: m === 'DPO_CHECK' }, code('identity', m))))),
        textField('note', 'identity.note', { area: true, maxlength: 500 }),
      ],
      body: (f) => ({ method: valueOf(f, 'method'), note: valueOf(f, 'note') }),
    }) : null,
    open && !id.verified && (req.channel === 'EMAIL' || req.channel === 'LETTER') ? h('div', { class: 'action' },
      h('p', { class: 'hint', id: 'identity-code-help' }, t('identity.codeHelp')),
      h('button', {
        type: 'button', class: 'secondary', id: 'identity-code-button', 'aria-describedby': 'identity-code-help',
        onclick: (event) => runAction(event.target.closest('div'), 'identity-code', undefined, 'mail.queued'),
      }, t('identity.code'))) : null,
    open && !id.verified && req.status !== 'AWAITING_IDENTITY' ? actionForm({
      id: 'await-identity', titleKey: 'identity.ask', submitKey: 'identity.ask', path: 'await-identity',
      fields: [textField('note', 'identity.askNote', { area: true, maxlength: 500 })],
      body: (f) => ({ note: valueOf(f, 'note') }),
    }) : null);
}

function matchSection(req) {
  const match = req.match || { state: 'NOT_SEARCHED', candidates: [] };
  const open = OPEN_STATUSES.includes(req.status);
  const candidates = match.candidates || [];
  return section('match.title', 'match',
    dl([['match.state', code('match', match.state)]]),
    match.subjectId ? h('p', {}, t('match.chosen', { id: match.subjectId })) : null,
    candidates.length ? h('ul', { class: 'candidates' }, candidates.map((c) => h('li', {},
      h('span', {}, [c.firstName, c.lastName].filter(Boolean).join(' '), c.organisationName ? `, ${c.organisationName}` : '',
        c.matchedOn?.length ? ` (${t('match.matchedOn', { fields: c.matchedOn.join(', ') })})` : ''),
      open && match.subjectId !== c.subjectId ? h('button', {
        type: 'button', class: 'secondary small',
        onclick: (event) => runAction(event.target.closest('li'), 'subject', { subjectId: c.subjectId }, 'saved'),
      }, t('match.choose')) : null))) : null,
    open ? h('p', {}, h('button', {
      type: 'button', class: 'secondary', id: 'match-button',
      onclick: (event) => runAction(event.target.closest('section'), 'match', undefined, 'saved'),
    }, t('match.search'))) : null);
}

function actionsSection(req) {
  const open = OPEN_STATUSES.includes(req.status);
  if (!open) {
    const liftable = (req.type === 'RESTRICTION' || req.type === 'OBJECTION') && req.restricted && !req.restrictionLiftedAt;
    return section('actions.title', 'actions',
      h('p', {}, t('closedNote')),
      liftable && !req.restrictionLiftOn ? actionForm({
        id: 'lift', titleKey: 'lift.title', helpKey: 'lift.help', submitKey: 'lift.submit', path: 'lift-restriction',
        fields: [textField('reasons', 'lift.reasons', { area: true, required: true })],
        body: (form) => ({ reasons: valueOf(form, 'reasons') }),
      }) : null,
      liftable && req.restrictionLiftOn ? h('p', { class: 'hint' }, t('lift.scheduled', { date: fmtDate(req.restrictionLiftOn) })) : null);
  }
  const rectification = req.type === 'RECTIFICATION';
  return section('actions.title', 'actions',
    !req.extension?.extended ? actionForm({
      id: 'extension', titleKey: 'ext.title', helpKey: 'ext.help', submitKey: 'ext.submit', path: 'extension',
      fields: [textField('reason', 'ext.reason', { area: true, required: true })],
      body: (f) => ({ reason: valueOf(f, 'reason') }),
    }) : null,
    actionForm({
      id: 'execute', titleKey: 'exec.title', helpKey: 'exec.help', submitKey: 'exec.submit', path: 'execute',
      fields: rectification ? [h('fieldset', {}, h('legend', {}, t('exec.changes')),
        textField('firstName', 'exec.firstName', { maxlength: 100 }),
        textField('lastName', 'exec.lastName', { maxlength: 100 }),
        textField('title', 'exec.title2', { maxlength: 100 }),
        textField('email', 'exec.email', { type: 'email', maxlength: 254 }),
        textField('phone', 'exec.phone', { type: 'tel', maxlength: 40 }),
        textField('notes', 'exec.notes', { area: true, maxlength: 2000 }))] : [],
      body: (f) => {
        if (!rectification) return {};
        const changes = {};
        ['firstName', 'lastName', 'title', 'email', 'phone', 'notes'].forEach((k) => {
          const v = valueOf(f, k);
          if (v !== null) changes[k] = v;
        });
        return { changes };
      },
    }),
    actionForm({
      id: 'complete', titleKey: 'complete.title', helpKey: 'complete.help', submitKey: 'complete.submit', path: 'complete',
      fields: [textField('note', 'complete.note', { area: true })],
      body: (f) => ({ note: valueOf(f, 'note') }),
    }),
    h('details', { class: 'more-actions' }, h('summary', {}, t('actions.more')),
    actionForm({
      id: 'refuse', titleKey: 'refuse.title', submitKey: 'refuse.submit', path: 'refuse', danger: true,
      fields: [
        select('ground', 'refuse.ground', [['', t('refuse.groundNone')],
          ...['MANIFESTLY_UNFOUNDED', 'EXCESSIVE'].map((g) => [g, t(`refuse.ground.${g}`)])], '', null),
        textField('reasons', 'refuse.reasons', { area: true, required: true })],
      body: (f) => ({ reasons: valueOf(f, 'reasons'), ground: valueOf(f, 'ground') }),
    }),
    req.status === 'ON_HOLD'
      ? actionForm({ id: 'resume', titleKey: 'hold.title', submitKey: 'hold.resume', path: 'resume' })
      : actionForm({
        id: 'hold', titleKey: 'hold.title', submitKey: 'hold.submit', path: 'hold',
        fields: [textField('reason', 'hold.reason', { area: true, required: true, maxlength: 2000 })],
        body: (f) => ({ reason: valueOf(f, 'reason') }),
      }),
    actionForm({
      id: 'withdraw', titleKey: 'withdraw.title', submitKey: 'withdraw.submit', path: 'withdraw', danger: true,
      fields: [textField('reason', 'withdraw.reason', { area: true, maxlength: 2000 })],
      body: (f) => ({ reason: valueOf(f, 'reason') }),
    })));
}

function packageSection(req) {
  if (req.type !== 'ACCESS' && req.type !== 'PORTABILITY') return null;
  const base = `/api/v1/requests/${req.id}/package`;
  const formats = [['pdf', 'PDF'], ['html', 'HTML'], ['text', 'TXT'], ['json', 'JSON'], ['csv', 'CSV']];
  return section('package.title', 'package',
    req.packageAvailable
      ? h('ul', { class: 'downloads' }, formats.map(([format, label]) => h('li', {}, h('button', {
        type: 'button', class: 'secondary',
        onclick: () => download(`${base}?format=${format}`, `request-${req.id}.${format === 'text' ? 'txt' : format}`)
          .then(() => { state.current = null; return route(false); })
          .catch((e) => fail(e)),
      }, t('package.download', { format: label })))))
      : h('p', {}, t('package.none')));
}

function proofSection() {
  const { proof } = state.current;
  if (!proof) return null;
  if (proof.error) return section('proof.title', 'proof', missingOrError(proof.error, 'erasure-proof'));
  const p = proof.data;
  return section('proof.title', 'proof',
    h('p', {}, t('proof.checked', { count: p.checked.length })),
    p.remaining.length
      ? h('ul', {}, p.remaining.map((r) => {
        const found = r.found.map((f) => code('proofFound', f)).join(', ');
        // a mention in another record's free text: found by name alone (the DPO confirms it) or held
        const mention = ['NAME_ONLY', 'HELD'].find((k) => (r.keptFor || []).includes(k));
        return h('li', {}, mention
          ? t(`proof.mention.${mention}`, { place: r.place, found })
          : t('proof.remaining', { place: r.place, found, until: r.until ? fmtDate(r.until) : t('proof.untilOpen') }));
      }))
      : h('p', { class: 'callout' }, t('proof.none')),
    h('p', { class: 'hint' }, t('proof.keptByDesign')),
    h('button', {
      type: 'button', class: 'secondary',
      onclick: () => download(`/api/v1/requests/${state.current.req.id}/erasure-proof`, `erasure-proof-${state.current.req.id}.pdf`, 'application/pdf')
        .catch((e) => fail(e)),
    }, t('proof.download')));
}

function mentionsSection() {
  const { mentions } = state.current;
  if (!mentions) return null;
  if (mentions.error) return section('mentions.title', 'mentions', missingOrError(mentions.error, 'mentions'));
  const items = mentions.data.mentions || [];
  return section('mentions.title', 'mentions',
    h('p', { class: 'hint' }, t('mentions.intro')),
    items.length
      ? h('ul', { class: 'mentions' }, items.map((m) => h('li', {},
        h('p', {}, h('strong', {}, t('mentions.where', { record: code('mentionRecord', m.recordType), field: code('mentionField', m.field) })),
          ' ', t('mentions.foundBy', { by: code('mentionBy', m.matchedBy) })),
        m.passage ? h('blockquote', {}, m.passage) : null,
        h('p', { class: 'meta' }, m.redacted ? t('mentions.redacted') : m.held ? t('mentions.held')
          : m.awaitingConfirmation ? t('mentions.awaiting') : t('mentions.erasureRedacts')),
        m.awaitingConfirmation ? h('button', {
          type: 'button', class: 'secondary',
          onclick: (event) => runAction(event.target.closest('li'), `mentions/${m.id}/redact`, undefined, 'mentions.done'),
        }, t('mentions.confirm')) : null)))
      : h('p', {}, t('mentions.none')));
}

function lettersSection() {
  const { letters } = state.current;
  let body;
  if (letters.error) body = missingOrError(letters.error, 'letters');
  else if (!letters.items.length) body = h('p', {}, t('letters.none'));
  else {
    body = letters.items.map((l) => h('article', { class: 'letter', lang: l.language || undefined },
      h('h3', {}, l.title || code('letter', l.kind)),
      h('p', { class: 'meta' }, t('letters.meta', { kind: code('letter', l.kind), lang: l.language, at: fmtDateTime(l.createdAt) })),
      h('div', { class: 'pre letter-body' }, l.body),
      h('p', { class: `delivery delivery-${l.delivery?.state || 'NONE'}` }, l.delivery
        ? t(`letters.delivery.${l.delivery.state}`, { at: fmtDateTime(l.delivery.at), answer: l.delivery.answer || '' })
        : t('letters.notSent')),
      !l.delivery || l.delivery.state === 'FAILED' ? h('button', {
        type: 'button', class: 'secondary', 'data-letter': l.id,
        onclick: (event) => runAction(event.target.closest('article'), `letters/${l.id}/send`, undefined, 'mail.queued'),
      }, t('letters.send')) : null,
      ' ',
      h('button', {
        type: 'button', class: 'secondary',
        onclick: () => download(`/api/v1/requests/${state.current.req.id}/letters/${l.id}`, `letter-${l.id}.pdf`, 'application/pdf')
          .catch((e) => fail(e)),
      }, t('letters.download'))));
  }
  return section('letters.title', 'letters', body);
}

function missingOrError(error, what) {
  if (error instanceof ApiError && (error.status === 404 || error.status === 405)) {
    return h('p', { class: 'callout warning' }, t('missing.endpoint', { what }));
  }
  const problem = error instanceof ApiError ? error.problem : null;
  return h('p', { class: 'callout warning' }, problem?.detail || String(error.message || error));
}

function notificationsSection(req) {
  const { notifications } = state.current;
  let body;
  if (notifications.error) body = missingOrError(notifications.error, 'notifications');
  else if (!notifications.items.length) body = h('p', {}, t('notif.none'));
  else {
    body = h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ['notif.recipient', 'notif.kind', 'notif.state', 'notif.confirmedBy', 'notif.note']
        .map((k) => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, notifications.items.map((n) => h('tr', {},
        h('td', {}, n.recipient),
        h('td', {}, code('recipientKind', n.recipientKind)),
        h('td', {}, code('notifStatus', n.status)),
        h('td', {}, n.confirmedAt ? `${fmtDateTime(n.confirmedAt)} ${n.confirmedBy || ''}` : t('req.none')),
        h('td', {}, n.status === 'OPEN' ? confirmForm(req, n) : n.note || t('req.none')))))));
  }
  return section('notif.title', 'notifications', body);
}

function confirmForm(req, task) {
  const id = `note-${task.id}`;
  const form = h('form', { class: 'inline-form' },
    h('label', { for: id, class: 'visually-hidden' }, `${t('notif.note')}: ${task.recipient}`),
    h('input', { id, name: 'note', type: 'text', maxlength: 2000, placeholder: t('notif.note') }),
    h('button', { type: 'submit', class: 'secondary small' }, t('notif.confirm')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearMessages();
    try {
      await api(`/api/v1/requests/${req.id}/notifications/${task.id}/confirm`, { method: 'POST', body: { note: valueOf(form, 'note') } });
      state.current = await fetchRequest(req.id);
      drawRequest();
      notify(t('saved'));
    } catch (e) {
      fail(e, form);
    }
  });
  return form;
}

function timelineSection(req) {
  const entries = [...(req.timeline || [])].sort((a, b) => a.seq - b.seq);
  return section('timeline.title', 'timeline', entries.length
    ? h('ol', { class: 'timeline' }, entries.map((e) => h('li', {},
      h('p', { class: 'what' }, h('strong', {}, code('action', e.action)),
        statusChange(e)),
      h('p', { class: 'meta' }, t('timeline.entry', { at: fmtDateTime(e.at), actor: e.actor })),
      e.reason ? h('p', { class: 'pre' }, t('timeline.reason', { reason: e.reason })) : null,
      e.detail ? h('p', { class: 'meta' }, e.detail) : null)))
    : h('p', {}, t('timeline.none')));
}

function statusChange(entry) {
  if (!entry.toStatus || entry.toStatus === entry.fromStatus) return '';
  return entry.fromStatus
    ? ` (${code('status', entry.fromStatus)} → ${code('status', entry.toStatus)})`
    : ` (→ ${code('status', entry.toStatus)})`;
}

// ---------------------------------------------------------------- recording a request

function renderNew() {
  const form = h('form', { class: 'card new-request', novalidate: true },
    h('p', { class: 'hint' }, t('new.help')),
    h('div', { class: 'grid' },
      select('type', 'queue.type', TYPES.map((x) => [x, code('type', x)]), 'ACCESS', null),
      select('channel', 'req.channel', ['LETTER', 'EMAIL', 'PHONE', 'VISIT', 'WEB'].map((c) => [c, code('channel', c)]), 'LETTER', null),
      textField('receivedOn', 'new.receivedOn', { type: 'date', required: true, value: todayInHelsinki() }),
      select('language', 'req.language', [['fi', t('lang.fi')], ['en', t('lang.en')]], getLang(), null)),
    h('fieldset', {}, h('legend', {}, t('req.subject')),
      h('div', { class: 'grid' },
        textField('firstName', 'new.firstName', { maxlength: 100 }),
        textField('lastName', 'new.lastName', { maxlength: 100 }),
        textField('email', 'new.email', { type: 'email', maxlength: 254 }),
        textField('phone', 'new.phone', { type: 'tel', maxlength: 40 }))),
    textField('details', 'new.details', { area: true }),
    h('button', { type: 'submit', class: 'primary' }, t('new.submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearMessages();
    const v = (name) => valueOf(form, name);
    try {
      const { data } = await api('/api/v1/requests', {
        method: 'POST',
        body: {
          type: v('type'), channel: v('channel'), receivedOn: v('receivedOn'), language: v('language'),
          subject: { email: v('email'), firstName: v('firstName'), lastName: v('lastName'), phone: v('phone') },
          details: v('details'),
        },
      });
      state.list = null;
      location.hash = `#/requests/${data.id}`;
      setTimeout(() => notify(t('new.created', { due: fmtDate(data.dueDate) })), 0);
    } catch (e) {
      fail(e, form);
    }
  });
  fill(main, h('h1', {}, t('new.title')), form);
}

// ---------------------------------------------------------------- figures

/** What the services made again at their last start from the erasure ledger; null if unknown. */
async function loadReapplied() {
  if (state.reapplied !== undefined) return state.reapplied;
  try {
    state.reapplied = (await api('/api/v1/erasures/reapplied')).data;
  } catch (e) {
    state.reapplied = null;
  }
  return state.reapplied;
}

function reappliedCount(report) {
  return (report?.register?.lastCheck?.reapplied || 0) + (report?.rights?.lastCheck?.reapplied || 0);
}

/** A warning above the queue when the last start had to make erasures again (a restore). */
function reappliedBanner(report) {
  if (!reappliedCount(report)) return null;
  const check = report.register?.lastCheck || report.rights?.lastCheck;
  const people = new Set([...(report.register?.items || []), ...(report.rights?.items || [])].map((i) => i.subjectId));
  return h('div', { class: 'callout warning', id: 'reapplied-banner' },
    h('p', {}, t('reapplied.banner', { n: people.size || reappliedCount(report), at: fmtDateTime(check?.checkedAt) })),
    h('p', {}, h('a', { href: '#/figures' }, t('reapplied.link'))));
}

function reappliedSection(report) {
  const items = report?.register?.items || [];
  const check = report?.register?.lastCheck;
  return h('section', { 'aria-labelledby': 'reapplied-h', id: 'reapplied' },
    h('h2', { id: 'reapplied-h' }, t('reapplied.title')),
    report && !report.registerAvailable ? h('p', { class: 'callout warning' }, t('reapplied.unavailable')) : null,
    check ? h('p', {}, t('reapplied.lastCheck', { at: fmtDateTime(check.checkedAt), entries: check.ledgerEntries, n: check.reapplied })) : null,
    items.length
      ? h('table', {},
        h('thead', {}, h('tr', {}, ['reapplied.subject', 'reapplied.request', 'reapplied.erasedAt', 'reapplied.reappliedAt', 'reapplied.outcome']
          .map((k) => h('th', { scope: 'col' }, t(k))))),
        h('tbody', {}, items.map((i) => h('tr', {},
          h('td', {}, h('code', {}, i.subjectId)), h('td', {}, h('code', {}, i.requestId || t('req.none'))),
          h('td', {}, fmtDateTime(i.erasedAt)), h('td', {}, fmtDateTime(i.reappliedAt)),
          h('td', {}, code('erasureOutcome', i.outcome))))))
      : h('p', { class: 'empty' }, t('reapplied.none')));
}

async function renderFigures(seq) {
  fill(main, h('h1', {}, t('fig.title')), h('p', {}, t('loading')));
  state.reapplied = undefined; // read afresh on this page
  const [figures, all] = await Promise.allSettled([api('/api/v1/requests/figures'), loadAll({}, 10)]);
  if (stale(seq)) return;
  if (all.status === 'rejected') throw all.reason;
  const items = all.value.items;
  const fig = figures.status === 'fulfilled' ? figures.value.data : computeFigures(items);
  const answered = items.filter((r) => ANSWERED_STATUSES.includes(r.status) && r.closedAt);
  const share = fig.shareCompletedWithinDeadline ?? computeFigures(items).shareCompletedWithinDeadline;
  const tiles = [
    ['fig.open', fig.open], ['fig.due7', fig.dueWithin7Days], ['fig.overdue', fig.overdue],
    ['fig.waiting', fig.waitingForRegister], ['fig.onHold', fig.onHold],
    ['fig.median', fig.medianDaysToComplete == null ? t('req.none') : t('fig.medianValue', { n: round1(fig.medianDaysToComplete) })],
    ['fig.share', share == null ? t('req.none') : `${Math.round(share * 100)} %`],
  ];
  fill(main, 
    h('h1', {}, t('fig.title')),
    figures.status === 'rejected' ? h('p', { class: 'callout warning' }, t('fig.unavailable')) : null,
    h('ul', { class: 'tiles' }, tiles.map(([k, v]) => h('li', { class: k === 'fig.overdue' && v > 0 ? 'tile alert' : 'tile' },
      h('span', { class: 'value' }, String(v ?? t('req.none'))), h('span', { class: 'label' }, t(k))))),
    h('p', { class: 'hint' }, t('fig.fromList', { n: items.length })),
    h('div', { class: 'charts' },
      chartCard('fig.perMonth', 'per-month', perMonthChart(items)),
      chartCard('fig.days', 'days', daysChart(answered)),
      chartCard('fig.shareTitle', 'share', shareChart(answered, share))),
    reappliedSection(await loadReapplied()),
    retentionNoticesSection(await loadRetentionNotices(true)));
}

// ------------------------------------- Art. 19 for the register's own erasures (retention job)

/** The tasks of erasures made without a request (a period or a hold ended); null if unknown. */
async function loadRetentionNotices(fresh) {
  if (!fresh && state.retentionNotices !== undefined) return state.retentionNotices;
  try {
    state.retentionNotices = (await api('/api/v1/erasures/notifications')).data;
  } catch (e) {
    state.retentionNotices = null;
  }
  return state.retentionNotices;
}

function retentionNoticesBanner(items) {
  const open = (items || []).filter((n) => n.status === 'OPEN').length;
  if (!open) return null;
  return h('div', { class: 'callout', id: 'retention-notices-banner' },
    h('p', {}, t('retNotif.banner', { n: open })),
    h('p', {}, h('a', { href: '#/figures' }, t('retNotif.link'))));
}

function retentionNoticesSection(items) {
  let body;
  if (items === null) body = h('p', { class: 'callout warning' }, t('retNotif.unavailable'));
  else if (!items.length) body = h('p', { class: 'empty' }, t('retNotif.none'));
  else {
    body = h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ['retNotif.erasedOn', 'retNotif.cause', 'retNotif.subject', 'notif.recipient', 'notif.kind', 'notif.state', 'notif.confirmedBy', 'notif.note']
        .map((k) => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, items.map((n) => h('tr', {},
        h('td', {}, fmtDate(n.erasedOn)),
        h('td', {}, code('retentionCause', n.cause)),
        h('td', {}, h('code', {}, n.subjectId)),
        h('td', {}, n.recipientName),
        h('td', {}, code('recipientKind', n.recipientKind)),
        h('td', {}, code('notifStatus', n.status)),
        h('td', {}, n.confirmedAt ? `${fmtDateTime(n.confirmedAt)} ${n.confirmedBy || ''}` : t('req.none')),
        h('td', {}, n.status === 'OPEN' ? retentionConfirmForm(n) : n.note || t('req.none')))))));
  }
  return h('section', { 'aria-labelledby': 'retention-notices-h', id: 'retention-notices' },
    h('h2', { id: 'retention-notices-h' }, t('retNotif.title')),
    h('p', { class: 'hint' }, t('retNotif.hint')),
    body);
}

function retentionConfirmForm(task) {
  const id = `rnote-${task.id}`;
  const form = h('form', { class: 'inline-form' },
    h('label', { for: id, class: 'visually-hidden' }, `${t('notif.note')}: ${task.recipientName}`),
    h('input', { id, name: 'note', type: 'text', maxlength: 2000, placeholder: t('notif.note') }),
    h('button', { type: 'submit', class: 'secondary small' }, t('notif.confirm')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearMessages();
    try {
      await api(`/api/v1/erasures/notifications/${task.id}/confirm`, { method: 'POST', body: { note: valueOf(form, 'note') } });
      const section = document.getElementById('retention-notices');
      section?.replaceWith(retentionNoticesSection(await loadRetentionNotices(true)));
      notify(t('saved'));
    } catch (e) {
      fail(e, form);
    }
  });
  return form;
}

function round1(n) {
  return Math.round(n * 10) / 10;
}

function closedDay(r) {
  return isoDateIn(new Date(r.closedAt));
}

function computeFigures(items) {
  const today = todayInHelsinki();
  const open = items.filter((r) => OPEN_STATUSES.includes(r.status));
  const answered = items.filter((r) => ANSWERED_STATUSES.includes(r.status) && r.closedAt);
  const durations = answered.map((r) => daysBetween(r.receivedOn, closedDay(r))).sort((a, b) => a - b);
  const mid = Math.floor(durations.length / 2);
  const median = !durations.length ? null : durations.length % 2 ? durations[mid] : (durations[mid - 1] + durations[mid]) / 2;
  return {
    open: open.length,
    dueWithin7Days: open.filter((r) => { const d = daysBetween(today, r.dueDate); return d >= 0 && d <= 7; }).length,
    overdue: open.filter((r) => r.dueDate < today).length,
    waitingForRegister: items.filter((r) => r.status === 'WAITING_FOR_REGISTER').length,
    onHold: items.filter((r) => r.status === 'ON_HOLD').length,
    medianDaysToComplete: median,
    shareCompletedWithinDeadline: answered.length ? answered.filter((r) => closedDay(r) <= r.dueDate).length / answered.length : null,
  };
}

function chartCard(titleKey, id, { svg, table }) {
  return h('section', { class: 'card chart', 'aria-labelledby': `chart-${id}-h` },
    h('h2', { id: `chart-${id}-h` }, t(titleKey)),
    svg,
    table ? h('details', {}, h('summary', {}, t('fig.asTable')), table) : null);
}

function svgEl(width, height, labelKey, vars = {}) {
  return h('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': t(labelKey, vars), class: 'svg-chart', width: '100%' });
}

function lastMonths(n) {
  const [y, m] = todayInHelsinki().split('-').map(Number);
  const months = [];
  for (let i = n - 1; i >= 0; i -= 1) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    months.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return months;
}

function perMonthChart(items) {
  const months = lastMonths(12);
  const counts = Object.fromEntries(months.map((m) => [m, Object.fromEntries(TYPES.map((x) => [x, 0]))]));
  items.forEach((r) => {
    const month = r.receivedOn.slice(0, 7);
    if (counts[month]) counts[month][r.type] += 1;
  });
  const totals = months.map((m) => TYPES.reduce((sum, x) => sum + counts[m][x], 0));
  const max = Math.max(1, ...totals);
  const W = 560; const H = 260; const left = 32; const bottom = 40; const top = 10;
  const plotH = H - bottom - top; const slot = (W - left - 8) / months.length; const barW = slot * 0.62;
  const svg = svgEl(W, H, 'fig.perMonthLabel');
  const ticks = niceTicks(max);
  ticks.forEach((v) => {
    const y = top + plotH - (v / ticks[ticks.length - 1]) * plotH;
    svg.append(h('line', { x1: left, x2: W - 4, y1: y, y2: y, class: 'grid' }), h('text', { x: left - 6, y: y + 4, 'text-anchor': 'end', class: 'axis' }, String(v)));
  });
  const scale = ticks[ticks.length - 1];
  months.forEach((m, i) => {
    let y = top + plotH;
    const x = left + i * slot + (slot - barW) / 2;
    TYPES.forEach((x2) => {
      const n = counts[m][x2];
      if (!n) return;
      const bh = (n / scale) * plotH;
      y -= bh;
      svg.append(h('rect', { x, y, width: barW, height: bh, fill: TYPE_COLOURS[x2] }, h('title', {}, `${fmtMonth(m, true)}: ${code('type', x2)} ${n}`)));
    });
    if (totals[i]) svg.append(h('text', { x: x + barW / 2, y: y - 3, 'text-anchor': 'middle', class: 'value' }, String(totals[i])));
    svg.append(h('text', { x: x + barW / 2, y: H - bottom + 16, 'text-anchor': 'middle', class: 'axis' }, fmtMonth(m)));
  });
  const legend = h('ul', { class: 'legend' }, TYPES.map((x) => h('li', {}, h('span', { class: `swatch swatch-${x}`, 'aria-hidden': 'true' }), code('type', x))));
  const table = h('table', {},
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('fig.month')), TYPES.map((x) => h('th', { scope: 'col' }, code('type', x))), h('th', { scope: 'col' }, t('fig.total')))),
    h('tbody', {}, months.map((m, i) => h('tr', {}, h('th', { scope: 'row' }, fmtMonth(m, true)), TYPES.map((x) => h('td', {}, String(counts[m][x]))), h('td', {}, String(totals[i]))))));
  return { svg: h('div', {}, svg, legend), table };
}

function niceTicks(max) {
  const step = max <= 5 ? 1 : max <= 10 ? 2 : max <= 25 ? 5 : max <= 50 ? 10 : Math.ceil(max / 50) * 10;
  const ticks = [];
  for (let v = 0; v <= max + step - 1 && ticks.length < 12; v += step) ticks.push(v);
  if (ticks[ticks.length - 1] < max) ticks.push(ticks[ticks.length - 1] + step);
  return ticks;
}

function daysChart(answered) {
  if (!answered.length) return { svg: h('p', {}, t('fig.noAnswered')) };
  const rows = [...answered].sort((a, b) => b.closedAt.localeCompare(a.closedAt)).slice(0, 12).reverse();
  const data = rows.map((r) => ({ r, used: Math.max(0, daysBetween(r.receivedOn, closedDay(r))), allowed: daysBetween(r.receivedOn, r.dueDate) }));
  const max = Math.max(1, ...data.map((d) => Math.max(d.used, d.allowed)));
  const rowH = 22; const labelW = 170; const W = 560; const H = data.length * rowH + 34;
  const plotW = W - labelW - 40;
  const svg = svgEl(W, H, 'fig.daysLabel');
  data.forEach((d, i) => {
    const y = 6 + i * rowH;
    const late = d.used > d.allowed;
    svg.append(
      h('text', { x: labelW - 6, y: y + 13, 'text-anchor': 'end', class: 'axis' }, `${code('type', d.r.type)} ${fmtDate(d.r.receivedOn)}`),
      h('rect', { x: labelW, y: y + 2, width: Math.max(2, (d.used / max) * plotW), height: rowH - 8, class: late ? 'bar-late' : 'bar-ok' },
        h('title', {}, `${d.used} / ${d.allowed}`)),
      h('line', { x1: labelW + (d.allowed / max) * plotW, x2: labelW + (d.allowed / max) * plotW, y1: y, y2: y + rowH - 2, class: 'deadline' }),
      h('text', { x: labelW + Math.max(d.used, d.allowed) / max * plotW + 6, y: y + 13, class: 'value' }, `${d.used}/${d.allowed}`));
  });
  svg.append(h('text', { x: labelW, y: H - 8, class: 'axis' }, `0 … ${max} ${getLang() === 'fi' ? 'pv' : 'days'}`));
  const legend = h('ul', { class: 'legend' },
    h('li', {}, h('span', { class: 'swatch swatch-ok', 'aria-hidden': 'true' }), t('fig.daysLegendUsed')),
    h('li', {}, h('span', { class: 'swatch swatch-late', 'aria-hidden': 'true' }), t('fig.daysLegendLate')),
    h('li', {}, h('span', { class: 'swatch swatch-deadline', 'aria-hidden': 'true' }), t('fig.daysLegendDeadline')));
  const table = h('table', {},
    h('thead', {}, h('tr', {}, ['col.type', 'col.received', 'fig.usedDays', 'fig.allowedDays'].map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', {}, data.map((d) => h('tr', {}, h('td', {}, code('type', d.r.type)), h('td', {}, fmtDate(d.r.receivedOn)), h('td', {}, String(d.used)), h('td', {}, String(d.allowed))))));
  return { svg: h('div', {}, svg, legend), table };
}

function shareChart(answered, share) {
  if (share == null) return { svg: h('p', {}, t('fig.noAnswered')) };
  const p = Math.round(share * 100);
  const onTime = answered.filter((r) => closedDay(r) <= r.dueDate).length;
  const W = 560; const H = 70; const barW = W - 20;
  const svg = svgEl(W, H, 'fig.shareLabel', { p });
  svg.append(
    h('rect', { x: 10, y: 10, width: barW, height: 28, class: 'bar-late' }),
    h('rect', { x: 10, y: 10, width: (barW * p) / 100, height: 28, class: 'bar-ok' }),
    h('text', { x: 16, y: 58, class: 'value' }, `${t('fig.onTime')} ${p} %`),
    h('text', { x: W - 10, y: 58, 'text-anchor': 'end', class: 'value' }, `${t('fig.late')} ${100 - p} %`));
  const table = answered.length ? h('table', {}, h('tbody', {},
    h('tr', {}, h('th', { scope: 'row' }, t('fig.onTime')), h('td', {}, String(onTime))),
    h('tr', {}, h('th', { scope: 'row' }, t('fig.late')), h('td', {}, String(answered.length - onTime))))) : null;
  return { svg: h('div', {}, svg), table };
}
