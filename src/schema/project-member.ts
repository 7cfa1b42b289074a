import { z } from 'zod';
import type { Context } from '../context.js';
import { auditedTransaction } from '../domain/audit.js';
import { isIdOf, newId } from '../domain/ids.js';
import type { ProjectMember as ProjectMemberRow } from '../generated/prisma/client.js';
import { builder } from './builder.js';
import { authorize, payloadType, userError, validate } from './errors.js';
import { findProjectTarget, Project } from './project.js';

export const ProjectRoleEnum = builder.enumType('ProjectRole', { values: ['ADMIN', 'EDITOR', 'VIEWER'] as const });

export const ProjectMember = builder.prismaNode('ProjectMember', {
  id: { field: 'id' },
  authScopes: (member) => ({
    permission: { permission: 'member:read', organizationId: member.organizationId, projectId: member.projectId },
  }),
  fields: (t) => ({
    role: t.expose('role', { type: ProjectRoleEnum }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    user: t.relation('user'),
    project: t.relation('project'),
  }),
});

builder.prismaObjectField(Project, 'members', (t) =>
  t.relatedConnection('members', {
    cursor: 'id',
    nullable: true,
    authScopes: (project) => ({
      permission: { permission: 'member:read', organizationId: project.organizationId, projectId: project.id },
    }),
    query: () => ({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  }),
);

/** The project member with this id and its place, or null when it does not exist. */
export async function findProjectMemberTarget(context: Context, id: string) {
  if (!isIdOf('ProjectMember', id)) return null;
  return context.prisma.projectMember.findFirst({
    where: { id, project: { deleteAt: null } },
    select: { organizationId: true, projectId: true },
  });
}

const projectMemberPayload = (name: string) =>
  payloadType<{ member: ProjectMemberRow }>(name, (t) => ({
    member: t.field({ type: ProjectMember, nullable: true, resolve: (payload) => payload.member }),
  }));

const AddProjectMemberInput = builder.inputType('AddProjectMemberInput', {
  fields: (t) => ({
    projectId: t.id(),
    userId: t.id({ description: 'A member of the project’s organization.' }),
    role: t.field({ type: ProjectRoleEnum }),
  }),
});

const UpdateProjectMemberInput = builder.inputType('UpdateProjectMemberInput', {
  fields: (t) => ({ id: t.id(), role: t.field({ type: ProjectRoleEnum }) }),
});

const RemoveProjectMemberInput = builder.inputType('RemoveProjectMemberInput', { fields: (t) => ({ id: t.id() }) });

const RemoveProjectMemberPayload = payloadType<{ removedMemberId: string }>('RemoveProjectMemberPayload', (t) => ({
  removedMemberId: t.id({ nullable: true, resolve: (payload) => payload.removedMemberId }),
}));

builder.mutationFields((t) => ({
  addProjectMember: t.field({
    nullable: true,
    type: projectMemberPayload('AddProjectMemberPayload'),
    args: { input: t.arg({ type: AddProjectMemberInput }) },
    resolve: async (_root, { input }, context) => {
      const { data, userErrors } = validate(
        z.object({ projectId: z.string(), userId: z.string(), role: z.enum(['ADMIN', 'EDITOR', 'VIEWER']) }),
        input,
      );
      if (userErrors) return { userErrors };
      const target = await findProjectTarget(context, data.projectId);
      if (!(await authorize(context, 'member:write', target))) return userError('NOT_FOUND', ['projectId'], 'project not found');
      const projectId = target!.projectId;
      const inOrganization = isIdOf('User', data.userId)
        ? await context.prisma.organizationMember.findUnique({
            where: { organizationId_userId: { organizationId: target!.organizationId, userId: data.userId } },
          })
        : null;
      if (!inOrganization) {
        return userError('NOT_A_MEMBER', ['userId'], 'the user must first be a member of the project’s organization');
      }
      const existing = await context.prisma.projectMember.findUnique({
        where: { projectId_userId: { projectId, userId: data.userId } },
      });
      if (existing) return userError('ALREADY_MEMBER', ['userId'], 'this user is already a member of the project');
      const member = await auditedTransaction(context.prisma, context.access.principal, async (tx, audit) => {
        const created = await tx.projectMember.create({
          data: { id: newId('ProjectMember'), organizationId: target!.organizationId, projectId, userId: data.userId, role: data.role },
        });
        const changes = { projectId, userId: data.userId, role: data.role };
        await audit({ organizationId: target!.organizationId, action: 'project_member.add', target: { type: 'ProjectMember', id: created.id }, changes });
        return created;
      });
      return { member, userErrors: [] };
    },
  }),
  updateProjectMember: t.field({
    nullable: true,
    type: projectMemberPayload('UpdateProjectMemberPayload'),
    args: { input: t.arg({ type: UpdateProjectMemberInput }) },
    resolve: async (_root, { input }, context) => {
      const id = String(input.id);
      const target = await findProjectMemberTarget(context, id);
      if (!(await authorize(context, 'member:write', target))) return userError('NOT_FOUND', ['id'], 'project member not found');
      const member = await auditedTransaction(context.prisma, context.access.principal, async (tx, audit) => {
        await audit({ organizationId: target!.organizationId, action: 'project_member.update', target: { type: 'ProjectMember', id }, changes: { role: input.role } });
        return tx.projectMember.update({ where: { id }, data: { role: input.role } });
      });
      return { member, userErrors: [] };
    },
  }),
  removeProjectMember: t.field({
    nullable: true,
    type: RemoveProjectMemberPayload,
    args: { input: t.arg({ type: RemoveProjectMemberInput }) },
    resolve: async (_root, { input }, context) => {
      const id = String(input.id);
      const target = await findProjectMemberTarget(context, id);
      if (!(await authorize(context, 'member:write', target))) return userError('NOT_FOUND', ['id'], 'project member not found');
      await auditedTransaction(context.prisma, context.access.principal, async (tx, audit) => {
        const removed = await tx.projectMember.delete({ where: { id } });
        await audit({ organizationId: target!.organizationId, action: 'project_member.remove', target: { type: 'ProjectMember', id }, changes: { userId: removed.userId } });
      });
      return { removedMemberId: id, userErrors: [] };
    },
  }),
}));
