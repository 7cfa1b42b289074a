import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { KNOWN_SCOPES, scopesGrant, type Permission } from '../auth/access.js';
import { REVEAL_WINDOW_MS } from '../auth/reveal.js';
import { issueToken } from '../auth/tokens.js';
import type { Context } from '../context.js';
import { auditedTransaction } from '../domain/audit.js';
import { createManagementKey, gracePeriodEnd, gracePeriodInput, MAX_GRACE_PERIOD_SECONDS } from '../domain/credentials.js';
import { isIdOf } from '../domain/ids.js';
import { lockOrganization } from '../domain/organizations.js';
import { existingProject } from '../domain/projects.js';
import type { ManagementKey as KeyRow } from '../generated/prisma/client.js';
import { fieldRateLimit } from '../guards/field-limits.js';
import { builder } from './builder.js';
import { authorize, authorizeIn, payloadType, userError, validate, type UserError } from './errors.js';
import { findOrganizationTarget, Organization } from './organization.js';

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

const keyFields = {
  name: z.string().trim().min(1, 'name must not be empty').max(100, 'name must be at most 100 characters'),
  scopes: z
    .array(z.string())
    .min(1, 'a key needs at least one scope')
    .max(KNOWN_SCOPES.length)
    .transform((scopes) => [...new Set(scopes)]),
  projectIds: z.array(z.string()).max(100, 'at most 100 projects').transform((ids) => [...new Set(ids)]),
  expiresAt: z.date().refine((date) => date > new Date(), 'expiresAt must be in the future'),
};

/** Unknown scopes, scopes the caller does not hold itself, and projects outside the organization. */
async function checkGrant(
  context: Context,
  organizationId: string,
  scopes: string[] | undefined | null,
  projectIds: string[] | undefined | null,
): Promise<UserError[]> {
  const errors: UserError[] = [];
  const unknown = (scopes ?? []).filter((scope) => !KNOWN_SCOPES.includes(scope));
  if (unknown.length > 0) {
    errors.push({ code: 'INVALID_SCOPE', field: ['input', 'scopes'], message: `unknown scopes: ${unknown.join(', ')}; known: ${KNOWN_SCOPES.join(', ')}` });
  }
  const { principal } = context.access;
  if (principal.kind === 'MANAGEMENT_KEY' && unknown.length === 0) {
    const beyond = (scopes ?? []).filter((scope) =>
      scope === '*' ? !principal.scopes.includes('*') : !scopesGrant(principal.scopes, scope as Permission),
    );
    if (beyond.length > 0) {
      throw new GraphQLError(`a key cannot grant scopes it does not hold: ${beyond.join(', ')}`, {
        extensions: { code: 'FORBIDDEN', requires: beyond.join(' ') },
      });
    }
  }
  if (projectIds && projectIds.length > 0) {
    const found = await context.prisma.project.count({
      where: { id: { in: projectIds.filter((id) => isIdOf('Project', id)) }, organizationId, ...existingProject() },
    });
    if (found !== projectIds.length) {
      errors.push({ code: 'NOT_FOUND', field: ['input', 'projectIds'], message: 'every project must belong to the key’s organization' });
    }
  }
  return errors;
}

async function findKey(context: Context, id: string) {
  return isIdOf('ManagementKey', id) ? context.prisma.managementKey.findUnique({ where: { id } }) : null;
}

const keyPayload = (name: string) =>
  payloadType<{ key: KeyRow }>(name, (t) => ({
    key: t.field({ type: ManagementKey, nullable: true, resolve: (payload) => payload.key }),
  }));

const keyWithTokenPayload = (name: string) =>
  payloadType<{ key: KeyRow; token: string }>(name, (t) => ({
    key: t.field({ type: ManagementKey, nullable: true, resolve: (payload) => payload.key }),
    token: t.string({
      nullable: true,
      description: 'The key’s token, for `Authorization: Bearer`. Shown only here: Steward keeps just a digest.',
      resolve: (payload) => payload.token,
    }),
  }));

const CreateManagementKeyInput = builder.inputType('CreateManagementKeyInput', {
  fields: (t) => ({
    organizationId: t.id(),
    name: t.string(),
    scopes: t.stringList(),
    projectIds: t.idList({ required: false, description: 'Limit the key to these projects; leave out for every project.' }),
    expiresAt: t.field({ type: 'DateTime', required: false }),
  }),
});

