import type { ProjectMember as ProjectMemberRow } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, removedId, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { Project } from '../project/schema.js';
import { addProjectMember, removeProjectMember, updateProjectMember } from './service.js';

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

const memberResult = (t: PayloadFieldBuilder<{ member: ProjectMemberRow }>) => ({
  member: t.field({ type: ProjectMember, nullable: true, resolve: (payload) => payload.member }),
});

defineMutation('addProjectMember', {
  input: (t) => ({
    projectId: t.id(),
    userId: t.id({ description: 'A member of the project’s organization.' }),
    role: t.field({ type: ProjectRoleEnum }),
  }),
  payload: memberResult,
  resolve: (input, context) => addProjectMember(context, input),
});

defineMutation('updateProjectMember', {
  input: (t) => ({ id: t.id(), role: t.field({ type: ProjectRoleEnum }) }),
  payload: memberResult,
  resolve: (input, context) => updateProjectMember(context, input.id, input.role),
});

defineMutation('removeProjectMember', {
  input: (t) => ({ id: t.id() }),
  payload: removedId('removedMemberId'),
  resolve: (input, context) => removeProjectMember(context, input.id),
});
