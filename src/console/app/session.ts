// The console session: a personal access token exchanged once for an HttpOnly cookie the page never
// sees, and a CSRF token that every GraphQL request carries (kept in memory only).

export interface Session {
  user: { id: string; email: string | null; name: string };
  csrfToken: string;
  expiresAt: string;
}

const ENDPOINT = '/console/session';
/** A request Steward has not answered by then fails, so the page never waits forever on one. */
const patience = () => AbortSignal.timeout(15_000);

async function problem(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? `Steward answered ${response.status}`;
}

/** The session the cookie holds, or null when there is none (or it ended). */
export async function currentSession(): Promise<Session | null> {
  const response = await fetch(ENDPOINT, { credentials: 'same-origin', signal: patience() });
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(await problem(response));
  return (await response.json()) as Session;
}

export async function signIn(token: string): Promise<Session> {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    credentials: 'same-origin',
    signal: patience(),
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  });
  if (!response.ok) throw new Error(await problem(response));
  return (await response.json()) as Session;
}

/** Ends the session on the server; a session that had ended already counts as ended. */
export async function signOut(session: Session): Promise<void> {
  const response = await fetch(ENDPOINT, { method: 'DELETE', credentials: 'same-origin', headers: { 'x-steward-csrf': session.csrfToken }, signal: patience() });
  if (!response.ok && response.status !== 401) throw new Error(await problem(response));
}
