import { z } from 'zod';
import { scopesGrant, type OperatorPermission, type Permission } from '../../access/permissions.js';
import type { Context } from '../../context.js';
import { idOrNumber } from '../../db/ids.js';
import { forbidden, notFound, parseInput, userError } from '../../errors.js';
import type { Prisma, Project } from '../../generated/prisma/client.js';
import { audited } from '../audit/service.js';
import { lockProject, schedulePurge, scheduleProjectExpiry } from './jobs.js';
import { projectKey } from './service.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deleted projects are the platform operator's (Keboola's super admin): FORBIDDEN to anyone else. */
function requireOperator(context: Context, permission: Permission | OperatorPermission): void {
  const { principal } = context.access;
  if (principal.kind !== 'OPERATOR' || !scopesGrant(principal.scopes, permission)) {
    throw forbidden(`only the platform operator with ${permission} may do this`, `an operator token with ${permission}`);
  }
}

/** Deleted projects, purged ones included (they say so). */
const DELETED: Prisma.ProjectWhereInput = { deleteAt: { not: null } };

export interface DeletedProjectsFilter {
  organizationId?: string | null;
  name?: string | null;
}

/** The deleted projects, newest deletion first, of one organization or all, with a name containing `name`. */
export async function deletedProjectsWhere(context: Context, filter: DeletedProjectsFilter): Promise<Prisma.ProjectWhereInput> {
  requireOperator(context, 'project:read');
  const where: Prisma.ProjectWhereInput[] = [DELETED];
  if (filter.organizationId != null) {
    const key = idOrNumber('Organization', filter.organizationId);
    const organization = key && (await context.prisma.organization.findUnique({ where: key, select: { id: true } }));
    if (!organization) throw notFound('organization');
    where.push({ organizationId: organization.id });
  }
  if (filter.name) where.push({ name: { contains: filter.name, mode: 'insensitive' } });
  return { AND: where };
}

export const DELETED_ORDER: Prisma.ProjectOrderByWithRelationInput[] = [{ deletedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }];

/** One deleted (or purged) project, for the operator with project:read; NOT_FOUND for any other project. */
export async function readDeletedProject<Query extends object>(context: Context, id: string, query: Query) {
  requireOperator(context, 'project:read');
  const key = projectKey(id);
  const project = key && (await context.prisma.project.findFirst({ ...query, where: { AND: [key, DELETED] } }));
  if (!project) throw notFound('project');
  return project;
}

/** The project an operator's mutation names, in any state; a NOT_FOUND userError when there is none. */
async function anyProject(context: Context, id: string): Promise<Project> {
  const key = projectKey(id);
  const project = key && (await context.prisma.project.findFirst({ where: key }));
  if (!project) throw userError('NOT_FOUND', ['id'], 'project not found');
  return project;
}

function refuseUnlessDeleted(project: Project): void {
  if (project.purgedAt) throw userError('PURGED', ['id'], 'the project was purged; nothing is left to restore');
  if (!project.deleteAt) throw userError('NOT_DELETED', ['id'], 'the project is not deleted');
}

const undeleteInput = z.object({
  id: z.string(),
  expirationDays: z.number().int().min(0, 'expirationDays must be at least 0').max(3650, 'expirationDays must be at most 3650').nullish(),
});

/**
 * Brings a deleted project back, until it is purged. Its expiry is cleared, or set `expirationDays`
 * from now (and then scheduled) when given.
 */
export async function undeleteProject(context: Context, input: z.input<typeof undeleteInput>) {
  requireOperator(context, 'platform:write');
  const { id, expirationDays } = parseInput(undeleteInput, input);
  const { id: projectId } = await anyProject(context, id);
  return audited(context, async (tx, audit) => {
    const project = await lockProject(tx, projectId);
    refuseUnlessDeleted(project!);
    const expiresAt = expirationDays == null ? null : new Date(Date.now() + expirationDays * DAY_MS);
    const changes = { deleteAt: null, deletedAt: null, expiresAt };
    const restored = await tx.project.update({ where: { id: projectId }, data: changes });
    await scheduleProjectExpiry(tx, restored);
    await audit({ organizationId: restored.organizationId, action: 'project.undelete', target: { type: 'Project', id: projectId }, changes });
    return { project: restored };
  });
}

/** Enqueues the purge of a deleted project now; poll the job, or deletedProject(id) until purgedAt is set. */
export async function purgeProject(context: Context, input: { id: string }) {
  requireOperator(context, 'platform:write');
  const { id } = parseInput(z.object({ id: z.string() }), input);
  const { id: projectId } = await anyProject(context, id);
  return audited(context, async (tx, audit) => {
    const project = (await lockProject(tx, projectId))!;
    refuseUnlessDeleted(project);
    const job = await schedulePurge(tx, project, new Date(), true);
    await audit({ organizationId: project.organizationId, action: 'project.purge', target: { type: 'Project', id: projectId }, changes: { jobId: job.id } });
    return { project, job };
  });
}