const UpdateManagementKeyInput = builder.inputType('UpdateManagementKeyInput', {
  fields: (t) => ({
    id: t.id(),
    name: t.string({ required: false }),
    scopes: t.stringList({ required: false }),
    projectIds: t.idList({ required: false }),
    expiresAt: t.field({ type: 'DateTime', required: false }),
  }),
});

const KeyIdInput = (name: string) => builder.inputType(name, { fields: (t) => ({ id: t.id() }) });

const RotateManagementKeyInput = builder.inputType('RotateManagementKeyInput', {
  fields: (t) => ({
    id: t.id(),
    gracePeriodSeconds: t.int({ required: false, description: `How long the old token keeps working: 0 (default) to ${MAX_GRACE_PERIOD_SECONDS}.` }),
  }),
});

/** Loads an active key the caller may change; null when it does not exist for the caller. */
async function changeableKey(context: Context, id: string) {
  const key = await findKey(context, id);
  return key && (await authorize(context, 'key:write', { organizationId: key.organizationId })) ? key : null;
}

builder.mutationFields((t) => ({
  createManagementKey: t.field({
    nullable: true,
    extensions: fieldRateLimit(10, 3600),
    type: keyWithTokenPayload('CreateManagementKeyPayload'),
    description: 'Creates a management key; its token is returned once.',
    args: { input: t.arg({ type: CreateManagementKeyInput }) },
    resolve: async (_root, { input }, context) => {
      const schema = z.object({
        organizationId: z.string(),
        ...keyFields,
        projectIds: keyFields.projectIds.nullish().transform((ids) => ids ?? []),
        expiresAt: keyFields.expiresAt.nullish(),
      });
      const { data, userErrors } = validate(schema, input);
      if (userErrors) return { userErrors };
      const target = await findOrganizationTarget(context, data.organizationId);
      if (!(await authorize(context, 'organization:read', target))) {
        return userError('NOT_FOUND', ['organizationId'], 'organization not found');
      }
      await authorizeIn(context, 'key:write', target!);
      const grantErrors = await checkGrant(context, data.organizationId, data.scopes, data.projectIds);
      if (grantErrors.length > 0) return { userErrors: grantErrors };
      return auditedTransaction(context.prisma, context.access.principal, async (tx, audit) => {
        await lockOrganization(tx, data.organizationId);
        const organization = await tx.organization.findUniqueOrThrow({ where: { id: data.organizationId } });
        const limit = organization.managementKeyLimit ?? context.managementKeyLimit;
        const now = new Date();
        const active = await tx.managementKey.count({
          where: { organizationId: data.organizationId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
        });
        if (active >= limit) {
          return userError('KEY_LIMIT_REACHED', [], `the organization already has ${active} active management keys (limit ${limit}); revoke one first`);
        }
        const created = await createManagementKey(tx, data, context.sealer);
        const { organizationId, ...changes } = data;
        await audit({ organizationId, action: 'management_key.create', target: { type: 'ManagementKey', id: created.key.id }, changes });
        return { ...created, userErrors: [] };
      });
    },
  }),
  updateManagementKey: t.field({
    nullable: true,
    type: keyPayload('UpdateManagementKeyPayload'),
    args: { input: t.arg({ type: UpdateManagementKeyInput }) },
    resolve: async (_root, { input }, context) => {
      const schema = z.object({
        id: z.string(),
        name: keyFields.name.nullish(),
        scopes: keyFields.scopes.nullish(),
        projectIds: keyFields.projectIds.nullish(),
        expiresAt: keyFields.expiresAt.nullish(),
      });
      const { data, userErrors } = validate(schema, input);
      if (userErrors) return { userErrors };
      const key = await changeableKey(context, data.id);
      if (!key) return userError('NOT_FOUND', ['id'], 'management key not found');
      const grantErrors = await checkGrant(context, key.organizationId, data.scopes, data.projectIds);
      if (grantErrors.length > 0) return { userErrors: grantErrors };
      const changes = {
        name: data.name ?? undefined,
        scopes: data.scopes ?? undefined,
        expiresAt: 'expiresAt' in input ? (data.expiresAt ?? null) : undefined,
        projectIds: data.projectIds ?? undefined,
      };
      const updated = await context.credentials.change(key.id, () =>
        auditedTransaction(context.prisma, context.access.principal, async (tx, audit) => {
          await audit({ organizationId: key.organizationId, action: 'management_key.update', target: { type: 'ManagementKey', id: key.id }, changes });
          const { projectIds, ...fields } = changes;
          return tx.managementKey.update({
            where: { id: key.id },
            data: { ...fields, projects: projectIds ? { set: projectIds.map((id) => ({ id })) } : undefined },
          });
        }),
      );
      return { key: updated, userErrors: [] };
    },
  }),
  rotateManagementKey: t.field({
    nullable: true,
    extensions: fieldRateLimit(10, 3600),
    type: keyWithTokenPayload('RotateManagementKeyPayload'),
    description:
      'Issues a new token for the key (same id, name and scopes); the old token keeps working for the grace period (none by default).',
    args: { input: t.arg({ type: RotateManagementKeyInput }) },
    resolve: async (_root, { input }, context) => {
      const { data, userErrors } = validate(z.object({ id: z.string(), gracePeriodSeconds: gracePeriodInput }), input);
      if (userErrors) return { userErrors };
      const key = await changeableKey(context, data.id);
      if (!key) return userError('NOT_FOUND', ['id'], 'management key not found');
      if (key.revokedAt) return userError('INVALID', ['id'], 'a revoked key cannot be rotated');
      const token = issueToken('managementKey');
      const previousTokenExpiresAt = gracePeriodEnd(data.gracePeriodSeconds);
      const rotated = await context.credentials.change(key.id, () =>
        auditedTransaction(context.prisma, context.access.principal, async (tx, audit) => {
          const changes = { gracePeriodSeconds: data.gracePeriodSeconds };
          await audit({ organizationId: key.organizationId, action: 'management_key.rotate', target: { type: 'ManagementKey', id: key.id }, changes });
          return tx.managementKey.update({
            where: { id: key.id },
            data: {
              tokenDigest: token.digest,
              lastFour: token.lastFour,
              previousTokenDigest: previousTokenExpiresAt && key.tokenDigest,
              previousTokenExpiresAt,
              revealCiphertext: null,
              revealUntil: null,
            },
          });
        }),
      );
      return { key: rotated, token: token.token, userErrors: [] };
    },
  }),
  revealManagementKey: t.field({
    nullable: true,
    extensions: fieldRateLimit(10, 3600),
    type: keyWithTokenPayload('RevealManagementKeyPayload'),
    description: `Shows a new key's token again, within ${REVEAL_WINDOW_MS / 60_000} minutes of its creation; afterwards only its digest exists.`,
    args: { input: t.arg({ type: KeyIdInput('RevealManagementKeyInput') }) },
    resolve: async (_root, { input }, context) => {
      const key = await changeableKey(context, String(input.id));
      if (!key) return userError('NOT_FOUND', ['id'], 'management key not found');
      const token = key.revealCiphertext && key.revealUntil && key.revealUntil > new Date() ? context.sealer?.open(key.revealCiphertext) : null;
      if (!token) {
        if (key.revealCiphertext) {
          await context.prisma.$executeRaw`UPDATE "ManagementKey" SET "revealCiphertext" = NULL, "revealUntil" = NULL WHERE id = ${key.id}`;
        }
        return userError('REVEAL_EXPIRED', ['id'], `a token can be revealed only within ${REVEAL_WINDOW_MS / 60_000} minutes of the key's creation`);
      }
      await auditedTransaction(context.prisma, context.access.principal, (tx, audit) =>
        audit({ organizationId: key.organizationId, action: 'management_key.reveal', target: { type: 'ManagementKey', id: key.id } }),
      );
      return { key, token, userErrors: [] };
    },
  }),
  revokeManagementKey: t.field({
    nullable: true,
    type: keyPayload('RevokeManagementKeyPayload'),
    args: { input: t.arg({ type: KeyIdInput('RevokeManagementKeyInput') }) },
    resolve: async (_root, { input }, context) => {
      const key = await changeableKey(context, String(input.id));
      if (!key) return userError('NOT_FOUND', ['id'], 'management key not found');
      if (key.revokedAt) return { key, userErrors: [] };
      const revoked = await context.credentials.change(key.id, () =>
        auditedTransaction(context.prisma, context.access.principal, async (tx, audit) => {
          await audit({ organizationId: key.organizationId, action: 'management_key.revoke', target: { type: 'ManagementKey', id: key.id } });
          return tx.managementKey.update({
            where: { id: key.id },
            data: { revokedAt: new Date(), previousTokenDigest: null, previousTokenExpiresAt: null, revealCiphertext: null, revealUntil: null },
          });
        }),
      );
      return { key: revoked, userErrors: [] };
    },
  }),
}));
