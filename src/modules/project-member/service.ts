import { z } from 'zod';
import type { Context } from '../../context.js';
import { isIdOf, newId } from '../../db/ids.js';
import { parseInput, userError } from '../../errors.js';
import type { ProjectRole } from '../../generated/prisma/client.js';
import { audited } from '../audit/service.js';
import { authorizedProject } from '../project/service.js';

/** The project member with this id and its place, if the caller may change it; NOT_FOUND otherwise. */
async function changeableProjectMember(context: Context, id: string) {
  const target = isIdOf('ProjectMember', id)
    ? await context.prisma.projectMember.findFirst({ where: { id, project: { deleteAt: null } }, select: { organizationId: true, projectId: true } })
    : null;
  return context.access.authorizeOrNotFound('member:write', target, 'project member');
}

const newProjectMember = z.object({ projectId: z.string(), userId: z.string(), role: z.enum(['ADMIN', 'EDITOR', 'VIEWER']) });

/** Gives a member of the project's organization a role on the project. */
export async function addProjectMember(context: Context, input: z.input<typeof newProjectMember>) {
  const data = parseInput(newProjectMember, input);
  const { organizationId, projectId } = await authorizedProject(context, data.projectId, 'member:write', 'projectId');
  const inOrganization = isIdOf('User', data.userId)
    ? await context.prisma.organizationMember.findUnique({ where: { organizationId_userId: { organizationId, userId: data.userId } } })
    : null;
  if (!inOrganization) throw userError('NOT_A_MEMBER', ['userId'], 'the user must first be a member of the project’s organization');
  const existing = await context.prisma.projectMember.findUnique({ where: { projectId_userId: { projectId, userId: data.userId } } });
  if (existing) throw userError('ALREADY_MEMBER', ['userId'], 'this user is already a member of the project');
  const member = await audited(context, async (tx, audit) => {
    const created = await tx.projectMember.create({
      data: { id: newId('ProjectMember'), organizationId, projectId, userId: data.userId, role: data.role },
    });
    const changes = { projectId, userId: data.userId, role: data.role };
    await audit({ organizationId, action: 'project_member.add', target: { type: 'ProjectMember', id: created.id }, changes });
    return created;
  });
  return { member };
}

export async function updateProjectMember(context: Context, id: string, role: ProjectRole) {
  const { organizationId } = await changeableProjectMember(context, id);
  const member = await audited(context, async (tx, audit) => {
    await audit({ organizationId, action: 'project_member.update', target: { type: 'ProjectMember', id }, changes: { role } });
    return tx.projectMember.update({ where: { id }, data: { role } });
  });
  return { member };
}

export async function removeProjectMember(context: Context, id: string) {
  const { organizationId } = await changeableProjectMember(context, id);
  await audited(context, async (tx, audit) => {
    const removed = await tx.projectMember.delete({ where: { id } });
    await audit({ organizationId, action: 'project_member.remove', target: { type: 'ProjectMember', id }, changes: { userId: removed.userId } });
  });
  return { removedMemberId: id };
}
