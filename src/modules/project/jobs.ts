import type { CredentialChanges } from '../../access/verifier.js';
import type { Prisma, PrismaClient, Project } from '../../generated/prisma/client.js';
import { enqueueJob } from '../../jobs/queue.js';
import { registerJobKind } from '../../jobs/registry.js';
import { recordAudit, type Actor } from '../audit/service.js';

/** A deleted project can be restored for this long; then it is purged. */
export const SOFT_DELETE_RETENTION_MS = 24 * 60 * 60 * 1000;
export const PURGE_JOB = 'project.purge';
export const EXPIRE_JOB = 'project.expire';
/** Project jobs are retried for a week before they are given up (FAILED). */
const RETRY_FOR_MS = 7 * 24 * 60 * 60 * 1000;

interface ProjectJobPayload {
  projectId: string;
  /** A purge the operator asked for now, before the retention window ends. */
  immediate?: boolean;
}

/** Serializes the changes of one project's lifecycle (delete, undelete, purge, transfer): each re-reads it after the lock. */
export async function lockProject(tx: Prisma.TransactionClient, projectId: string): Promise<Project | null> {
  await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${projectId} FOR UPDATE`;
  return tx.project.findUnique({ where: { id: projectId } });
}

/** Enqueues the purge of a deleted project, in the caller's transaction: at the end of its retention window, or now. */
export function schedulePurge(tx: Prisma.TransactionClient, project: Pick<Project, 'id' | 'organizationId'>, runAt: Date, immediate = false) {
  const payload: ProjectJobPayload = immediate ? { projectId: project.id, immediate } : { projectId: project.id };
  return enqueueJob(tx, { kind: PURGE_JOB, payload: { ...payload }, runAt, organizationId: project.organizationId });
}

/**
 * The changes that delete a project (in the caller's transaction, which also gets its purge job). A
 * project already deleted keeps its first deletion and purge time and gets no second job.
 */
export async function deletion(tx: Prisma.TransactionClient, project: Project, now = new Date()): Promise<Prisma.ProjectUpdateInput> {
  if (project.deleteAt) return { deleteAt: project.deleteAt, deletedAt: project.deletedAt ?? now };
  const deleteAt = new Date(now.getTime() + SOFT_DELETE_RETENTION_MS);
  await schedulePurge(tx, project, deleteAt);
  return { deleteAt, deletedAt: now };
}

/**
 * Call whenever a project gets an expiry (or a new one), in the same transaction: at `expiresAt` the
 * project is deleted as by the system, unless its expiry moved or was cleared meanwhile (the job
 * reads the project's current `expiresAt` when it runs). Nothing to do for a project without one.
 */
export async function scheduleProjectExpiry(tx: Prisma.TransactionClient, project: Pick<Project, 'id' | 'organizationId' | 'expiresAt'>): Promise<void> {
  if (!project.expiresAt) return;
  await enqueueJob(tx, { kind: EXPIRE_JOB, payload: { projectId: project.id }, runAt: project.expiresAt, organizationId: project.organizationId });
}

/** What a management key limited to nothing reaches is everything: a key that loses its only project is revoked instead. */
export async function unlinkManagementKeys(tx: Prisma.TransactionClient, projectId: string, actor: Actor, reason: string): Promise<string[]> {
  const keys = await tx.managementKey.findMany({
    where: { projects: { some: { id: projectId } } },
    select: { id: true, organizationId: true, revokedAt: true, _count: { select: { projects: true } } },
  });
  for (const key of keys) {
    const lastProject = key._count.projects === 1;
    await tx.managementKey.update({
      where: { id: key.id },
      data: {
        projects: { disconnect: { id: projectId } },
        ...(lastProject && !key.revokedAt
          ? { revokedAt: new Date(), previousTokenDigest: null, previousTokenExpiresAt: null, revealCiphertext: null, revealUntil: null }
          : {}),
      },
    });
    if (lastProject && !key.revokedAt) {
      await recordAudit(tx, actor, {
        organizationId: key.organizationId,
        action: 'management_key.revoke',
        target: { type: 'ManagementKey', id: key.id },
        changes: { reason, projectId },
      });
    }
  }
  return keys.map((key) => key.id);
}

/**
 * The credentials whose cached verifications a change to the project makes stale: the management
 * keys limited to it (their projects are part of what is cached), its clients and storage tokens.
 */
export async function credentialsOfProject(db: Prisma.TransactionClient, projectId: string): Promise<string[]> {
  const keys = await db.managementKey.findMany({ where: { projects: { some: { id: projectId } } }, select: { id: true } });
  const clients = await db.client.findMany({ where: { projectId }, select: { id: true } });
  const storageTokens = await db.storageToken.findMany({ where: { projectId }, select: { id: true } });
  return [...keys, ...clients, ...storageTokens].map(({ id }) => id);
}

const NO_CREDENTIALS = { credentialIds: [] };

/**
 * Removes everything a deleted project owned and marks it purged; the row stays, to say so. Run
 * twice, the second run finds it purged and does nothing. A project restored meanwhile is left alone.
 * The clients and storage tokens it deletes, and the keys it takes the project from, are forgotten
 * by every instance's verification cache at once.
 */
async function purge(prisma: PrismaClient, credentials: CredentialChanges, payload: ProjectJobPayload, jobId: string, now: Date): Promise<void> {
  const known = await credentialsOfProject(prisma, payload.projectId);
  await credentials.changeMany(known, () => prisma.$transaction((tx) => purgeInTransaction(tx, payload, jobId, now)));
}

async function purgeInTransaction(tx: Prisma.TransactionClient, payload: ProjectJobPayload, jobId: string, now: Date) {
  const project = await lockProject(tx, payload.projectId);
  if (!project || project.purgedAt || !project.deleteAt) return NO_CREDENTIALS;
  // Deleted again after a restore: the later deletion's own job purges it when its window ends.
  if (!payload.immediate && project.deleteAt > now) return NO_CREDENTIALS;
  const projectId = project.id;
  const credentialIds = await credentialsOfProject(tx, projectId);
  const actor: Actor = { kind: 'SYSTEM', id: jobId };
  await unlinkManagementKeys(tx, projectId, actor, 'its only project was purged');
  await tx.projectMember.deleteMany({ where: { projectId } });
  await tx.client.deleteMany({ where: { projectId } });
  await tx.reference.deleteMany({ where: { projectId } });
  await tx.invitation.deleteMany({ where: { projectId } });
  await tx.joinRequest.deleteMany({ where: { projectId } });
  await tx.projectFeature.deleteMany({ where: { projectId } });
  await tx.projectLimit.deleteMany({ where: { projectId } });
  await tx.metadata.deleteMany({ where: { projectId } });
  await tx.storageToken.deleteMany({ where: { projectId } });
  await tx.dashboard.deleteMany({ where: { projectId } });
  await tx.configuration.deleteMany({ where: { projectId } });
  await tx.metadataSchema.deleteMany({ where: { projectId } });
  await tx.customEventSchema.deleteMany({ where: { projectId } });
  await tx.stackingRules.deleteMany({ where: { projectId } });
  await tx.brand.deleteMany({ where: { projectId } });
  await tx.campaignTemplate.deleteMany({ where: { projectId } });
  await tx.webhook.deleteMany({ where: { projectId } });
  await tx.project.update({ where: { id: projectId }, data: { purgedAt: now } });
  await recordAudit(tx, actor, { organizationId: project.organizationId, action: 'project.purged', target: { type: 'Project', id: projectId }, changes: { purgedAt: now } });
  return { credentialIds };
}

/** Deletes a project whose expiry has passed, as the system; a project deleted, or whose expiry moved, meanwhile is left alone. */
async function expire(prisma: PrismaClient, payload: ProjectJobPayload, jobId: string, now: Date): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const project = await lockProject(tx, payload.projectId);
    if (!project || project.deleteAt || project.purgedAt || !project.expiresAt || project.expiresAt > now) return;
    const changes = await deletion(tx, project, now);
    await tx.project.update({ where: { id: project.id }, data: changes });
    await recordAudit(tx, { kind: 'SYSTEM', id: jobId }, {
      organizationId: project.organizationId,
      action: 'project.delete',
      target: { type: 'Project', id: project.id },
      changes: { ...changes, reason: 'expired', expiresAt: project.expiresAt },
    });
  });
}

registerJobKind(PURGE_JOB, {
  readPermission: 'platform:write',
  retryForMs: RETRY_FOR_MS,
  handle: ({ job, prisma, now, credentials }) => purge(prisma, credentials, job.payload as unknown as ProjectJobPayload, job.id, now),
});

registerJobKind(EXPIRE_JOB, {
  readPermission: 'platform:write',
  retryForMs: RETRY_FOR_MS,
  handle: ({ job, prisma, now }) => expire(prisma, job.payload as unknown as ProjectJobPayload, job.id, now),
});

