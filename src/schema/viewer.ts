import type { Principal } from '../auth/principal.js';
import type { Context } from '../context.js';
import { builder } from './builder.js';
import { Organization } from './organization.js';
import { User } from './user.js';

const PrincipalKind = builder.enumType('PrincipalKind', {
  values: {
    USER: { description: 'A user, through a personal access token.' },
    MANAGEMENT_KEY: { description: 'An organization management key.' },
    CLIENT: { description: 'A root API client.' },
    OPERATOR: { description: 'The platform operator, across every organization.' },
  },
});

const Viewer = builder.objectRef<Principal>('Viewer').implement({
  description: 'Who the request acts as.',
  fields: (t) => ({
    kind: t.field({ type: PrincipalKind, resolve: (principal) => principal.kind }),
    credentialId: t.id({ description: 'The id of the token, key or client used.', resolve: (principal) => principal.credentialId }),
    user: t.field({
      type: User,
      nullable: true,
      resolve: (principal, _args, context) =>
        principal.kind === 'USER' ? context.prisma.user.findUnique({ where: { id: principal.userId } }) : null,
    }),
    organization: t.field({
      type: Organization,
      nullable: true,
      description: 'The organization a key or client belongs to; null for users and the operator, who may reach several.',
      resolve: (principal, _args, context) =>
        principal.kind === 'MANAGEMENT_KEY' || principal.kind === 'CLIENT'
          ? context.prisma.organization.findUnique({ where: { id: principal.organizationId } })
          : null,
    }),
    scopes: t.stringList({
      description: 'The scopes of a key, client or operator token. A user acts through roles instead, so this is empty for users.',
      resolve: (principal) => (principal.kind === 'USER' ? [] : principal.scopes),
    }),
    expiresAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (principal) => (principal.kind === 'CLIENT' ? null : principal.expiresAt),
    }),
    lastUsedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the credential was last used before, to within five minutes.',
      resolve: (principal, _args, context) => lastUse(context, principal),
    }),
  }),
});

async function lastUse({ prisma }: Context, { kind, credentialId: id }: Principal): Promise<Date | null> {
  const select = { lastUsedAt: true } as const;
  const row =
    kind === 'USER'
      ? await prisma.personalAccessToken.findUnique({ where: { id }, select })
      : kind === 'MANAGEMENT_KEY'
        ? await prisma.managementKey.findUnique({ where: { id }, select })
        : kind === 'CLIENT'
          ? await prisma.client.findUnique({ where: { id }, select })
          : await prisma.operatorToken.findUnique({ where: { id }, select });
  return row?.lastUsedAt ?? null;
}

builder.queryField('viewer', (t) => t.field({ type: Viewer, resolve: (_root, _args, context) => context.access.principal }));
