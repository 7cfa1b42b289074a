import { isUser, type Principal } from '../../access/principal.js';
import { builder } from '../../graphql/builder.js';
import { Organization } from '../organization/schema.js';
import { StorageToken } from '../storage-token/schema.js';
import { User } from '../user/schema.js';
import { lastUse, viewerCredential, viewerOrganization, viewerUser, type CredentialView } from './service.js';

const PrincipalKind = builder.enumType('PrincipalKind', {
  values: {
    USER: { description: 'A user, through a personal access token.' },
    CONSOLE_SESSION: { description: 'A user, through a session of the admin console (its cookie), signed in with a personal access token.' },
    MANAGEMENT_KEY: { description: 'An organization management key.' },
    CLIENT: { description: 'A root API client.' },
    OPERATOR: { description: 'The platform operator, across every organization.' },
    STORAGE_TOKEN: { description: 'A project storage token: it reads its project and organization.' },
  },
});

const CredentialTypeEnum = builder.enumType('CredentialType', {
  description: 'The type of a credential, in the words of Keboola’s token verification where it has them.',
  values: {
    ADMIN: { description: 'A personal access token, bound to its user (Keboola’s `admin`).' },
    SUPER: { description: 'The platform operator token (Keboola’s `super`).' },
    MANAGEMENT_KEY: { description: 'An organization management key.' },
    ROOT_CLIENT: { description: 'A root API client (OpenPanel).' },
    STORAGE_TOKEN: { description: 'A project storage token (Keboola’s Storage API token).' },
    CONSOLE_SESSION: { description: 'A session of the admin console, bound to its user.' },
  },
});

const ViewerCredential = builder.objectRef<CredentialView>('ViewerCredential').implement({
  description: 'The credential the request was made with, as Keboola’s token verification shows it. Never its secret.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The id of the token, key, client or console session.' }),
    kind: t.field({ type: PrincipalKind, description: 'The kind of principal the credential makes, as `Viewer.kind`.', resolve: (credential) => credential.kind }),
    type: t.field({ type: CredentialTypeEnum, resolve: (credential) => credential.type }),
    description: t.exposeString('description', { description: 'The name of a token, key or client; the description of a storage token.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'When the credential was last used before, to within five minutes.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    isExpired: t.boolean({ resolve: (credential) => credential.expiresAt !== null && credential.expiresAt <= new Date() }),
    isDisabled: t.boolean({ description: 'Revoked.', resolve: (credential) => credential.revokedAt !== null }),
    scopes: t.exposeStringList('scopes', {
      description:
        'The scopes of a key, client or operator token; empty for a personal access token and a console session (the user’s roles decide) and a storage token.',
    }),
    user: t.field({
      type: User,
      nullable: true,
      description: 'The user of a user-bound credential (a personal access token, a console session); null for every other kind.',
      resolve: (credential, _args, context) => (credential.userId ? context.prisma.user.findUnique({ where: { id: credential.userId } }) : null),
    }),
    storageToken: t.field({
      type: StorageToken,
      nullable: true,
      description: 'The storage token itself, with its flags and project; null for every other kind.',
      resolve: (credential) => credential.storageToken,
    }),
  }),
});

export const Viewer = builder.objectRef<Principal>('Viewer').implement({
  description: 'Who the request acts as.',
  fields: (t) => ({
    kind: t.field({ type: PrincipalKind, resolve: (principal) => principal.kind }),
    credentialId: t.id({ description: 'The id of the token, key or client used.', resolve: (principal) => principal.credentialId }),
    credential: t.field({
      type: ViewerCredential,
      nullable: true,
      description: 'The credential used, as Keboola’s `GET /manage/tokens/verify` shows a token.',
      resolve: (principal, _args, context) => viewerCredential(context, principal),
    }),
    user: t.field({
      type: User,
      nullable: true,
      resolve: (principal, _args, context) => viewerUser(context, principal),
    }),
    organization: t.field({
      type: Organization,
      nullable: true,
      description: 'The organization a key, client or storage token belongs to; null for users and the operator, who may reach several.',
      resolve: (principal, _args, context) => viewerOrganization(context, principal),
    }),
    scopes: t.stringList({
      description:
        'The scopes of a key, client or operator token. A user acts through roles instead, and a storage token reads only its project, so this is empty for both.',
      resolve: (principal) => (isUser(principal) || principal.kind === 'STORAGE_TOKEN' ? [] : principal.scopes),
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
