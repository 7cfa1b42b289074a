// Console sessions over real HTTP: sign-in with a personal access token, the cookie, CSRF, sign-out,
// and how a session ends with its token, its expiry or its user.
import { describe, expect, test } from 'vitest';
import { csrfTokenFor } from '../../../src/access/console-session.js';
import { insertConsoleSession, insertPersonalAccessToken } from '../../../src/access/issue.js';
import { digestToken, issueToken } from '../../../src/access/tokens.js';
import { ENDED_SESSION_RETENTION_DAYS, forgetEndedConsoleSessions } from '../../../src/modules/console-session/service.js';
import {
  ConsoleViewerDocument,
  CreatePersonalAccessTokenDocument,
  MyConsoleSessionsDocument,
  RevokeConsoleSessionDocument,
  RevokePersonalAccessTokenDocument,
  UpdateOrganizationDocument,
  ViewerDocument,
} from '../../generated/graphql.js';
import { asSession, consoleSessionOf, sessionHeaders, sessionRequest, signIn, type ConsoleSession } from '../../support/console.js';
import { testEnvironment } from '../../support/environment.js';
import { testGateway, withTestGateway, type TestGateway } from '../../support/gateway.js';
import { restClient } from '../../support/rest.js';
import { rememberSecrets, tampered } from '../../support/secrets.js';
import { createOperator, createTenant } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment({ http: true });

const COOKIE = /^steward_session=(stw_cn_[0-9A-Za-z]{38}); Path=\/; HttpOnly; SameSite=Strict; Max-Age=(\d+)$/;

async function personalAccessToken(userId: string, expiresAt: Date | null = null) {
  const created = await insertPersonalAccessToken(database.prisma, { userId, name: 'console', expiresAt });
  rememberSecrets(created.token);
  return created;
}

/** A GraphQL GET, as a console page may send a query. */
async function graphqlGet(on: TestGateway, query: string, headers: Record<string, string>) {
  const response = await on.send(`/graphql?query=${encodeURIComponent(query)}`, { method: 'GET', headers: { accept: 'application/json', ...headers } }, '192.0.2.1');
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions: { code: string } }[] } };
}

async function expectSignedOut(session: ConsoleSession, message: string) {
  const refused = await gateway.execute(ViewerDocument, {}, asSession(session));
  expect(refused.status).toBe(401);
  expect(refused.expectError('UNAUTHENTICATED').message).toBe(message);
  const read = await sessionRequest(gateway, 'GET', sessionHeaders(session));
  expect(read).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHENTICATED', message } } });
  expect(read.headers.get('set-cookie')).toBe('steward_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0');
}

