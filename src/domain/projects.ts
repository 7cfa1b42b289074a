import type { Prisma, PrismaClient, ProjectType } from '../generated/prisma/client.js';
import type { Principal } from '../auth/principal.js';
import { auditedTransaction } from './audit.js';
import { createClient } from './credentials.js';
import { newId } from './ids.js';
import { isUniqueViolation } from './prisma-errors.js';
import { slugCandidate } from './slug.js';

export const SOFT_DELETE_RETENTION_MS = 24 * 60 * 60 * 1000;

/** Projects that exist: never deleted, or deleted but still inside the retention window. */
export function existingProject(now = new Date()): Prisma.ProjectWhereInput {
  return { OR: [{ deleteAt: null }, { deleteAt: { gt: now } }] };
}

export interface NewProject {
  organizationId: string;
  name: string;
  domain?: string | null;
  cors: string[];
  crossDomain: boolean;
  allowUnsafeRevenueTracking: boolean;
  types: ProjectType[];
}

const SLUG_ATTEMPTS = 5;

/** Creates a project with a unique slug and its default WRITE client, in one audited transaction. */
export async function createProjectWithClient(prisma: PrismaClient, principal: Principal, data: NewProject) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await auditedTransaction(prisma, principal, async (tx, audit) => {
        const project = await tx.project.create({ data: { ...data, id: newId('Project'), slug: slugCandidate(data.name, attempt) } });
        const { client, secret } = await createClient(tx, {
          organizationId: data.organizationId,
          projectId: project.id,
          name: `${data.name} (default)`.slice(0, 100),
          type: 'WRITE',
        });
        await audit({
          organizationId: data.organizationId,
          action: 'project.create',
          target: { type: 'Project', id: project.id },
          changes: { ...data, slug: project.slug, defaultClientId: client.id },
        });
        return { project, client, clientSecret: secret };
      });
    } catch (error) {
      if (attempt + 1 >= SLUG_ATTEMPTS || !isUniqueViolation(error, 'slug')) throw error;
    }
  }
}
