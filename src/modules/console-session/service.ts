import { insertConsoleSession } from '../../access/issue.js';
import type { Principal } from '../../access/principal.js';
import type { Context, Services } from '../../context.js';
import { isIdOf } from '../../db/ids.js';
import { userError } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { actorOf, recordAudit } from '../audit/service.js';

const USER_AGENT_MAX_LENGTH = 256;

/** How long an ended session (expired or revoked) stays in its user's list. */
export const ENDED_SESSION_RETENTION_DAYS = 30;

type SessionPrincipal = Extract<Principal, { kind: 'CONSOLE_SESSION' }>;

/** What a console shows of its signed-in user. */
async function userOf(services: Pick<Services, 'prisma'>, userId: string) {
  return services.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, name: true } });
}

/**
 * A new console session for the user of a personal access token; the session's token is returned once
 * (as the cookie). It lasts `hours`, and never beyond the personal access token it was exchanged for.
 */
export async function startConsoleSession(
  services: Pick<Services, 'prisma'>,
  principal: Extract<Principal, { kind: 'USER' }>,
  details: { hours: number; userAgent: string | null; ip: string },
) {
  const lifetime = new Date(Date.now() + details.hours * 3600_000);
  const expiresAt = principal.expiresAt && principal.expiresAt < lifetime ? principal.expiresAt : lifetime;
  const { consoleSession, token } = await services.prisma.$transaction(async (tx) => {
    const created = await insertConsoleSession(tx, {
      userId: principal.userId,
      personalAccessTokenId: principal.credentialId,
      expiresAt,
      userAgent: details.userAgent?.slice(0, USER_AGENT_MAX_LENGTH) ?? null,
      ip: details.ip,
    });
    const target = { type: 'ConsoleSession' as const, id: created.consoleSession.id };
    await recordAudit(tx, actorOf(principal), { organizationId: null, action: 'console_session.create', target, changes: { expiresAt } });
    return created;
  });
  return { user: await userOf(services, principal.userId), expiresAt: consoleSession.expiresAt, token };
}

/** The signed-in user of a session and when the session ends. */
export async function describeConsoleSession(services: Pick<Services, 'prisma'>, principal: SessionPrincipal) {
  return { user: await userOf(services, principal.userId), expiresAt: principal.expiresAt };
}

async function revoke(tx: Prisma.TransactionClient, principal: Principal, id: string) {
  await recordAudit(tx, actorOf(principal), { organizationId: null, action: 'console_session.revoke', target: { type: 'ConsoleSession', id } });
  return tx.consoleSession.update({ where: { id }, data: { revokedAt: new Date() } });
}

/** Signs a console out: its session is revoked, and forgotten by every instance's cache. */
export async function endConsoleSession(services: Pick<Services, 'prisma' | 'credentials'>, principal: SessionPrincipal): Promise<void> {
  await services.credentials.change(principal.credentialId, () =>
    services.prisma.$transaction((tx) => revoke(tx, principal, principal.credentialId)),
  );
}

/** Revokes one of the caller's own console sessions; revoking again changes nothing. */
export async function revokeConsoleSession(context: Context, id: string) {
  const session = isIdOf('ConsoleSession', id) ? await context.prisma.consoleSession.findUnique({ where: { id } }) : null;
  if (!session || session.userId !== context.access.userId) throw userError('NOT_FOUND', ['id'], 'console session not found');
  if (session.revokedAt) return { consoleSession: session };
  const revoked = await context.credentials.change(id, () => context.prisma.$transaction((tx) => revoke(tx, context.access.principal, id)));
  return { consoleSession: revoked };
}

/** Revokes the live sessions signed in with a personal access token, in the caller's transaction; returns their ids. */
export async function endSessionsOfToken(tx: Prisma.TransactionClient, personalAccessTokenId: string): Promise<string[]> {
  const ended = await tx.consoleSession.updateManyAndReturn({
    where: { personalAccessTokenId, revokedAt: null },
    data: { revokedAt: new Date() },
    select: { id: true },
  });
  return ended.map((session) => session.id);
}

/** Deletes the sessions that ended more than ENDED_SESSION_RETENTION_DAYS ago; returns how many. */
export async function forgetEndedConsoleSessions(services: Pick<Services, 'prisma'>, now = new Date()): Promise<number> {
  const endedBefore = new Date(now.getTime() - ENDED_SESSION_RETENTION_DAYS * 86_400_000);
  const { count } = await services.prisma.consoleSession.deleteMany({
    where: { OR: [{ expiresAt: { lt: endedBefore } }, { revokedAt: { lt: endedBefore } }] },
  });
  return count;
}
