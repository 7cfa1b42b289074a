import { z } from 'zod';
import { insertPersonalAccessToken } from '../../access/issue.js';
import type { Context } from '../../context.js';
import { isIdOf } from '../../db/ids.js';
import { forbidden, parseInput, userError } from '../../errors.js';
import { audited } from '../audit/service.js';
import { endSessionsOfToken } from '../console-session/service.js';

const newToken = z.object({
  name: z.string().trim().min(1, 'name must not be empty').max(100, 'name must be at most 100 characters'),
  expiresAt: z.date().refine((date) => date > new Date(), 'expiresAt must be in the future').nullish(),
});

/** A token for the calling user, acting with the user's roles; returned once. */
export async function createPersonalAccessToken(context: Context, input: z.input<typeof newToken>) {
  const userId = context.access.userId;
  if (!userId) throw userError('INVALID', [], 'only a user can create personal access tokens');
  if (context.access.principal.kind === 'CONSOLE_SESSION') {
    // A stolen session cookie must not become a lasting credential.
    throw forbidden('a console session cannot create personal access tokens: send this request with a personal access token', 'a personal access token');
  }
  const data = parseInput(newToken, input);
  return audited(context, async (tx, audit) => {
    const created = await insertPersonalAccessToken(tx, { ...data, userId });
    const target = { type: 'PersonalAccessToken' as const, id: created.personalAccessToken.id };
    await audit({ organizationId: null, action: 'personal_access_token.create', target, changes: data });
    return created;
  });
}

/** Revokes one of the caller's own tokens, and the console sessions signed in with it; revoking again changes nothing. */
export async function revokePersonalAccessToken(context: Context, id: string) {
  const token = isIdOf('PersonalAccessToken', id) ? await context.prisma.personalAccessToken.findUnique({ where: { id } }) : null;
  if (!token || token.userId !== context.access.userId) throw userError('NOT_FOUND', ['id'], 'personal access token not found');
  if (token.revokedAt) return { personalAccessToken: token };
  const { personalAccessToken } = await context.credentials.changeMany([id], () =>
    audited(context, async (tx, audit) => {
      await audit({ organizationId: null, action: 'personal_access_token.revoke', target: { type: 'PersonalAccessToken', id } });
      const sessionIds = await endSessionsOfToken(tx, id);
      const revoked = await tx.personalAccessToken.update({ where: { id }, data: { revokedAt: new Date() } });
      return { personalAccessToken: revoked, credentialIds: sessionIds };
    }),
  );
  return { personalAccessToken };
}
