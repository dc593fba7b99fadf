// What the DPO dashboard and the self-service page share around their content: the language
// switch, the skip link, the login (auth.js), the role check, the header and the live regions.

import * as auth from './auth.js';
import { t, applyTexts, wireLanguageSwitch, onLangChange } from './i18n.js';
import { h, fill, bindMessages, showProblem, ApiError } from './api.js';

const page = { main: null, mode: null, message: null, options: null };

/**
 * Starts a page. options: roles (any of them admits), introKey (text above the login button),
 * wrongRoleKey and otherPage {href, key} (shown to a user without the roles), ready() (called
 * once when the user may use the page) and rerender() (called when the language changes).
 */
export async function startPage(options) {
  page.options = options;
  page.main = document.getElementById('main');
  applyTexts();
  wireLanguageSwitch(document.querySelector('.lang-switch'));
  bindMessages(document.getElementById('notice'), document.getElementById('problem'));
  const skip = document.querySelector('.skip-link');
  // the hash carries the route, so the skip link moves the focus without changing it
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    page.main.focus();
  });
  document.getElementById('logout').addEventListener('click', () => auth.logout());
  onLangChange(() => {
    applyTexts();
    updateHeader();
    if (page.mode === 'login') showLogin(page.message);
    else if (page.mode === 'role') showWrongRole();
    else if (page.mode === 'app') options.rerender();
  });

  let user;
  try {
    user = await auth.loadSession();
  } catch (e) {
    showLogin(t('login.failed', { reason: e.message }));
    return;
  }
  if (!user) {
    showLogin(t('error.session'));
    return;
  }
  updateHeader();
  if (!options.roles.some((role) => user.roles.includes(role))) {
    showWrongRole();
    return;
  }
  page.mode = 'app';
  await options.ready();
}

function updateHeader() {
  const user = auth.currentUser();
  const who = document.getElementById('who');
  const logout = document.getElementById('logout');
  const nav = document.getElementById('nav');
  if (user && page.mode !== 'login') {
    who.textContent = t('who', { name: user.name });
    logout.hidden = false;
  } else {
    who.textContent = '';
    logout.hidden = true;
    if (nav) nav.hidden = true;
  }
}

/** Shows the login button (with a message, e.g. after the session ended). */
export function showLogin(message) {
  page.mode = 'login';
  page.message = message;
  auth.clearSession();
  updateHeader();
  const button = h('button', { type: 'button', class: 'primary', id: 'login' }, t('login.button'));
  button.addEventListener('click', () => {
    button.disabled = true;
    button.textContent = t('login.working');
    auth.login();
  });
  fill(page.main, 
    h('h1', { tabindex: '-1' }, t(page.options.titleKey)),
    message ? h('p', { class: 'callout warning' }, message) : null,
    h('p', {}, t(page.options.introKey)),
    button,
  );
}

function showWrongRole() {
  page.mode = 'role';
  const other = page.options.otherPage;
  fill(page.main, 
    h('h1', { tabindex: '-1' }, t(page.options.titleKey)),
    h('p', { class: 'callout warning' }, t(page.options.wrongRoleKey)),
    other ? h('p', {}, h('a', { href: other.href }, t(other.key))) : null,
  );
}

/** Shows an API failure; a 401 (session over) brings the login back. */
export function fail(error, form = null) {
  if (error instanceof ApiError && error.status === 401) {
    showLogin(t('error.session'));
    return;
  }
  showProblem(error, form);
}

/** Moves the focus to the page's first heading after a view change (screen readers follow). */
export function focusHeading() {
  const heading = page.main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}
