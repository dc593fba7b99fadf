// Login with Keycloak: the OAuth 2.0 authorization-code flow with PKCE (S256), by hand, for the
// public client. The tokens stay in sessionStorage of this tab (never in a URL); the code and
// state are removed from the address bar as soon as they are read.

const SESSION_KEY = 'rekisteri.session';
const PENDING_KEY = 'rekisteri.login';
const EARLY_REFRESH_MS = 30000;

let config = null;
let endpoints = null;
let refreshing = null;

export class AuthError extends Error {
  constructor(reason) {
    super(reason);
    this.reason = reason;
  }
}

/** Reads /ui/config (the issuer and the client); falls back to the local realm on port 8180. */
export async function loadConfig() {
  if (config) return config;
  try {
    const response = await fetch('/ui/config', { headers: { Accept: 'application/json' } });
    if (response.ok) config = await response.json();
  } catch (e) {
    // fall back below
  }
  if (!config || !config.issuer) {
    config = { issuer: `${location.protocol}//${location.hostname}:8180/realms/rekisteri`, clientId: 'rekisteri-api' };
  }
  config.issuer = config.issuer.replace(/\/+$/, '');
  config.clientId = config.clientId || 'rekisteri-api';
  const base = `${config.issuer}/protocol/openid-connect`;
  endpoints = { authorization: `${base}/auth`, token: `${base}/token`, endSession: `${base}/logout` };
  return config;
}

function b64url(bytes) {
  let text = '';
  bytes.forEach((b) => {
    text += String.fromCharCode(b);
  });
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString(size) {
  const bytes = new Uint8Array(size);
  crypto.getRandomValues(bytes);
  return b64url(bytes);
}

async function s256(verifier) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return b64url(new Uint8Array(digest));
}

function redirectUri() {
  return location.origin + location.pathname;
}

/** Decodes a JWT's payload (no signature check: the API checks every token it gets). */
export function decodeJwt(token) {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(
      atob(part.padEnd(part.length + ((4 - (part.length % 4)) % 4), '='))
        .split('')
        .map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
        .join(''),
    );
    return JSON.parse(json);
  } catch (e) {
    return null;
  }
}

function readSession() {
  try {
    return JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
  } catch (e) {
    return null;
  }
}

function saveTokens(tokens, previous = null) {
  const now = Date.now();
  const session = {
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token || previous?.refreshToken || null,
    idToken: tokens.id_token || previous?.idToken || null,
    expiresAt: now + (tokens.expires_in || 60) * 1000,
    refreshExpiresAt: tokens.refresh_expires_in ? now + tokens.refresh_expires_in * 1000 : previous?.refreshExpiresAt || 0,
  };
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  return session;
}

export function clearSession() {
  sessionStorage.removeItem(SESSION_KEY);
}

/** Sends the browser to the Keycloak login page; returns only if that fails. */
export async function login(uiLocale) {
  await loadConfig();
  const verifier = randomString(48);
  const state = randomString(16);
  const nonce = randomString(16);
  sessionStorage.setItem(
    PENDING_KEY,
    JSON.stringify({ verifier, state, nonce, redirectUri: redirectUri(), returnHash: location.hash || '' }),
  );
  const url = new URL(endpoints.authorization);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    response_type: 'code',
    redirect_uri: redirectUri(),
    scope: 'openid',
    state,
    nonce,
    code_challenge: await s256(verifier),
    code_challenge_method: 'S256',
    ui_locales: uiLocale || 'fi',
  }).toString();
  location.assign(url.toString());
}

/**
 * When Keycloak sent the browser back with ?code=...&state=..., removes them from the address bar
 * at once and trades the code for tokens. Returns true when a login completed here.
 */
export async function completeLogin() {
  const params = new URLSearchParams(location.search);
  if (!params.has('code') && !params.has('error')) return false;
  let pending = null;
  try {
    pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) || 'null');
  } catch (e) {
    pending = null;
  }
  sessionStorage.removeItem(PENDING_KEY);
  // strip code, state, session_state and iss from the address bar and from the history entry
  history.replaceState(null, '', location.pathname + (pending?.returnHash || ''));
  if (params.has('error')) throw new AuthError(params.get('error'));
  if (!pending || params.get('state') !== pending.state) throw new AuthError('state mismatch');
  await loadConfig();
  const response = await fetch(endpoints.token, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: params.get('code'),
      redirect_uri: pending.redirectUri,
      client_id: config.clientId,
      code_verifier: pending.verifier,
    }),
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new AuthError(problem.error_description || problem.error || `HTTP ${response.status}`);
  }
  const tokens = await response.json();
  const idClaims = tokens.id_token ? decodeJwt(tokens.id_token) : null;
  if (idClaims && idClaims.nonce !== pending.nonce) throw new AuthError('nonce mismatch');
  saveTokens(tokens);
  return true;
}

async function refresh(session) {
  if (!session.refreshToken || (session.refreshExpiresAt && session.refreshExpiresAt < Date.now())) return null;
  await loadConfig();
  try {
    const response = await fetch(endpoints.token, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: session.refreshToken, client_id: config.clientId }),
    });
    if (!response.ok) return null;
    return saveTokens(await response.json(), session);
  } catch (e) {
    return null;
  }
}

/** A valid access token, refreshed when close to expiry; null when a new login is needed. */
export async function accessToken() {
  const session = readSession();
  if (!session) return null;
  if (session.expiresAt - EARLY_REFRESH_MS > Date.now()) return session.accessToken;
  if (!refreshing) refreshing = refresh(session).finally(() => { refreshing = null; });
  const renewed = await refreshing;
  if (!renewed) {
    clearSession();
    return null;
  }
  return renewed.accessToken;
}

/** Who is logged in, from the access token: user name, display name and realm roles. */
export function currentUser() {
  const session = readSession();
  if (!session) return null;
  const claims = decodeJwt(session.accessToken) || {};
  const name = [claims.given_name, claims.family_name].filter(Boolean).join(' ');
  return {
    username: claims.preferred_username || '',
    name: name || claims.preferred_username || '',
    roles: claims.realm_access?.roles || [],
  };
}

/** Ends the Keycloak session too, then comes back to this page. */
export async function logout() {
  const session = readSession();
  clearSession();
  await loadConfig();
  const url = new URL(endpoints.endSession);
  const params = { client_id: config.clientId, post_logout_redirect_uri: redirectUri() };
  if (session?.idToken) params.id_token_hint = session.idToken;
  url.search = new URLSearchParams(params).toString();
  location.assign(url.toString());
}
