// Shared by the browser tests: the addresses (127.0.0.1 only), Debian's chromium with a fresh
// profile per user, tokens by the password grant for setting up data through the API, and the
// screenshots.

import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..', '..');
export const screenshotDir = join(here, '..', 'screenshots');
const docsDir = join(root, 'docs', 'screenshots');

const port = (name, fallback) => process.env[name] || fallback;
export const RIGHTS = `http://127.0.0.1:${port('REKISTERI_RIGHTS_PORT', '8082')}`;
export const REGISTER = `http://127.0.0.1:${port('REKISTERI_REGISTER_PORT', '8081')}`;
export const KEYCLOAK = `http://127.0.0.1:${port('REKISTERI_KEYCLOAK_PORT', '8180')}`;
export const ISSUER = `${KEYCLOAK}/realms/rekisteri`;

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function chromiumPath() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  return execFileSync('bash', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
}

/**
 * A browser for one user: Debian's chromium with its own fresh --user-data-dir (so one user's
 * Keycloak session never leaks into the next). Returns {context, page, errors, close}.
 */
export async function openBrowser() {
  const profile = await mkdtemp(join(tmpdir(), 'rekisteri-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: ARGS,
    viewport: { width: 1360, height: 900 },
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    acceptDownloads: true,
    timeout: 60000,
  });
  context.setDefaultTimeout(20000);
  context.setDefaultNavigationTimeout(30000);
  const page = context.pages()[0] || (await context.newPage());
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // failed HTTP answers are expected where a test provokes a problem; script errors are not
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(`console: ${message.text()}`);
    }
  });
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Fills the real Keycloak login form that the page sent the browser to. */
export async function keycloakLogin(page, username, password) {
  await page.waitForURL((url) => url.href.startsWith(`${ISSUER}/`), { timeout: 30000 });
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await Promise.all([
    page.waitForURL((url) => url.origin === RIGHTS, { timeout: 30000 }),
    page.locator('#kc-login').click(),
  ]);
}

/** An access token by the password grant of the public client (demo users only). */
export async function token(user) {
  const response = await fetch(`${ISSUER}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'rekisteri-api', username: user, password: user }),
    signal: AbortSignal.timeout(15000),
  });
  if (!response.ok) throw new Error(`token for ${user}: HTTP ${response.status}`);
  return (await response.json()).access_token;
}

/** Calls the rights API with a bearer token; resolves to {status, body}. */
export async function rights(path, bearer, { method = 'GET', body } = {}) {
  const response = await fetch(`${RIGHTS}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${bearer}`,
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(15000),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** Today in Europe/Helsinki (the API's calendar), YYYY-MM-DD. */
export function todayInHelsinki() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date());
}

/** The day n days before today in Europe/Helsinki, YYYY-MM-DD. */
export function daysBefore(n) {
  const [y, m, d] = todayInHelsinki().split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - n)).toISOString().slice(0, 10);
}

/** Whole days from today (Europe/Helsinki) to a YYYY-MM-DD date; negative when it has passed. */
export function daysUntil(date) {
  const [y, m, d] = todayInHelsinki().split('-').map(Number);
  const [yy, mm, dd] = date.split('-').map(Number);
  return Math.round((Date.UTC(yy, mm - 1, dd) - Date.UTC(y, m - 1, d)) / 86400000);
}

/** A full-page screenshot into deploy/browser-tests/screenshots/ (ignored by git). */
export async function screenshot(page, name) {
  await mkdir(screenshotDir, { recursive: true });
  const file = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/** With REKISTERI_UPDATE_DOCS_SCREENSHOTS=1, copies a screenshot to docs/screenshots/ (committed). */
export async function publish(name) {
  if (process.env.REKISTERI_UPDATE_DOCS_SCREENSHOTS !== '1') return false;
  await mkdir(docsDir, { recursive: true });
  await copyFile(join(screenshotDir, `${name}.png`), join(docsDir, `${name}.png`));
  return true;
}
