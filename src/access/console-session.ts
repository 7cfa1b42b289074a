import { createHmac, timingSafeEqual } from 'node:crypto';
import { carriesCredentialHeader, type Credential } from './principal.js';

// The admin console's session travels in a cookie a script cannot read (HttpOnly) and a browser sends
// to no other site (SameSite=Strict); every request it authenticates also carries a CSRF token that
// only a page of the console can know: derived from the session token, so nothing more is stored.

export const SESSION_COOKIE = 'steward_session';
export const CSRF_HEADER = 'x-steward-csrf';
const CSRF_LABEL = 'steward console csrf';

type Headers = { get(name: string): string | null };

export type SessionCredential = Extract<Credential, { dialect: 'session' }>;

/** The session token of the request's steward_session cookie, or null. */
export function sessionCookieOf(headers: Headers): string | null {
  for (const pair of (headers.get('cookie') ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === SESSION_COOKIE) return pair.slice(separator + 1).trim() || null;
  }
  return null;
}

/** The session credential of a request, or null; the cookie is ignored when a header carries a credential. */
export function sessionCredentialOf(headers: Headers): SessionCredential | null {
  if (carriesCredentialHeader(headers)) return null;
  const token = sessionCookieOf(headers);
  return token ? { dialect: 'session', token } : null;
}

/** The CSRF token of a session: HMAC-SHA256 keyed with the session token over a fixed label. */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update(CSRF_LABEL).digest('base64url');
}

/** Whether the request's X-Steward-CSRF header is the session's CSRF token, compared in constant time. */
export function carriesCsrfToken(headers: Headers, sessionToken: string): boolean {
  const sent = Buffer.from(headers.get(CSRF_HEADER) ?? '');
  const expected = Buffer.from(csrfTokenFor(sessionToken));
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

/** The Set-Cookie value of a session that ends at `expiresAt`; Secure when the browser reached Steward over TLS. */
export function sessionCookie(token: string, expiresAt: Date, secure: boolean): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  return cookie(`${SESSION_COOKIE}=${token}`, maxAge, secure);
}

/** The Set-Cookie value that makes the browser forget the session. */
export function clearedSessionCookie(secure: boolean): string {
  return cookie(`${SESSION_COOKIE}=`, 0, secure);
}

function cookie(pair: string, maxAge: number, secure: boolean): string {
  return `${pair}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure ? '; Secure' : ''}`;
}
