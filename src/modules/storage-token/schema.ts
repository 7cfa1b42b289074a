import type { StorageToken as StorageTokenRow } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { AuditActor } from '../audit/schema.js';
import { Project } from '../project/schema.js';
import { createStorageToken, MAX_STORAGE_TOKEN_SECONDS, revokeStorageToken, storageTokensQuery } from './service.js';

export const StorageToken = builder.prismaNode('StorageToken', {
  id: { field: 'id' },
  description:
    'A project’s storage token (Keboola’s Storage API token), sent in `X-StorageApi-Token`. Its secret is shown once; it is never a master token.',
  // Readers of the project's tokens, and the token itself (viewer.credential).
  authScopes: (token, context) =>
    context.access.principal.kind === 'STORAGE_TOKEN' && context.access.principal.credentialId === token.id
      ? true
      : { permission: { permission: 'storage-token:read', organizationId: token.organizationId, projectId: token.projectId } },
  fields: (t) => ({
    databaseId: t.exposeInt('number', { description: 'A stable integer for clients that decode ids as integers (the Keboola dialect); `id` everywhere else.' }),
    description: t.exposeString('description'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    createdBy: t.field({
      type: AuditActor,
      description: 'Who minted the token: a user (its id), or the key, client or operator token used.',
      resolve: (token) => ({ kind: token.createdByKind, id: token.createdById }),
    }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    isExpired: t.boolean({ resolve: (token) => token.expiresAt !== null && token.expiresAt <= new Date() }),
    isDisabled: t.boolean({ description: 'Revoked (revokeStorageToken).', resolve: (token) => token.revokedAt !== null }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    isMasterToken: t.boolean({ description: 'Always false: tokens minted through the management API are never master tokens.', resolve: () => false }),
    canManageBuckets: t.exposeBoolean('canManageBuckets'),
    canReadAllFileUploads: t.exposeBoolean('canReadAllFileUploads'),
    canPurgeTrash: t.exposeBoolean('canPurgeTrash'),
    canManageTokens: t.exposeBoolean('canManageTokens'),
    canReadAllProjectEvents: t.exposeBoolean('canReadAllProjectEvents'),
    bucketPermissions: t.expose('bucketPermissions', { type: 'JSON', description: 'Bucket id → `read`, `write` or `manage`.' }),
    componentAccess: t.exposeStringList('componentAccess', { description: 'Component ids the token may use; empty: none.' }),
    lastFour: t.exposeString('lastFour', { description: 'The last four characters of the token, to tell tokens apart.' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    project: t.relation('project'),
  }),
});

builder.prismaObjectField(Project, 'storageTokens', (t) =>
  t.relatedConnection('storageTokens', {
    cursor: 'id',
    nullable: true,
    args: { includeRevoked: t.arg.boolean({ required: false, description: 'Also list revoked tokens.' }) },
    authScopes: (project) => ({ permission: { permission: 'storage-token:read', organizationId: project.organizationId, projectId: project.id } }),
    query: ({ includeRevoked }) => storageTokensQuery(includeRevoked),
  }),
);

const tokenResult = <Result extends { storageToken: StorageTokenRow }>(t: PayloadFieldBuilder<Result>) => ({
  storageToken: t.field({ type: StorageToken, nullable: true, resolve: (payload) => payload.storageToken }),
});

defineMutation('createStorageToken', {
  description: 'Mints a storage token for a project (never a master token); the token is returned once.',
  rateLimit: { max: 30, windowSeconds: 3600 },
  input: (t) => ({
    projectId: t.id({ description: 'The project’s id, slug or number.' }),
    description: t.string(),
    canManageBuckets: t.boolean({ required: false, description: 'Every bucket of the project; excludes bucketPermissions.' }),
    canReadAllFileUploads: t.boolean({ required: false }),
    canPurgeTrash: t.boolean({ required: false }),
    canManageTokens: t.boolean({
      required: false,
      description: 'Refused when true: only master tokens manage tokens (Keboola’s Storage API fails later on such a token).',
    }),
    canReadAllProjectEvents: t.boolean({ required: false }),
    expiresInSeconds: t.int({ required: false, description: `1 to ${MAX_STORAGE_TOKEN_SECONDS} (ten years); leave out for a token that never expires.` }),
    bucketPermissions: t.field({
      type: 'JSON',
      required: false,
      description: 'An object of bucket id (`in.c-main`) → `read`, `write` or `manage`.',
    }),
    componentAccess: t.stringList({ required: false, description: 'Component ids (`keboola.ex-db-snowflake`) the token may use.' }),
  }),
  payload: (t: PayloadFieldBuilder<{ storageToken: StorageTokenRow; token: string }>) => ({
    ...tokenResult(t),
    token: t.string({
      nullable: true,
      description: 'The token, for `X-StorageApi-Token`. Shown only here: Steward keeps just a digest.',
      resolve: (payload) => payload.token,
    }),
  }),
  resolve: (input, context) => createStorageToken(context, input),
});

defineMutation('revokeStorageToken', {
  description: 'Revokes a storage token at once; revoking again changes nothing.',
  input: (t) => ({ id: t.id({ description: 'The token’s id or number.' }) }),
  payload: tokenResult,
  resolve: (input, context) => revokeStorageToken(context, input.id),
});
