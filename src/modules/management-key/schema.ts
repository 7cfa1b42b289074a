import { KNOWN_SCOPES } from '../../access/permissions.js';
import { REVEAL_WINDOW_MS } from '../../access/reveal.js';
import { MAX_GRACE_PERIOD_SECONDS } from '../../access/rotation.js';
import type { ManagementKey as KeyRow } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { Organization } from '../organization/schema.js';
import {
  createManagementKey,
  revealManagementKey,
  revokeManagementKey,
  rotateManagementKey,
  updateManagementKey,
} from './service.js';

export const ManagementKey = builder.prismaNode('ManagementKey', {
  id: { field: 'id' },
  description: 'A credential that acts for one organization within its scopes. Its token is shown once.',
  authScopes: (key) => ({ permission: { permission: 'key:read', organizationId: key.organizationId } }),
  fields: (t) => ({
    name: t.exposeString('name'),
    scopes: t.exposeStringList('scopes', { description: '"resource:read", "resource:write" (implies read) or "*".' }),
    projects: t.relation('projects', { description: 'The projects the key is limited to; empty means every project.' }),
    lastFour: t.exposeString('lastFour', { description: 'The last four characters of the token, to tell keys apart.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    revealableUntil: t.field({
      type: 'DateTime',
      nullable: true,
      description: `Until when \`revealManagementKey\` shows the token again (${REVEAL_WINDOW_MS / 60_000} minutes after creation); null once it cannot.`,
      resolve: (key) => (key.revealCiphertext && key.revealUntil && key.revealUntil > new Date() ? key.revealUntil : null),
    }),
  }),
});

builder.prismaObjectField(Organization, 'managementKeys', (t) =>
  t.relatedConnection('managementKeys', {
    cursor: 'id',
    nullable: true,
    authScopes: (organization) => ({ permission: { permission: 'key:read', organizationId: organization.id } }),
    query: () => ({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  }),
);

builder.prismaObjectField(Organization, 'managementKeyScopes', (t) =>
  t.stringList({
    description: 'The scopes a management key may be granted: `*` (everything), "resource:read" and "resource:write".',
    resolve: () => KNOWN_SCOPES,
  }),
);

const keyResult = <Result extends { key: KeyRow }>(t: PayloadFieldBuilder<Result>) => ({
  key: t.field({ type: ManagementKey, nullable: true, resolve: (payload) => payload.key }),
});

const keyWithToken = (t: PayloadFieldBuilder<{ key: KeyRow; token: string }>) => ({
  ...keyResult(t),
  token: t.string({
    nullable: true,
    description: 'The key’s token, for `Authorization: Bearer`. Shown only here: Steward keeps just a digest.',
    resolve: (payload) => payload.token,
  }),
});

defineMutation('createManagementKey', {
  description: 'Creates a management key; its token is returned once.',
  rateLimit: { max: 10, windowSeconds: 3600 },
  input: (t) => ({
    organizationId: t.id(),
    name: t.string(),
    scopes: t.stringList(),
    projectIds: t.idList({ required: false, description: 'Limit the key to these projects; leave out for every project.' }),
    expiresAt: t.field({ type: 'DateTime', required: false }),
  }),
  payload: keyWithToken,
  resolve: (input, context) => createManagementKey(context, input),
});

defineMutation('updateManagementKey', {
  input: (t) => ({
    id: t.id(),
    name: t.string({ required: false }),
    scopes: t.stringList({ required: false }),
    projectIds: t.idList({ required: false }),
    expiresAt: t.field({ type: 'DateTime', required: false }),
  }),
  payload: keyResult,
  resolve: (input, context) => updateManagementKey(context, input),
});

defineMutation('rotateManagementKey', {
  description:
    'Issues a new token for the key (same id, name and scopes); the old token keeps working for the grace period (none by default).',
  rateLimit: { max: 10, windowSeconds: 3600 },
  input: (t) => ({
    id: t.id(),
    gracePeriodSeconds: t.int({ required: false, description: `How long the old token keeps working: 0 (default) to ${MAX_GRACE_PERIOD_SECONDS}.` }),
  }),
  payload: keyWithToken,
  resolve: (input, context) => rotateManagementKey(context, input),
});

defineMutation('revealManagementKey', {
  description: `Shows a new key's token again, within ${REVEAL_WINDOW_MS / 60_000} minutes of its creation; afterwards only its digest exists.`,
  rateLimit: { max: 10, windowSeconds: 3600 },
  input: (t) => ({ id: t.id() }),
  payload: keyWithToken,
  resolve: (input, context) => revealManagementKey(context, input.id),
});

defineMutation('revokeManagementKey', {
  input: (t) => ({ id: t.id() }),
  payload: keyResult,
  resolve: (input, context) => revokeManagementKey(context, input.id),
});
