import { z } from 'zod';
import { eraseReveals, insertManagementKey } from '../../access/issue.js';
import { KNOWN_SCOPES, scopesGrant, type Permission } from '../../access/permissions.js';
import { REVEAL_WINDOW_MS } from '../../access/reveal.js';
import { gracePeriodEnd, gracePeriodInput } from '../../access/rotation.js';
import { issueToken } from '../../access/tokens.js';
import type { Context } from '../../context.js';
import { isIdOf } from '../../db/ids.js';
import { forbidden, parseInput, userError, UserErrors, type UserError } from '../../errors.js';
import { audited } from '../audit/service.js';
import { lockOrganization, organizationToCreateIn } from '../organization/service.js';
import { existingProject } from '../project/service.js';

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

/** Refuses unknown scopes, scopes the caller does not hold itself, and projects outside the organization. */
async function checkGrant(context: Context, organizationId: string, scopes: string[] | undefined | null, projectIds: string[] | undefined | null) {
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
    if (beyond.length > 0) throw forbidden(`a key cannot grant scopes it does not hold: ${beyond.join(', ')}`, beyond.join(' '));
  }
  if (projectIds && projectIds.length > 0) {
    const found = await context.prisma.project.count({
      where: { id: { in: projectIds.filter((id) => isIdOf('Project', id)) }, organizationId, ...existingProject() },
    });
    if (found !== projectIds.length) {
      errors.push({ code: 'NOT_FOUND', field: ['input', 'projectIds'], message: 'every project must belong to the key’s organization' });
    }
  }
  if (errors.length > 0) throw new UserErrors(errors);
}

/** The key with this id, if the caller may change it; NOT_FOUND otherwise. */
async function changeableKey(context: Context, id: string) {
  const key = isIdOf('ManagementKey', id) ? await context.prisma.managementKey.findUnique({ where: { id } }) : null;
  return context.access.authorizeOrNotFound('key:write', key, 'management key');
}

const newKey = z.object({
  organizationId: z.string(),
  ...keyFields,
  projectIds: keyFields.projectIds.nullish().transform((ids) => ids ?? []),
  expiresAt: keyFields.expiresAt.nullish(),
});

/** Creates a key within the organization's limit of active keys; its token is returned once. */
export async function createManagementKey(context: Context, input: z.input<typeof newKey>) {
  const data = parseInput(newKey, input);
  const target = await organizationToCreateIn(context, data.organizationId);
  data.organizationId = target.organizationId;
  await context.access.require('key:write', target);
  await checkGrant(context, data.organizationId, data.scopes, data.projectIds);
  return audited(context, async (tx, audit) => {
    await lockOrganization(tx, data.organizationId);
    const organization = await tx.organization.findUniqueOrThrow({ where: { id: data.organizationId } });
    const limit = organization.managementKeyLimit ?? context.managementKeyLimit;
    const now = new Date();
    const active = await tx.managementKey.count({
      where: { organizationId: data.organizationId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    });
    if (active >= limit) {
      throw userError('KEY_LIMIT_REACHED', [], `the organization already has ${active} active management keys (limit ${limit}); revoke one first`);
    }
    const created = await insertManagementKey(tx, data, context.sealer);
    const { organizationId, ...changes } = data;
    await audit({ organizationId, action: 'management_key.create', target: { type: 'ManagementKey', id: created.key.id }, changes });
    return created;
  });
}

const keyChanges = z.object({
  id: z.string(),
  name: keyFields.name.nullish(),
  scopes: keyFields.scopes.nullish(),
  projectIds: keyFields.projectIds.nullish(),
  expiresAt: keyFields.expiresAt.nullish(),
});

/** Changes the fields given; a null expiresAt removes the expiry. */
export async function updateManagementKey(context: Context, input: z.input<typeof keyChanges>) {
  const data = parseInput(keyChanges, input);
  const key = await changeableKey(context, data.id);
  await checkGrant(context, key.organizationId, data.scopes, data.projectIds);
  const changes = {
    name: data.name ?? undefined,
    scopes: data.scopes ?? undefined,
    expiresAt: 'expiresAt' in input ? (data.expiresAt ?? null) : undefined,
    projectIds: data.projectIds ?? undefined,
  };
  const updated = await context.credentials.change(key.id, () =>
    audited(context, async (tx, audit) => {
      await audit({ organizationId: key.organizationId, action: 'management_key.update', target: { type: 'ManagementKey', id: key.id }, changes });
      const { projectIds, ...fields } = changes;
      return tx.managementKey.update({
        where: { id: key.id },
        data: { ...fields, projects: projectIds ? { set: projectIds.map((id) => ({ id })) } : undefined },
      });
    }),
  );
  return { key: updated };
}

/** A new token for the same key; the old one keeps working for the grace period. The token is returned once. */
export async function rotateManagementKey(context: Context, input: { id: string; gracePeriodSeconds?: number | null }) {
  const data = parseInput(z.object({ id: z.string(), gracePeriodSeconds: gracePeriodInput }), input);
  const key = await changeableKey(context, data.id);
  if (key.revokedAt) throw userError('INVALID', ['id'], 'a revoked key cannot be rotated');
  const token = issueToken('managementKey');
  const previousTokenExpiresAt = gracePeriodEnd(data.gracePeriodSeconds);
  const rotated = await context.credentials.change(key.id, () =>
    audited(context, async (tx, audit) => {
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
  return { key: rotated, token: token.token };
}

/** A new key's token again, within the reveal window; a token that cannot be shown any more is erased. */
export async function revealManagementKey(context: Context, id: string) {
  const key = await changeableKey(context, id);
  const token = key.revealCiphertext && key.revealUntil && key.revealUntil > new Date() ? context.sealer?.open(key.revealCiphertext) : null;
  if (!token) {
    if (key.revealCiphertext) await eraseReveals(context.prisma, key.id);
    throw userError('REVEAL_EXPIRED', ['id'], `a token can be revealed only within ${REVEAL_WINDOW_MS / 60_000} minutes of the key's creation`);
  }
  await audited(context, (tx, audit) =>
    audit({ organizationId: key.organizationId, action: 'management_key.reveal', target: { type: 'ManagementKey', id: key.id } }),
  );
  return { key, token };
}

/** Revokes a key at once, its grace period and reveal window included; revoking again changes nothing. */
export async function revokeManagementKey(context: Context, id: string) {
  const key = await changeableKey(context, id);
  if (key.revokedAt) return { key };
  const revoked = await context.credentials.change(key.id, () =>
    audited(context, async (tx, audit) => {
      await audit({ organizationId: key.organizationId, action: 'management_key.revoke', target: { type: 'ManagementKey', id: key.id } });
      return tx.managementKey.update({
        where: { id: key.id },
        data: { revokedAt: new Date(), previousTokenDigest: null, previousTokenExpiresAt: null, revealCiphertext: null, revealUntil: null },
      });
    }),
  );
  return { key: revoked };
}
