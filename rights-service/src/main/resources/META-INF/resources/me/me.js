// The data subject's own page: her requests, a new request of any type, the letters, and her
// data package once an access or portability request has been handled. The address never
// changes: no id and nothing personal goes into a URL.

import { t, code, getLang, TYPES, OPEN_STATUSES, fmtDate, fmtDateTime } from '../i18n.js';
import { api, download, h, fill, clearMessages, notify } from '../api.js';
import { currentUser } from '../auth.js';
import { startPage, fail, focusHeading } from '../shell.js';

const main = document.getElementById('main');
const REFRESH_MS = 60000;
const state = { requests: null, myData: null, error: null, draft: null, confirmWithdraw: null, noticeUrl: null, timer: null };

startPage({
  titleKey: 'app.meTitle',
  introKey: 'login.meIntro',
  roles: ['data-subject'],
  wrongRoleKey: 'role.notSubject',
  otherPage: { href: '/', key: 'role.toDpo' },
  ready: async () => {
    state.noticeUrl = currentUser()?.privacyNoticeUrl || null;
    await loadRequests();
    await loadMyData();
    draw();
    focusHeading();
    state.timer = setInterval(() => {
      if (document.visibilityState === 'visible') refreshList();
    }, REFRESH_MS);
  },
  rerender: () => draw(),
});

async function loadRequests() {
  try {
    const { data } = await api('/api/v1/me/requests');
    state.requests = data || [];
    state.error = null;
  } catch (e) {
    state.error = e;
    if (e.status === 401) throw e;
  }
}

async function loadMyData() {
  try {
    const { data } = await api('/api/v1/me/data');
    state.myData = data || { records: [] };
  } catch (e) {
    state.myData = null;
    if (e.status === 401) throw e;
  }
}

function dataSection() {
  const records = state.myData ? state.myData.records || [] : null;
  const rows = [];
  for (const record of records || []) {
    const c = record.contact || {};
    const address = c.postalAddress ? [c.postalAddress.street, c.postalAddress.postalCode, c.postalAddress.city].filter(Boolean).join(', ') : null;
    const items = [
      ['me.name', [c.firstName, c.lastName].filter(Boolean).join(' ')],
      ['me.email', c.email],
      ['me.phone', c.phone],
      ['me.organisation', record.organisation ? record.organisation.name : null],
      ['me.address', address],
      ['me.orders', String((record.orders || []).length)],
      ['me.invoices', String((record.invoices || []).length)],
    ].filter(([, value]) => value);
    rows.push(h('dl', { class: 'facts' }, items.map(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value)])));
  }
  return h('section', { class: 'card', 'aria-labelledby': 'data-h', id: 'my-data' },
    h('h2', { id: 'data-h' }, t('me.data')),
    records === null ? h('p', {}, t('me.dataUnavailable'))
      : records.length === 0 ? h('p', {}, t('me.noData')) : rows,
    h('p', {}, t('me.dataHelp')));
}

async function refreshList() {
  try {
    await loadRequests();
    const list = document.getElementById('my-requests');
    if (list) list.replaceWith(listSection());
  } catch (e) {
    clearInterval(state.timer);
    fail(e);
  }
}

function draw({ keepDraft = true } = {}) {
  const form = document.getElementById('new-request');
  state.draft = keepDraft && form ? readDraft(form) : null;
  const noticeHref = state.noticeUrl ? `${state.noticeUrl}?lang=${getLang()}` : null;
  fill(main, 
    h('h1', {}, t('app.meTitle')),
    h('p', {}, t('me.intro')),
    noticeHref ? h('p', {}, h('a', { href: noticeHref }, t('me.notice'))) : null,
    dataSection(),
    newRequestSection(),
    listSection(),
  );
}

function readDraft(form) {
  const value = (name) => form.elements.namedItem(name)?.value ?? '';
  return {
    type: form.querySelector('input[name="type"]:checked')?.value || 'ACCESS',
    language: value('language'),
    details: value('details'),
    objectionKind: value('objectionKind'),
    situation: value('situation'),
  };
}

