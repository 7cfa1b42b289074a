import { z } from 'zod';
import { insertClient } from '../../access/issue.js';
import type { Target } from '../../access/permissions.js';
import { gracePeriodEnd, gracePeriodInput } from '../../access/rotation.js';
import { issueToken } from '../../access/tokens.js';
import type { Context } from '../../context.js';
import { isIdOf } from '../../db/ids.js';
import { parseInput, userError } from '../../errors.js';
import { audited } from '../audit/service.js';
import { organizationToCreateIn } from '../organization/service.js';
import { findProjectTarget } from '../project/service.js';

const clientName = z.string().trim().min(1, 'name must not be empty').max(100, 'name must be at most 100 characters');

/** The client with this id and its place, if the caller may change it; NOT_FOUND otherwise. */
async function changeableClient(context: Context, id: string) {
  const target = isIdOf('Client', id)
    ? await context.prisma.client.findUnique({ where: { id }, select: { organizationId: true, projectId: true } })
    : null;
  return context.access.authorizeOrNotFound('client:write', target, 'client');
}

const newClient = z.object({
  organizationId: z.string(),
  projectId: z.string().nullish(),
  name: clientName,
  type: z.enum(['READ', 'WRITE', 'ROOT']),
});

/** Creates a client of a project, or an organization-wide one; its secret is returned once. */
export async function createClient(context: Context, input: z.input<typeof newClient>) {
  const data = parseInput(newClient, input);
  if (data.type === 'ROOT' && data.projectId) throw userError('INVALID', ['projectId'], 'a ROOT client is organization-wide: leave out projectId');
  let target: Target = await organizationToCreateIn(context, data.organizationId);
  data.organizationId = target.organizationId;
  if (data.projectId) {
    const project = await findProjectTarget(context, data.projectId);
    if (project?.organizationId !== data.organizationId || !(await context.access.authorize('project:read', project))) {
      throw userError('NOT_FOUND', ['projectId'], 'project not found in this organization');
    }
    target = project;
  }
  await context.access.require('client:write', target);
  const { client, secret } = await audited(context, async (tx, audit) => {
    const projectId = target.projectId ?? null;
    const created = await insertClient(tx, { ...data, projectId });
    const changes = { name: data.name, type: data.type, projectId };
    await audit({ organizationId: data.organizationId, projectId, action: 'client.create', target: { type: 'Client', id: created.client.id }, changes });
    return created;
  });
  return { client, clientSecret: secret };
}

export async function updateClient(context: Context, input: { id: string; name?: string | null }) {
  const data = parseInput(z.object({ id: z.string(), name: clientName.nullish() }), input);
  const { organizationId, projectId } = await changeableClient(context, data.id);
  const changes = { name: data.name ?? undefined };
  const client = await audited(context, async (tx, audit) => {
    await audit({ organizationId, projectId, action: 'client.update', target: { type: 'Client', id: data.id }, changes });
    return tx.client.update({ where: { id: data.id }, data: changes });
  });
  return { client };
}

/** Replaces the secret; the old one keeps working for the grace period. The new secret is returned once. */
export async function rotateClientSecret(context: Context, input: { id: string; gracePeriodSeconds?: number | null }) {
  const data = parseInput(z.object({ id: z.string(), gracePeriodSeconds: gracePeriodInput }), input);
  const { organizationId, projectId } = await changeableClient(context, data.id);
  const secret = issueToken('clientSecret');
  const client = await context.credentials.change(data.id, () =>
    audited(context, async (tx, audit) => {
      const current = await tx.client.findUniqueOrThrow({ where: { id: data.id } });
      const previousSecretExpiresAt = gracePeriodEnd(data.gracePeriodSeconds);
      const changes = { gracePeriodSeconds: data.gracePeriodSeconds };
      await audit({ organizationId, projectId, action: 'client.rotate_secret', target: { type: 'Client', id: data.id }, changes });
      return tx.client.update({
        where: { id: data.id },
        data: { secretDigest: secret.digest, previousSecretDigest: previousSecretExpiresAt && current.secretDigest, previousSecretExpiresAt },
      });
    }),
  );
  return { client, clientSecret: secret.token };
}

export async function deleteClient(context: Context, id: string) {
  const { organizationId, projectId } = await changeableClient(context, id);
  await context.credentials.change(id, () =>
    audited(context, async (tx, audit) => {
      const removed = await tx.client.delete({ where: { id } });
      await audit({ organizationId, projectId, action: 'client.delete', target: { type: 'Client', id }, changes: { name: removed.name } });
    }),
  );
  return { deletedClientId: id };
}
