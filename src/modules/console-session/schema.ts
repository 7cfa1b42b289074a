import type { ConsoleSession as SessionRow } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { User } from '../user/schema.js';
import { revokeConsoleSession } from './service.js';

export const ConsoleSession = builder.prismaNode('ConsoleSession', {
  id: { field: 'id' },
  description:
    'A signed-in admin console: its user’s rights, for a limited time, ending with the personal access token it was signed in with. Visible to that user only.',
  authScopes: (session, context) => session.userId === context.access.userId,
  fields: (t) => ({
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the console signed in.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'To within five minutes.' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true, description: 'Signed out, revoked, or ended with its personal access token.' }),
    userAgent: t.exposeString('userAgent', { nullable: true, description: 'The browser’s User-Agent at sign-in, truncated.' }),
    ip: t.exposeString('ip', { nullable: true, description: 'The client address at sign-in.' }),
    current: t.boolean({
      description: 'Whether this request is made by this session.',
      resolve: (session, _args, context) => context.access.principal.credentialId === session.id,
    }),
  }),
});

builder.prismaObjectField(User, 'consoleSessions', (t) =>
  t.relatedConnection('consoleSessions', {
    cursor: 'id',
    nullable: true,
    description: 'The user’s console sessions, newest first, ended ones included. Only a user’s own are visible, and only to that user.',
    authScopes: (user, _args, context) => user.id === context.access.userId,
    query: () => ({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
  }),
);

defineMutation('revokeConsoleSession', {
  description: 'Signs one of the caller’s own console sessions out; revoking again changes nothing.',
  input: (t) => ({ id: t.id() }),
  payload: (t: PayloadFieldBuilder<{ consoleSession: SessionRow }>) => ({
    consoleSession: t.field({ type: ConsoleSession, nullable: true, resolve: (payload) => payload.consoleSession }),
  }),
  resolve: (input, context) => revokeConsoleSession(context, input.id),
});