function newRequestSection() {
  const draft = state.draft || { type: 'ACCESS', language: getLang(), details: '', objectionKind: 'DIRECT_MARKETING', situation: '' };
  const objection = h('div', { id: 'objection-fields', hidden: draft.type !== 'OBJECTION' },
    h('div', { class: 'field' },
      h('label', { for: 'objectionKind' }, t('objectionKind')),
      h('select', { id: 'objectionKind', name: 'objectionKind' }, ['DIRECT_MARKETING', 'PARTICULAR_SITUATION']
        .map((k) => h('option', { value: k, selected: k === draft.objectionKind }, code('objection', k))))),
    h('div', { class: 'field' },
      h('label', { for: 'situation' }, t('situation')),
      h('textarea', { id: 'situation', name: 'situation', rows: 3, maxlength: 4000 }, draft.situation)));
  const types = h('fieldset', {},
    h('legend', {}, t('me.type')),
    h('ul', { class: 'type-options' }, TYPES.map((type) => h('li', {},
      h('input', {
        type: 'radio', name: 'type', id: `type-${type}`, value: type, checked: type === draft.type,
        onchange: () => { objection.hidden = type !== 'OBJECTION'; },
      }),
      ' ',
      h('label', { for: `type-${type}` }, code('type', type)),
      h('span', { class: 'desc' }, ` – ${t(`type.desc.${type}`)}`)))));
  const form = h('form', { id: 'new-request', novalidate: true },
    types,
    objection,
    h('div', { class: 'field' },
      h('label', { for: 'language' }, t('me.language')),
      h('select', { id: 'language', name: 'language' }, ['fi', 'en']
        .map((l) => h('option', { value: l, selected: l === (draft.language || getLang()) }, t(`lang.${l}`))))),
    h('div', { class: 'field' },
      h('label', { for: 'details' }, t('me.details')),
      h('p', { class: 'hint', id: 'details-hint' }, t('me.detailsHelp')),
      h('textarea', { id: 'details', name: 'details', rows: 4, maxlength: 4000, 'aria-describedby': 'details-hint' }, draft.details)),
    h('button', { type: 'submit', class: 'primary' }, t('me.submit')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    file(form);
  });
  return h('section', { class: 'card', 'aria-labelledby': 'new-h' }, h('h2', { id: 'new-h' }, t('me.new')), form);
}

async function file(form) {
  clearMessages();
  const draft = readDraft(form);
  const body = { type: draft.type, language: draft.language || getLang(), details: draft.details.trim() || null };
  if (draft.type === 'OBJECTION') {
    body.objectionKind = draft.objectionKind || 'DIRECT_MARKETING';
    if (draft.situation.trim()) body.situation = draft.situation.trim();
  }
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    const { data } = await api('/api/v1/me/requests', { method: 'POST', body });
    await loadRequests();
    draw({ keepDraft: false });
    notify(t('me.filed', { due: fmtDate(data.dueDate) }));
    const card = document.querySelector(`[data-id="${data.id}"] h3`);
    if (card) {
      card.setAttribute('tabindex', '-1');
      card.focus();
    }
  } catch (e) {
    button.disabled = false;
    fail(e, form);
  }
}

function listSection() {
  let content;
  if (state.error) content = h('p', { class: 'callout warning' }, state.error.problem?.detail || t('error.network'));
  else if (!state.requests.length) content = h('p', {}, t('me.none'));
  else content = h('ul', { class: 'me-requests' }, state.requests.map(requestCard));
  return h('section', { id: 'my-requests', 'aria-labelledby': 'list-h' },
    h('div', { class: 'inline' },
      h('h2', { id: 'list-h' }, t('me.list')),
      h('button', { type: 'button', class: 'secondary small', id: 'refresh', onclick: async () => {
        clearMessages();
        await refreshList();
        document.getElementById('refresh')?.focus();
      } }, t('me.refresh'))),
    content);
}

