import { z } from 'zod';
import { auditedTransaction } from '../domain/audit.js';
import { createPersonalAccessToken } from '../domain/credentials.js';
import { isIdOf } from '../domain/ids.js';
import type { PersonalAccessToken as TokenRow } from '../generated/prisma/client.js';
import { fieldRateLimit } from '../guards/field-limits.js';
import { builder } from './builder.js';
import { payloadType, userError, validate } from './errors.js';
import { User } from './user.js';

export const PersonalAccessToken = builder.prismaNode('PersonalAccessToken', {
  id: { field: 'id' },
  description: 'A credential that acts as its user, with the user’s roles. Visible to that user only.',
  authScopes: (token, context) => token.userId === context.access.userId,
  fields: (t) => ({
    name: t.exposeString('name'),
    lastFour: t.exposeString('lastFour'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.prismaObjectField(User, 'personalAccessTokens', (t) =>
  t.relatedConnection('personalAccessTokens', {
    cursor: 'id',
    nullable: true,
    description: 'Only a user’s own tokens are visible, and only to that user.',
    authScopes: (user, _args, context) => user.id === context.access.userId,
    query: () => ({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  }),
);

const CreatePersonalAccessTokenInput = builder.inputType('CreatePersonalAccessTokenInput', {
  fields: (t) => ({ name: t.string(), expiresAt: t.field({ type: 'DateTime', required: false }) }),
});

const RevokePersonalAccessTokenInput = builder.inputType('RevokePersonalAccessTokenInput', { fields: (t) => ({ id: t.id() }) });

builder.mutationFields((t) => ({
  createPersonalAccessToken: t.field({
    nullable: true,
    extensions: fieldRateLimit(10, 3600),
    type: payloadType<{ personalAccessToken: TokenRow; token: string }>('CreatePersonalAccessTokenPayload', (t) => ({
      personalAccessToken: t.field({ type: PersonalAccessToken, nullable: true, resolve: (payload) => payload.personalAccessToken }),
      token: t.string({ nullable: true, description: 'Shown only here: Steward keeps just a digest.', resolve: (payload) => payload.token }),
    })),
    description: 'Creates a token for the calling user; the token is returned once.',
    args: { input: t.arg({ type: CreatePersonalAccessTokenInput }) },
    resolve: async (_root, { input }, context) => {
      const userId = context.access.userId;
      if (!userId) return userError('INVALID', [], 'only a user can create personal access tokens');
      const schema = z.object({
        name: z.string().trim().min(1, 'name must not be empty').max(100, 'name must be at most 100 characters'),
        expiresAt: z.date().refine((date) => date > new Date(), 'expiresAt must be in the future').nullish(),
      });
      const { data, userErrors } = validate(schema, input);
      if (userErrors) return { userErrors };
      const created = await auditedTransaction(context.prisma, context.access.principal, async (tx, audit) => {
        const result = await createPersonalAccessToken(tx, { ...data, userId });
        const target = { type: 'PersonalAccessToken' as const, id: result.personalAccessToken.id };
        await audit({ organizationId: null, action: 'personal_access_token.create', target, changes: data });
        return result;
      });
      return { ...created, userErrors: [] };
    },
  }),
  revokePersonalAccessToken: t.field({
    nullable: true,
    type: payloadType<{ personalAccessToken: TokenRow }>('RevokePersonalAccessTokenPayload', (t) => ({
      personalAccessToken: t.field({ type: PersonalAccessToken, nullable: true, resolve: (payload) => payload.personalAccessToken }),
    })),
    args: { input: t.arg({ type: RevokePersonalAccessTokenInput }) },
    resolve: async (_root, { input }, context) => {
      const id = String(input.id);
      const token = isIdOf('PersonalAccessToken', id) ? await context.prisma.personalAccessToken.findUnique({ where: { id } }) : null;
      if (!token || token.userId !== context.access.userId) return userError('NOT_FOUND', ['id'], 'personal access token not found');
      if (token.revokedAt) return { personalAccessToken: token, userErrors: [] };
      const revoked = await context.credentials.change(id, () =>
        auditedTransaction(context.prisma, context.access.principal, async (tx, audit) => {
          await audit({ organizationId: null, action: 'personal_access_token.revoke', target: { type: 'PersonalAccessToken', id } });
          return tx.personalAccessToken.update({ where: { id }, data: { revokedAt: new Date() } });
        }),
      );
      return { personalAccessToken: revoked, userErrors: [] };
    },
  }),
}));
