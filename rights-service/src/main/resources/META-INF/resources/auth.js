// The login is the server's: opening / or /me/ without a session sends the browser through
// Keycloak's code flow (quarkus-oidc, tenant "web"), and the tokens stay on the server, in an
// encrypted HttpOnly session cookie that no script can read. This module only asks the service who
// is logged in (GET /api/v1/session) and keeps the CSRF token that state changes send back.

let session = null;

/**
 * Who is logged in: {username, name, roles, csrfToken, privacyNoticeUrl}, or null when the
 * session has ended (401).
 */
export async function loadSession() {
  const response = await fetch('/api/v1/session', {
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
    cache: 'no-store',
  });
  if (response.status === 401) {
    session = null;
    return null;
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  session = await response.json();
  return session;
}

export function currentUser() {
  return session;
}

/** The token that every POST, PUT, PATCH and DELETE of the pages sends in X-CSRF-Token. */
export function csrfToken() {
  return session?.csrfToken || null;
}

export function clearSession() {
  session = null;
}

/** A new login: loading the page again without a session redirects to Keycloak. */
export function login() {
  location.assign(location.pathname + location.hash);
}

/** Ends the Keycloak session too (quarkus-oidc's logout), then shows the signed-out page. */
export function logout() {
  session = null;
  location.assign('/logout');
}
