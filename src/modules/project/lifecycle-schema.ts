import type { Job as JobRow, Project as ProjectRow } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { Job } from '../job/schema.js';
import { DELETED_ORDER, deletedProjectsWhere, purgeProject, readDeletedProject, undeleteProject } from './deleted.js';
import { Project } from './schema.js';
import { transferProject } from './transfer.js';

builder.prismaObjectFields(Project, (t) => ({
  deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true, description: 'When the project was deleted; null unless it is.' }),
  purgedAt: t.expose('purgedAt', {
    type: 'DateTime',
    nullable: true,
    description: 'When everything the project owned was removed; only the project itself remains, to say so.',
  }),
  isDeleted: t.boolean({ select: { deleteAt: true }, resolve: (project) => project.deleteAt !== null }),
  isPurged: t.boolean({ select: { purgedAt: true }, resolve: (project) => project.purgedAt !== null }),
}));

builder.queryFields((t) => ({
  deletedProjects: t.prismaConnection({
    type: 'Project',
    cursor: 'id',
    description: 'Deleted projects, purged ones included, newest deletion first. The platform operator with project:read only.',
    args: {
      organizationId: t.arg.id({ required: false, description: 'Only this organization’s (its id or number).' }),
      name: t.arg.string({ required: false, description: 'Only projects whose name contains this, in any case.' }),
    },
    resolve: async (query, _root, args, context) =>
      context.prisma.project.findMany({ ...query, where: await deletedProjectsWhere(context, args), orderBy: DELETED_ORDER }),
  }),
  deletedProject: t.prismaField({
    type: 'Project',
    nullable: true,
    description: 'A deleted or purged project, to poll a purge (`purgedAt`). The platform operator with project:read only.',
    args: { id: t.arg.id() },
    resolve: (query, _root, { id }, context) => readDeletedProject(context, id, query),
  }),
}));

const projectResult = <Result extends { project: ProjectRow }>(t: PayloadFieldBuilder<Result>) => ({
  project: t.field({ type: Project, nullable: true, resolve: (payload) => payload.project }),
});

defineMutation('undeleteProject', {
  description:
    'Brings a deleted project back until it is purged (the platform operator with platform:write). Its expiry is cleared, or set expirationDays from now.',
  input: (t) => ({ id: t.id(), expirationDays: t.int({ required: false }) }),
  payload: projectResult,
  resolve: (input, context) => undeleteProject(context, input),
});

defineMutation('purgeProject', {
  description:
    'Purges a deleted project now, in the background (the platform operator with platform:write): poll `job`, or deletedProject(id) until purgedAt is set.',
  input: (t) => ({ id: t.id() }),
  payload: (t: PayloadFieldBuilder<{ project: ProjectRow; job: JobRow }>) => ({
    ...projectResult(t),
    job: t.field({ type: Job, nullable: true, resolve: (payload) => payload.job }),
  }),
  resolve: (input, context) => purgeProject(context, input),
});

defineMutation('transferProject', {
  description:
    'Moves a project to another organization. Needs project:write on the project and in the target organization; members and everything the project owns move with it.',
  input: (t) => ({ id: t.id(), organizationId: t.id() }),
  payload: projectResult,
  resolve: (input, context) => transferProject(context, input),
});
