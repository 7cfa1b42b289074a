import type { Credentials, TestGateway } from './gateway.js';
import { rememberSecrets } from './secrets.js';

/** What a browser keeps of a sign-in: the session cookie's token (HttpOnly: only the browser sees it) and the CSRF token. */
export interface ConsoleSession {
  token: string;
  csrfToken: string;
}

export interface SignInResponse {
  status: number;
  headers: Headers;
  body: any;
  /** The Set-Cookie header, as sent. */
  cookie: string | null;
  /** The session, when the sign-in succeeded. */
  session: ConsoleSession | null;
}

/** POST /console/session with a token, as the console's sign-in form sends it. */
export async function signIn(
  gateway: TestGateway,
  token: unknown,
  { headers = {}, address = '192.0.2.1' }: { headers?: Record<string, string>; address?: string } = {},
): Promise<SignInResponse> {
  const init = { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ token }) };
  const response = await gateway.send('/console/session', init, address);
  const text = await response.text();
  const cookie = response.headers.get('set-cookie');
  rememberSecrets(`${text}\n${cookie ?? ''}`);
  const body = text ? JSON.parse(text) : null;
  const sessionToken = cookie && /^steward_session=([^;]+)/.exec(cookie)?.[1];
  const session = response.status === 201 && sessionToken ? { token: sessionToken, csrfToken: body.csrfToken as string } : null;
  return { status: response.status, headers: response.headers, body, cookie, session };
}

/** Signs in with a personal access token; fails the test unless it worked. */
export async function consoleSessionOf(gateway: TestGateway, token: string): Promise<ConsoleSession> {
  const signedIn = await signIn(gateway, token);
  if (!signedIn.session) throw new Error(`sign-in failed: HTTP ${signedIn.status} ${JSON.stringify(signedIn.body)}`);
  return signedIn.session;
}

/** The headers a console page sends: its cookie and, unless left out, its CSRF token. */
export function sessionHeaders(session: ConsoleSession, { csrf = session.csrfToken }: { csrf?: string | null } = {}): Record<string, string> {
  return { cookie: `steward_session=${session.token}`, ...(csrf === null ? {} : { 'x-steward-csrf': csrf }) };
}

/** A session as the credentials of gateway.execute(). */
export function asSession(session: ConsoleSession, options: { csrf?: string | null } = {}): Credentials {
  return { headers: sessionHeaders(session, options) };
}

/** Calls /console/session with a session's cookie (GET reads it, DELETE signs out). */
export async function sessionRequest(gateway: TestGateway, method: 'GET' | 'DELETE', headers: Record<string, string>, address = '192.0.2.1') {
  const response = await gateway.send('/console/session', { method, headers }, address);
  const text = await response.text();
  rememberSecrets(text);
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}
