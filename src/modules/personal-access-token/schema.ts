import type { PersonalAccessToken as TokenRow } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { User } from '../user/schema.js';
import { createPersonalAccessToken, revokePersonalAccessToken } from './service.js';

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

const tokenResult = <Result extends { personalAccessToken: TokenRow }>(t: PayloadFieldBuilder<Result>) => ({
  personalAccessToken: t.field({ type: PersonalAccessToken, nullable: true, resolve: (payload) => payload.personalAccessToken }),
});

defineMutation('createPersonalAccessToken', {
  description: 'Creates a token for the calling user; the token is returned once.',
  rateLimit: { max: 10, windowSeconds: 3600 },
  input: (t) => ({ name: t.string(), expiresAt: t.field({ type: 'DateTime', required: false }) }),
  payload: (t: PayloadFieldBuilder<{ personalAccessToken: TokenRow; token: string }>) => ({
    ...tokenResult(t),
    token: t.string({ nullable: true, description: 'Shown only here: Steward keeps just a digest.', resolve: (payload) => payload.token }),
  }),
  resolve: (input, context) => createPersonalAccessToken(context, input),
});

defineMutation('revokePersonalAccessToken', {
  input: (t) => ({ id: t.id() }),
  payload: tokenResult,
  resolve: (input, context) => revokePersonalAccessToken(context, input.id),
});