function requestCard(r) {
  const open = OPEN_STATUSES.includes(r.status);
  const letters = r.letters || [];
  return h('li', { dataset: { id: r.id, status: r.status } },
    h('h3', {}, code('type', r.type), h('span', { class: `status status-${r.status}` }, code('status', r.status))),
    h('p', {}, t('me.received', { date: fmtDate(r.receivedOn) }),
      open ? [' · ', t('me.due', { date: fmtDate(r.dueDate) })] : r.closedAt ? [' · ', `${t('req.closed')} ${fmtDateTime(r.closedAt)}`] : null),
    r.details ? h('p', { class: 'pre' }, r.details) : null,
    r.extended ? h('p', { class: 'callout' }, t('me.extended', { reason: r.extensionReason || '' })) : null,
    r.outcome ? h('p', {}, h('strong', {}, `${t('req.outcome')}: `), code('outcome', r.outcome)) : null,
    packagePart(r, open),
    letters.length ? h('details', {},
      h('summary', {}, t('me.letters', { n: letters.length })),
      letters.map((l) => h('article', { class: 'letter', lang: l.language || undefined },
        h('h4', {}, l.title || code('letter', l.kind)),
        h('p', { class: 'meta' }, fmtDateTime(l.createdAt)),
        l.delivery ? h('p', { class: `delivery delivery-${l.delivery.state}` },
          t(`letters.delivery.${l.delivery.state}`, { at: fmtDateTime(l.delivery.at), answer: l.delivery.answer || '' })) : null,
        h('div', { class: 'pre letter-body' }, l.body),
        h('button', {
          type: 'button', class: 'secondary',
          onclick: () => download(`/api/v1/me/requests/${r.id}/letters/${l.id}`, `letter-${l.id}.pdf`, 'application/pdf')
            .catch((e) => fail(e)),
        }, t('letters.download'))))) : null,
    open ? withdrawPart(r) : null);
}

function packagePart(r, open) {
  if (r.type !== 'ACCESS' && r.type !== 'PORTABILITY') return null;
  if (!r.packageAvailable) return open ? h('p', { class: 'hint' }, t('me.packageWaiting')) : null;
  const base = `/api/v1/me/requests/${r.id}/package`;
  const formats = r.type === 'PORTABILITY' ? [['json', 'JSON'], ['csv', 'CSV']] : [['pdf', 'PDF'], ['html', 'HTML'], ['text', 'TXT'], ['json', 'JSON'], ['csv', 'CSV']];
  return h('div', {},
    h('p', {}, t('me.packageReady')),
    h('ul', { class: 'downloads' }, formats.map(([format, label]) => h('li', {}, h('button', {
      type: 'button', class: 'secondary',
      onclick: () => download(`${base}?format=${format}`, `my-data.${format === 'text' ? 'txt' : format}`).catch((e) => fail(e)),
    }, t('package.download', { format: label }))))));
}

function withdrawPart(r) {
  if (state.confirmWithdraw !== r.id) {
    return h('p', {}, h('button', { type: 'button', class: 'danger small', onclick: () => {
      state.confirmWithdraw = r.id;
      rerenderCard(r.id, 'confirm-withdraw');
    } }, t('me.withdraw')));
  }
  return h('p', { class: 'inline' },
    h('button', { type: 'button', class: 'danger small', id: 'confirm-withdraw', onclick: async (event) => {
      event.target.disabled = true;
      clearMessages();
      try {
        await api(`/api/v1/me/requests/${r.id}/withdraw`, { method: 'POST', body: {} });
        state.confirmWithdraw = null;
        await refreshList();
        notify(t('me.withdrawn'));
        document.getElementById('list-h')?.setAttribute('tabindex', '-1');
        document.getElementById('list-h')?.focus();
      } catch (e) {
        event.target.disabled = false;
        fail(e);
      }
    } }, t('me.confirmWithdraw')),
    h('button', { type: 'button', class: 'secondary small', onclick: () => {
      state.confirmWithdraw = null;
      rerenderCard(r.id);
    } }, t('me.keep')));
}

function rerenderCard(id, focusId) {
  const request = state.requests.find((r) => r.id === id);
  const old = document.querySelector(`.me-requests > li[data-id="${id}"]`);
  if (!request || !old) return;
  old.replaceWith(requestCard(request));
  if (focusId) document.getElementById(focusId)?.focus();
}