describe('signing in', () => {
  test('a personal access token is exchanged for an HttpOnly, SameSite=Strict cookie and a CSRF token; GET reads the session', async () => {
    const tenant = await createTenant(database);
    const before = Date.now();
    const signedIn = await signIn(gateway, tenant.owner.token, { headers: { 'user-agent': `Browser/1.0 ${'x'.repeat(400)}` } });
    expect(signedIn.status).toBe(201);
    const [, token, maxAge] = COOKIE.exec(signedIn.cookie ?? '') ?? [];
    expect(token, signedIn.cookie ?? 'no cookie').toBeDefined();
    expect(Number(maxAge)).toBeGreaterThan(12 * 3600 - 5);
    expect(Number(maxAge)).toBeLessThanOrEqual(12 * 3600);
    const user = await database.prisma.user.findUniqueOrThrow({ where: { id: tenant.owner.userId } });
    expect(signedIn.body).toEqual({
      user: { id: user.id, email: user.email, name: user.name },
      csrfToken: csrfTokenFor(token!),
      expiresAt: expect.any(String),
    });
    expect(signedIn.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const expiresAt = new Date(signedIn.body.expiresAt).getTime();
    expect(expiresAt - before).toBeGreaterThanOrEqual(12 * 3600_000);
    expect(expiresAt - Date.now()).toBeLessThanOrEqual(12 * 3600_000);

    // Stored as a digest, with the token it came from, the browser and the address (the test server's client).
    const stored = await database.prisma.consoleSession.findUniqueOrThrow({ where: { tokenDigest: digestToken(token!) } });
    const pat = await database.prisma.personalAccessToken.findUniqueOrThrow({ where: { tokenDigest: digestToken(tenant.owner.token) } });
    expect(stored).toMatchObject({ userId: user.id, personalAccessTokenId: pat.id, lastFour: token!.slice(-4), ip: '127.0.0.1', revokedAt: null });
    expect(stored.id).toMatch(/^cns_/);
    expect(stored.userAgent).toHaveLength(256);
    expect(stored.expiresAt.toISOString()).toBe(signedIn.body.expiresAt);
    const audit = await database.prisma.auditEvent.findFirst({ where: { action: 'console_session.create', targetId: stored.id } });
    expect(audit).toMatchObject({ actorKind: 'USER', actorId: user.id, organizationId: null });

    const read = await sessionRequest(gateway, 'GET', sessionHeaders(signedIn.session!, { csrf: null }));
    expect(read).toMatchObject({ status: 200, body: signedIn.body });
  });

  test('a management key, client secret, operator token, guess, session token or revoked token cannot sign in', async () => {
    const tenant = await createTenant(database);
    const session = await consoleSessionOf(gateway, tenant.owner.token);
    const revoked = await personalAccessToken(tenant.owner.userId);
    await database.prisma.personalAccessToken.update({ where: { id: revoked.personalAccessToken.id }, data: { revokedAt: new Date() } });
    const expired = await personalAccessToken(tenant.owner.userId, new Date(Date.now() - 1000));
    const onlyPats = 'only a personal access token (stw_pat_…) signs in to the console';
    const cases: [unknown, string][] = [
      [tenant.managementKey.token, onlyPats],
      [tenant.rootClient.secret, onlyPats],
      [(await createOperator(database, ['*'])).bearer, onlyPats],
      [session.token, onlyPats],
      ['not a token', onlyPats],
      [tampered(tenant.owner.token), onlyPats],
      [issueToken('personalAccessToken').token, 'unknown personal access token'],
      [revoked.token, 'this personal access token was revoked'],
      [expired.token, 'this personal access token has expired'],
    ];
    for (const [token, message] of cases) {
      const refused = await signIn(gateway, token);
      expect(refused, String(token)).toMatchObject({ status: 401, cookie: null, body: { error: { code: 'UNAUTHENTICATED', message } } });
    }
  });

  test('a malformed body is a 400; other methods are 405', async () => {
    const bodies: [string, Record<string, string>][] = [
      ['{"token": ', { 'content-type': 'application/json' }],
      ['{}', { 'content-type': 'application/json' }],
      ['{"token": 12}', { 'content-type': 'application/json' }],
      ['["stw_pat_x"]', { 'content-type': 'application/json' }],
      ['null', { 'content-type': 'application/json' }],
      ['', {}],
      // A form cannot sign a browser in: only JSON, which another site cannot send without a preflight.
      ['{"token": "stw_pat_x"}', { 'content-type': 'text/plain' }],
      ['token=stw_pat_x', { 'content-type': 'application/x-www-form-urlencoded' }],
    ];
    for (const [body, headers] of bodies) {
      const response = await gateway.send('/console/session', { method: 'POST', headers, body }, '192.0.2.1');
      expect(response.status, body).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('BAD_REQUEST');
    }
    const put = await gateway.send('/console/session', { method: 'PUT' }, '192.0.2.1');
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, POST, DELETE');
  });

  test('failed sign-ins count towards the failed-authentication limit of the address', async () => {
    await withTestGateway(database, { http: true, limits: { authFailures: 3 } }, async (limited) => {
      const tenant = await createTenant(database);
      const statuses = [];
      for (const token of [tenant.managementKey.token, issueToken('personalAccessToken').token, 'garbage', tenant.owner.token]) {
        statuses.push((await signIn(limited, token)).status);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      const refused = await signIn(limited, issueToken('personalAccessToken').token);
      expect(refused).toMatchObject({ status: 429, body: { error: { code: 'RATE_LIMITED' } } });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    });
  });

  test('a session lasts CONSOLE_SESSION_HOURS, and never beyond its personal access token', async () => {
    const tenant = await createTenant(database);
    await withTestGateway(database, { http: true, gateway: { console: { enabled: true, sessionHours: 2 } } }, async (short) => {
      const signedIn = await signIn(short, tenant.owner.token);
      expect(Number(COOKIE.exec(signedIn.cookie!)![2])).toBeGreaterThan(2 * 3600 - 5);
      const pat = await personalAccessToken(tenant.owner.userId, new Date(Date.now() + 600_000));
      const capped = await signIn(short, pat.token);
      expect(capped.body.expiresAt).toBe(pat.personalAccessToken.expiresAt!.toISOString());
      expect(Number(COOKIE.exec(capped.cookie!)![2])).toBeLessThanOrEqual(600);
    });
  });

  test('Secure is set when the browser came over TLS, as a trusted proxy says; the header of anyone else is ignored', async () => {
    const tenant = await createTenant(database);
    const overTls = { 'x-forwarded-proto': 'https' };
    await withTestGateway(database, { http: true, gateway: { trustedProxies: 1 } }, async (proxied) => {
      const signedIn = await signIn(proxied, tenant.owner.token, { headers: overTls });
      expect(signedIn.cookie).toMatch(/; Max-Age=\d+; Secure$/);
      const signedOut = await sessionRequest(proxied, 'DELETE', { ...sessionHeaders(signedIn.session!), ...overTls });
      expect(signedOut.status).toBe(204);
      expect(signedOut.headers.get('set-cookie')).toBe('steward_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0; Secure');
      expect((await signIn(proxied, tenant.owner.token)).cookie).not.toContain('Secure');
    });
    expect((await signIn(gateway, tenant.owner.token, { headers: overTls })).cookie).toMatch(COOKIE);
  });

  test('CONSOLE=false: /console and /console/session are 404 and /graphql ignores session cookies', async () => {
    const tenant = await createTenant(database);
    const session = await consoleSessionOf(gateway, tenant.owner.token);
    await withTestGateway(database, { http: true, gateway: { console: { enabled: false, sessionHours: 12 } } }, async (off) => {
      expect((await signIn(off, tenant.owner.token)).status).toBe(404);
      expect((await sessionRequest(off, 'GET', sessionHeaders(session))).status).toBe(404);
      expect((await off.send('/console', { method: 'GET' }, '192.0.2.1')).status).toBe(404);
      const ignored = await off.execute(ViewerDocument, {}, asSession(session));
      expect(ignored.expectError('UNAUTHENTICATED').message).toBe('authentication required: send "Authorization: Bearer <token>"');
    });
  });
});

describe('a session on /graphql', () => {
  test('acts as its user with the cookie and the CSRF token, by POST and by GET; viewer.credential says CONSOLE_SESSION', async () => {
    const tenant = await createTenant(database);
    const session = await consoleSessionOf(gateway, tenant.owner.token);
    const response = await gateway.execute(ConsoleViewerDocument, {}, asSession(session));
    const { viewer } = response.expectData();
    const stored = await database.prisma.consoleSession.findUniqueOrThrow({ where: { tokenDigest: digestToken(session.token) } });
    expect(viewer).toEqual({
      kind: 'CONSOLE_SESSION',
      credentialId: stored.id,
      credential: {
        id: stored.id,
        kind: 'CONSOLE_SESSION',
        type: 'CONSOLE_SESSION',
        description: 'console session',
        expiresAt: stored.expiresAt.toISOString(),
        lastUsedAt: null,
        isExpired: false,
        isDisabled: false,
        scopes: [],
        user: { id: tenant.owner.userId },
      },
      user: { id: tenant.owner.userId, email: tenant.owner.email },
    });
    expect(response.headers.get('x-ratelimit-limit')).not.toBeNull();

    const renamed = await gateway.execute(UpdateOrganizationDocument, { input: { id: tenant.organizationId, name: 'Renamed in the console' } }, asSession(session));
    expect(renamed.expectData().updateOrganization?.organization?.name).toBe('Renamed in the console');
    const audit = await database.prisma.auditEvent.findFirstOrThrow({ where: { organizationId: tenant.organizationId, action: 'organization.update' } });
    expect(audit).toMatchObject({ actorKind: 'USER', actorId: tenant.owner.userId });

    const byGet = await graphqlGet(gateway, '{ viewer { kind } }', sessionHeaders(session));
    expect(byGet).toMatchObject({ status: 200, body: { data: { viewer: { kind: 'CONSOLE_SESSION' } } } });

    // Its use is recorded on the session.
    await gateway.services.credentials.flush();
    expect((await database.prisma.consoleSession.findUniqueOrThrow({ where: { id: stored.id } })).lastUsedAt).not.toBeNull();
  });

  test('without the CSRF token, or with a wrong one, the answer is 403 before anything runs', async () => {
    const tenant = await createTenant(database);
    const member = await tenant.addUser('MEMBER');
    const session = await consoleSessionOf(gateway, tenant.owner.token);
    const otherSession = await consoleSessionOf(gateway, member.token);
    const rename = { input: { id: tenant.organizationId, name: 'Forged' } };
    await gateway.services.credentials.flush();
    const statementsBefore = database.statements.length;
    for (const csrf of [null, '', 'wrong', tampered(session.csrfToken), otherSession.csrfToken]) {
      const refused = await gateway.execute(UpdateOrganizationDocument, rename, asSession(session, { csrf }));
      expect(refused.status, String(csrf)).toBe(403);
      expect(refused.body).toEqual({ errors: [{ message: expect.stringContaining('X-Steward-CSRF'), extensions: { code: 'CSRF' } }] });
      const byGet = await graphqlGet(gateway, '{ viewer { kind } }', sessionHeaders(session, { csrf }));
      expect(byGet.status).toBe(403);
      expect(byGet.body.errors?.[0]?.extensions.code).toBe('CSRF');
    }
    expect(database.statements.length).toBe(statementsBefore);
    expect((await database.prisma.organization.findUniqueOrThrow({ where: { id: tenant.organizationId } })).name).not.toBe('Forged');
  });

  test('any credential header wins: the cookie is then ignored entirely', async () => {
    const tenant = await createTenant(database);
    const session = await consoleSessionOf(gateway, tenant.owner.token);
    const key = { authorization: `Bearer ${tenant.managementKey.token}` };
    const withKey = await gateway.execute(ViewerDocument, {}, { headers: { ...sessionHeaders(session, { csrf: null }), ...key } });
    expect(withKey.expectData().viewer.kind).toBe('MANAGEMENT_KEY');
    const garbage = await gateway.execute(ViewerDocument, {}, { headers: { cookie: 'steward_session=garbage', ...key } });
    expect(garbage.expectData().viewer.kind).toBe('MANAGEMENT_KEY');
    const keboola = await gateway.execute(ViewerDocument, {}, { headers: { ...sessionHeaders(session), 'x-kbc-manageapitoken': tenant.owner.token } });
    expect(keboola.expectData().viewer.kind).toBe('USER');
    const wrongHeader = await gateway.execute(ViewerDocument, {}, { headers: { ...sessionHeaders(session), authorization: 'Bearer stw_mk_nonsense' } });
    expect(wrongHeader.status).toBe(401);
  });

  test('the session token is no bearer token, and the REST dialects never take the cookie', async () => {
    const tenant = await createTenant(database);
    const session = await consoleSessionOf(gateway, tenant.owner.token);
    const bearer = await gateway.execute(ViewerDocument, {}, { bearer: session.token });
    expect(bearer.expectError('UNAUTHENTICATED').message).toBe("a console session is accepted only as the console's cookie");
    const keboola = await gateway.execute(ViewerDocument, {}, { headers: { 'x-kbc-manageapitoken': session.token } });
    expect(keboola.status).toBe(401);
    const rest = restClient(gateway);
    for (const path of ['/manage/projects', '/management/v1/projects', '/v2/storage/components']) {
      expect((await rest('GET', path, { headers: sessionHeaders(session) })).status, path).toBe(401);
    }
  });

  test('has exactly its user’s rights, except that it cannot create personal access tokens', async () => {
    const tenant = await createTenant(database);
    const member = await tenant.addUser('MEMBER');
    const session = await consoleSessionOf(gateway, member.token);
    const rename = await gateway.execute(UpdateOrganizationDocument, { input: { id: tenant.organizationId, name: 'No' } }, asSession(session));
    expect(rename.expectError('FORBIDDEN').extensions?.requires).toBe('organization:write');
    const minted = await gateway.execute(CreatePersonalAccessTokenDocument, { input: { name: 'from a stolen cookie' } }, asSession(session));
    const error = minted.expectError('FORBIDDEN');
    expect(error.message).toBe('a console session cannot create personal access tokens: send this request with a personal access token');
    expect(error.extensions?.requires).toBe('a personal access token');
    expect(await database.prisma.personalAccessToken.count({ where: { userId: member.userId, name: 'from a stolen cookie' } })).toBe(0);
    // Nor can a session sign in another: only a personal access token does.
    const chained = await signIn(gateway, session.token, { headers: { cookie: `steward_session=${session.token}` } });
    expect(chained.status).toBe(401);
  });
});

describe('a session ends', () => {
  test('when it signs out: DELETE needs the CSRF token, revokes it on the server and clears the cookie', async () => {
    const tenant = await createTenant(database);
    const session = await consoleSessionOf(gateway, tenant.owner.token);
    expect((await gateway.execute(ViewerDocument, {}, asSession(session))).status).toBe(200);
    const forged = await sessionRequest(gateway, 'DELETE', sessionHeaders(session, { csrf: null }));
    expect(forged).toMatchObject({ status: 403, body: { error: { code: 'CSRF' } } });
    expect((await gateway.execute(ViewerDocument, {}, asSession(session))).status).toBe(200);

    const signedOut = await sessionRequest(gateway, 'DELETE', sessionHeaders(session));
    expect(signedOut).toMatchObject({ status: 204, body: null });
    expect(signedOut.headers.get('set-cookie')).toBe('steward_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0');
    await expectSignedOut(session, 'this console session was revoked');
    const stored = await database.prisma.consoleSession.findUniqueOrThrow({ where: { tokenDigest: digestToken(session.token) } });
    expect(stored.revokedAt).not.toBeNull();
    expect(await database.prisma.auditEvent.count({ where: { action: 'console_session.revoke', targetId: stored.id } })).toBe(1);
    expect((await sessionRequest(gateway, 'DELETE', sessionHeaders(session))).status).toBe(401);
    expect((await sessionRequest(gateway, 'DELETE', {})).status).toBe(401);
  });

  test('when the personal access token it was signed in with is revoked, or expires', async () => {
    const tenant = await createTenant(database);
    const pat = await personalAccessToken(tenant.owner.userId);
    const session = await consoleSessionOf(gateway, pat.token);
    const untouched = await consoleSessionOf(gateway, tenant.owner.token);
    expect((await gateway.execute(ViewerDocument, {}, asSession(session))).status).toBe(200);
    const revoked = await gateway.execute(RevokePersonalAccessTokenDocument, { input: { id: pat.personalAccessToken.id } }, asSession(untouched));
    expect(revoked.expectData().revokePersonalAccessToken?.personalAccessToken?.revokedAt).not.toBeNull();
    await expectSignedOut(session, 'this console session was revoked');
    expect((await gateway.execute(ViewerDocument, {}, asSession(untouched))).status).toBe(200);

    const expiring = await personalAccessToken(tenant.owner.userId, new Date(Date.now() + 3600_000));
    const ending = await consoleSessionOf(gateway, expiring.token);
    await database.prisma.personalAccessToken.update({ where: { id: expiring.personalAccessToken.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectSignedOut(ending, "this console session's personal access token has expired");
  });

  test('when it expires', async () => {
    const tenant = await createTenant(database);
    const session = await consoleSessionOf(gateway, tenant.owner.token);
    await database.prisma.consoleSession.update({ where: { tokenDigest: digestToken(session.token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectSignedOut(session, 'this console session has expired');
  });

  test('when its user is deleted', async () => {
    const tenant = await createTenant(database);
    const user = await tenant.addUser('MEMBER');
    const session = await consoleSessionOf(gateway, user.token);
    await database.prisma.user.delete({ where: { id: user.userId } });
    expect(await database.prisma.consoleSession.count({ where: { tokenDigest: digestToken(session.token) } })).toBe(0);
    await expectSignedOut(session, 'unknown console session: sign in again');
  });
});

describe.runIf(process.env.REDIS_URL)('shared through Redis', () => {
  test('a session signed out, or whose token is revoked, through one instance is refused by the other on its next request', async () => {
    const tenant = await createTenant(database);
    const shared = { limits: { redisUrl: process.env.REDIS_URL, requests: 1e6, cost: 1e9 }, http: true };
    const [first, second] = [testGateway(database, shared), testGateway(database, shared)];
    try {
      const pat = await personalAccessToken(tenant.owner.userId);
      const [leaving, ofToken] = [await consoleSessionOf(first, tenant.owner.token), await consoleSessionOf(first, pat.token)];
      for (const instance of [first, second]) {
        for (const session of [leaving, ofToken]) expect((await instance.execute(ViewerDocument, {}, asSession(session))).status).toBe(200);
      }
      expect((await sessionRequest(first, 'DELETE', sessionHeaders(leaving))).status).toBe(204);
      await first.execute(RevokePersonalAccessTokenDocument, { input: { id: pat.personalAccessToken.id } }, tenant.owner.as);
      for (const session of [leaving, ofToken]) {
        expect((await second.execute(ViewerDocument, {}, asSession(session))).expectError('UNAUTHENTICATED').message).toBe('this console session was revoked');
      }
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});

describe('User.consoleSessions and revokeConsoleSession', () => {
  test('a user lists its own sessions, newest first, and revokes one; another user’s is NOT_FOUND', async () => {
    const tenant = await createTenant(database);
    const colleague = await tenant.addUser('ADMIN');
    const first = await consoleSessionOf(gateway, tenant.owner.token);
    const second = await consoleSessionOf(gateway, tenant.owner.token);
    const theirs = await consoleSessionOf(gateway, colleague.token);
    const listed = (await gateway.execute(MyConsoleSessionsDocument, {}, asSession(second))).expectData().viewer.user!.consoleSessions!.edges.map((edge) => edge.node);
    const [firstId, secondId, theirId] = await Promise.all(
      [first, second, theirs].map(async (session) => (await database.prisma.consoleSession.findUniqueOrThrow({ where: { tokenDigest: digestToken(session.token) } })).id),
    );
    expect(listed.map((node) => [node.id, node.current])).toEqual([[secondId, true], [firstId, false]]);
    expect(listed[0]).toMatchObject({ ip: '127.0.0.1', userAgent: 'node', revokedAt: null });

    const stolen = (await gateway.execute(RevokeConsoleSessionDocument, { input: { id: theirId } }, asSession(second))).expectData().revokeConsoleSession!;
    expect(stolen).toEqual({ consoleSession: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'console session not found' }] });
    const byKey = (await gateway.execute(RevokeConsoleSessionDocument, { input: { id: firstId } }, tenant.managementKey.as)).expectData().revokeConsoleSession!;
    expect(byKey.userErrors[0]?.code).toBe('NOT_FOUND');
    expect((await gateway.execute(ViewerDocument, {}, asSession(theirs))).status).toBe(200);

    const revoked = (await gateway.execute(RevokeConsoleSessionDocument, { input: { id: firstId } }, asSession(second))).expectData().revokeConsoleSession!;
    expect(revoked).toMatchObject({ consoleSession: { id: firstId, current: false }, userErrors: [] });
    expect(revoked.consoleSession?.revokedAt).not.toBeNull();
    await expectSignedOut(first, 'this console session was revoked');
    const again = (await gateway.execute(RevokeConsoleSessionDocument, { input: { id: firstId } }, tenant.owner.as)).expectData().revokeConsoleSession!;
    expect(again.consoleSession?.revokedAt).toBe(revoked.consoleSession?.revokedAt);
    expect(await database.prisma.auditEvent.count({ where: { action: 'console_session.revoke', targetId: firstId, actorId: tenant.owner.userId } })).toBe(1);

    const seenByColleague = await gateway.execute(`query($id: ID!) { user(id: $id) { consoleSessions { edges { node { id } } } } }`, { id: tenant.owner.userId }, colleague.as);
    expect(seenByColleague.expectError('FORBIDDEN').path).toEqual(['user', 'consoleSessions']);
  });
});

describe('ended sessions', () => {
  test(`stay listed for ${ENDED_SESSION_RETENTION_DAYS} days after they end, expired or revoked; then the sweep deletes them`, async () => {
    const tenant = await createTenant(database);
    const userId = tenant.owner.userId;
    const { personalAccessToken: token } = await personalAccessToken(userId);
    const now = Date.now();
    const daysFromNow = (days: number) => new Date(now + days * 86_400_000);
    const session = async (expiresAt: Date, revokedAt: Date | null = null) => {
      const { consoleSession } = await insertConsoleSession(database.prisma, { userId, personalAccessTokenId: token.id, expiresAt });
      await database.prisma.consoleSession.update({ where: { id: consoleSession.id }, data: { revokedAt } });
      return consoleSession.id;
    };
    const expiredLongAgo = await session(daysFromNow(-ENDED_SESSION_RETENTION_DAYS - 1));
    const revokedLongAgo = await session(daysFromNow(1), daysFromNow(-ENDED_SESSION_RETENTION_DAYS - 1));
    const expiredLately = await session(daysFromNow(1 - ENDED_SESSION_RETENTION_DAYS));
    const revokedLately = await session(daysFromNow(1), daysFromNow(1 - ENDED_SESSION_RETENTION_DAYS));
    const live = await session(daysFromNow(1));

    expect(await forgetEndedConsoleSessions(database, new Date(now))).toBeGreaterThanOrEqual(2);
    const left = await database.prisma.consoleSession.findMany({ where: { userId }, select: { id: true } });
    expect(left.map(({ id }) => id).sort()).toEqual([expiredLately, revokedLately, live].sort());
    expect(await database.prisma.consoleSession.count({ where: { id: { in: [expiredLongAgo, revokedLongAgo] } } })).toBe(0);
  });
});
