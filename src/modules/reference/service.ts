import { z } from 'zod';
import type { Context } from '../../context.js';
import { isIdOf, newId } from '../../db/ids.js';
import { parseInput } from '../../errors.js';
import { audited } from '../audit/service.js';
import { authorizedProject, existingProject } from '../project/service.js';

const title = z.string().trim().min(1, 'title must not be empty').max(200, 'title must be at most 200 characters');
const description = z.string().max(2000, 'description must be at most 2000 characters');

/** The reference with this id and its place, if the caller may change it; NOT_FOUND otherwise. */
async function changeableReference(context: Context, id: string) {
  const target = isIdOf('Reference', id)
    ? await context.prisma.reference.findFirst({ where: { id, project: existingProject() }, select: { organizationId: true, projectId: true } })
    : null;
  return context.access.authorizeOrNotFound('reference:write', target, 'reference');
}

const newReference = z.object({ projectId: z.string(), title, description: description.nullish(), date: z.date() });

export async function createReference(context: Context, input: z.input<typeof newReference>) {
  const data = parseInput(newReference, input);
  const target = await authorizedProject(context, data.projectId, 'reference:read', 'projectId');
  await context.access.require('reference:write', target);
  const reference = await audited(context, async (tx, audit) => {
    const located = { ...data, projectId: target.projectId };
    const created = await tx.reference.create({ data: { ...located, id: newId('Reference'), organizationId: target.organizationId } });
    await audit({ ...target, action: 'reference.create', target: { type: 'Reference', id: created.id }, changes: located });
    return created;
  });
  return { reference };
}

const referenceChanges = z.object({ id: z.string(), title: title.nullish(), description: description.nullish(), date: z.date().nullish() });

/** Changes the fields given; a null description clears it. */
export async function updateReference(context: Context, input: z.input<typeof referenceChanges>) {
  const data = parseInput(referenceChanges, input);
  const { organizationId, projectId } = await changeableReference(context, data.id);
  const changes = {
    title: data.title ?? undefined,
    date: data.date ?? undefined,
    description: 'description' in input ? (data.description ?? null) : undefined,
  };
  const reference = await audited(context, async (tx, audit) => {
    await audit({ organizationId, projectId, action: 'reference.update', target: { type: 'Reference', id: data.id }, changes });
    return tx.reference.update({ where: { id: data.id }, data: changes });
  });
  return { reference };
}

export async function deleteReference(context: Context, id: string) {
  const { organizationId, projectId } = await changeableReference(context, id);
  await audited(context, async (tx, audit) => {
    const removed = await tx.reference.delete({ where: { id } });
    await audit({ organizationId, projectId, action: 'reference.delete', target: { type: 'Reference', id }, changes: { title: removed.title } });
  });
  return { deletedReferenceId: id };
}
