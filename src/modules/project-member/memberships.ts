import { projectVisibility } from '../../access/permissions.js';
import type { Context } from '../../context.js';
import type { ProjectMember } from '../../generated/prisma/client.js';
import { requestLoader } from '../../graphql/request-loader.js';
import { live } from './service.js';

/**
 * Each user's live memberships of the organization's projects that the caller reads (deleted projects
 * left out), oldest first: one query for every user of a list.
 */
export function membershipsInOrganization(context: Context, organizationId: string) {
  return requestLoader<string, ProjectMember[]>(context, `project-memberships:${organizationId}`, async (userIds) => {
    const rows = await context.prisma.projectMember.findMany({
      where: {
        organizationId,
        userId: { in: [...userIds] },
        project: { AND: [{ deleteAt: null }, projectVisibility(context.access.principal)] },
        ...live(),
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return userIds.map((userId) => rows.filter((row) => row.userId === userId));
  });
}
