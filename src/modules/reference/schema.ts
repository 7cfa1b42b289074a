import { projectVisibility } from '../../access/permissions.js';
import type { Reference as ReferenceRow } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, removedId, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { Organization } from '../organization/schema.js';
import { Project } from '../project/schema.js';
import { existingProject } from '../project/service.js';
import { createReference, deleteReference, updateReference } from './service.js';

export const Reference = builder.prismaNode('Reference', {
  id: { field: 'id' },
  select: { id: true, organizationId: true, projectId: true },
  description: 'A dated annotation on a project, such as a release or a campaign start.',
  authScopes: (reference) => ({
    permission: { permission: 'reference:read', organizationId: reference.organizationId, projectId: reference.projectId },
  }),
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    date: t.expose('date', { type: 'DateTime' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    project: t.relation('project'),
  }),
});

builder.prismaObjectField(Project, 'references', (t) =>
  t.relatedConnection('references', {
    cursor: 'id',
    nullable: true,
    description: 'Newest date first.',
    authScopes: (project) => ({
      permission: { permission: 'reference:read', organizationId: project.organizationId, projectId: project.id },
    }),
    query: () => ({ orderBy: [{ date: 'desc' }, { id: 'asc' }] }),
  }),
);

builder.prismaObjectField(Organization, 'references', (t) =>
  t.relatedConnection('references', {
    cursor: 'id',
    nullable: true,
    description: "Every reference of the organization's projects that the caller may see, deleted projects within their retention window included; newest date first.",
    authScopes: (organization) => ({ permission: { permission: 'reference:read', organizationId: organization.id } }),
    query: (_args, context) => ({
      where: { project: { AND: [projectVisibility(context.access.principal, 'reference:read'), existingProject()] } },
      orderBy: [{ date: 'desc' }, { id: 'asc' }],
    }),
  }),
);

const referenceResult = (t: PayloadFieldBuilder<{ reference: ReferenceRow }>) => ({
  reference: t.field({ type: Reference, nullable: true, resolve: (payload) => payload.reference }),
});

defineMutation('createReference', {
  input: (t) => ({
    projectId: t.id(),
    title: t.string(),
    description: t.string({ required: false }),
    date: t.field({ type: 'DateTime' }),
  }),
  payload: referenceResult,
  resolve: (input, context) => createReference(context, input),
});

defineMutation('updateReference', {
  input: (t) => ({
    id: t.id(),
    title: t.string({ required: false }),
    description: t.string({ required: false, description: 'null clears it.' }),
    date: t.field({ type: 'DateTime', required: false }),
  }),
  payload: referenceResult,
  resolve: (input, context) => updateReference(context, input),
});

defineMutation('deleteReference', {
  input: (t) => ({ id: t.id() }),
  payload: removedId('deletedReferenceId'),
  resolve: (input, context) => deleteReference(context, input.id),
});
