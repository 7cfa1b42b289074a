import type { Principal } from '../../access/principal.js';
import { builder } from '../../graphql/builder.js';
import { Organization } from '../organization/schema.js';
import { User } from '../user/schema.js';
import { lastUse, viewerOrganization, viewerUser } from './service.js';

const PrincipalKind = builder.enumType('PrincipalKind', {
  values: {
    USER: { description: 'A user, through a personal access token.' },
    MANAGEMENT_KEY: { description: 'An organization management key.' },
    CLIENT: { description: 'A root API client.' },
    OPERATOR: { description: 'The platform operator, across every organization.' },
  },
});

export const Viewer = builder.objectRef<Principal>('Viewer').implement({
  description: 'Who the request acts as.',
  fields: (t) => ({
    kind: t.field({ type: PrincipalKind, resolve: (principal) => principal.kind }),
    credentialId: t.id({ description: 'The id of the token, key or client used.', resolve: (principal) => principal.credentialId }),
    user: t.field({
      type: User,
      nullable: true,
      resolve: (principal, _args, context) => viewerUser(context, principal),
    }),
    organization: t.field({
      type: Organization,
      nullable: true,
      description: 'The organization a key or client belongs to; null for users and the operator, who may reach several.',
      resolve: (principal, _args, context) => viewerOrganization(context, principal),
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

builder.queryField('viewer', (t) => t.field({ type: Viewer, resolve: (_root, _args, context) => context.access.principal }));
