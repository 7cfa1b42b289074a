import { z } from 'zod';
import { projectVisibility } from '../auth/access.js';
import type { Context } from '../context.js';
import { isIdOf } from '../domain/ids.js';
import { createProjectWithClient, existingProject, SOFT_DELETE_RETENTION_MS } from '../domain/projects.js';
import { auditedTransaction } from '../domain/audit.js';
import type { Client as ClientRow, Prisma, Project as ProjectRow } from '../generated/prisma/client.js';
import { builder } from './builder.js';
import { authorize, authorizeIn, notFoundError, payloadType, userError, validate, type UserError } from './errors.js';
import { findOrganizationTarget, Organization } from './organization.js';

export const ProjectTypeEnum = builder.enumType('ProjectType', { values: ['WEBSITE', 'APP', 'BACKEND'] as const });

export const Project = builder.prismaNode('Project', {
  id: { field: 'id' },
  authScopes: (project) => ({
    permission: { permission: 'project:read', organizationId: project.organizationId, projectId: project.id },
  }),
  fields: (t) => ({
    name: t.exposeString('name'),
    slug: t.exposeString('slug', { description: 'Unique across Steward, derived from the name at creation.' }),
    domain: t.exposeString('domain', { nullable: true }),
    cors: t.exposeStringList('cors', { description: 'Origins allowed to send events from a browser.' }),
    crossDomain: t.exposeBoolean('crossDomain'),
    allowUnsafeRevenueTracking: t.exposeBoolean('allowUnsafeRevenueTracking', {
      description: 'Revenue events are accepted without a client secret.',
    }),
    types: t.expose('types', { type: [ProjectTypeEnum] }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    deleteAt: t.expose('deleteAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When a deleted project is purged; null unless the project was deleted. restoreProject cancels it.',
    }),
    organization: t.relation('organization'),
  }),
});

builder.prismaObjectField(Organization, 'projects', (t) =>
  t.relatedConnection('projects', {
    cursor: 'id',
    args: { includeDeleted: t.arg.boolean({ required: false, description: 'Also list deleted projects that can still be restored.' }) },
    query: ({ includeDeleted }, context) => ({
      where: { AND: [projectVisibility(context.access.principal), includeDeleted ? existingProject() : { deleteAt: null }] },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
  }),
);

const SLUG = /^[a-z0-9][a-z0-9-]{0,59}$/;

/** Where a project id is taken, its slug works too: legacy REST callers know projects by slug. */
function projectKey(idOrSlug: string): Prisma.ProjectWhereInput | null {
  if (isIdOf('Project', idOrSlug)) return { id: idOrSlug };
  return SLUG.test(idOrSlug) ? { slug: idOrSlug } : null;
}

/** The project with this id (or slug) if it exists, deleted ones within their retention window included, else null. */
export async function findProjectTarget(context: Context, idOrSlug: string) {
  const key = projectKey(idOrSlug);
  if (!key) return null;
  const project = await context.prisma.project.findFirst({ where: { ...key, ...existingProject() }, select: { id: true, organizationId: true } });
  return project && { organizationId: project.organizationId, projectId: project.id };
}

builder.queryField('project', (t) =>
  t.prismaField({
    type: 'Project',
    nullable: true,
    args: { id: t.arg.id() },
    resolve: async (query, _root, { id }, context) => {
      const target = await findProjectTarget(context, String(id));
      if (!(await authorize(context, 'project:read', target))) throw notFoundError('project');
      return context.prisma.project.findUniqueOrThrow({ ...query, where: { id: target!.projectId } });
    },
  }),
);

const origin = z
  .string()
  .trim()
  .max(255, 'must be at most 255 characters')
  .refine((value) => value === '*' || URL.canParse(value), 'must be a URL such as https://example.com')
  .transform((value) => value.replace(/\/+$/, ''));

const projectFields = {
  name: z.string().trim().min(1, 'name must not be empty').max(100, 'name must be at most 100 characters'),
  domain: origin.nullish(),
  cors: z.array(origin).max(50, 'at most 50 origins'),
  crossDomain: z.boolean(),
  allowUnsafeRevenueTracking: z.boolean(),
  types: z.array(z.enum(['WEBSITE', 'APP', 'BACKEND'])).transform((types) => [...new Set(types)]),
};

const CreateProjectInput = builder.inputType('CreateProjectInput', {
  fields: (t) => ({
    organizationId: t.id(),
    name: t.string(),
    domain: t.string({ required: false }),
    cors: t.stringList({ required: false }),
    crossDomain: t.boolean({ required: false }),
    allowUnsafeRevenueTracking: t.boolean({ required: false }),
    types: t.field({ type: [ProjectTypeEnum], required: false }),
  }),
});

const UpdateProjectInput = builder.inputType('UpdateProjectInput', {
  fields: (t) => ({
    id: t.id(),
    name: t.string({ required: false }),
    domain: t.string({ required: false }),
    cors: t.stringList({ required: false }),
    crossDomain: t.boolean({ required: false }),
    allowUnsafeRevenueTracking: t.boolean({ required: false }),
    types: t.field({ type: [ProjectTypeEnum], required: false }),
  }),
});

const ProjectIdInput = (name: string) => builder.inputType(name, { fields: (t) => ({ id: t.id() }) });

const CreateProjectPayload = payloadType<{ project: ProjectRow; client: ClientRow; clientSecret: string }>(
  'CreateProjectPayload',
  (t) => ({
    project: t.field({ type: Project, nullable: true, resolve: (payload) => payload.project }),
    client: t.prismaField({
      type: 'Client',
      nullable: true,
      description: "The project's default WRITE client.",
      resolve: (_query, payload) => payload.client ?? null,
    }),
    clientSecret: t.string({
      nullable: true,
      description: "The default client's secret. Shown only here: Steward keeps just a digest.",
      resolve: (payload) => payload.clientSecret,
    }),
  }),
);

const projectPayload = (name: string) =>
  payloadType<{ project: ProjectRow }>(name, (t) => ({
    project: t.field({ type: Project, nullable: true, resolve: (payload) => payload.project }),
  }));

type ProjectChange = (project: ProjectRow) => Prisma.ProjectUpdateInput | { userErrors: UserError[] };

/** Applies an audited change to a project the caller may write. */
async function changeProject(context: Context, id: string, action: string, change: ProjectChange) {
  const target = await findProjectTarget(context, id);
  if (!(await authorize(context, 'project:write', target))) return userError('NOT_FOUND', ['id'], 'project not found');
  return auditedTransaction(context.prisma, context.access.principal, async (tx, audit) => {
    const project = await tx.project.findUniqueOrThrow({ where: { id: target!.projectId! } });
    const update = change(project);
    if ('userErrors' in update) return update;
    await audit({ organizationId: project.organizationId, action, target: { type: 'Project', id: project.id }, changes: update });
    return { project: await tx.project.update({ where: { id: project.id }, data: update }), userErrors: [] };
  });
}

builder.mutationFields((t) => ({
  createProject: t.field({
    nullable: true,
    type: CreateProjectPayload,
    description: 'Creates a project and its default WRITE client in one transaction; the client secret is returned once.',
    args: { input: t.arg({ type: CreateProjectInput }) },
    resolve: async (_root, { input }, context) => {
      const schema = z.object({
        organizationId: z.string(),
        ...projectFields,
        cors: projectFields.cors.nullish().transform((cors) => cors ?? []),
        crossDomain: projectFields.crossDomain.nullish().transform((value) => value ?? false),
        allowUnsafeRevenueTracking: projectFields.allowUnsafeRevenueTracking.nullish().transform((value) => value ?? false),
        types: projectFields.types.nullish().transform((types) => types ?? []),
      });
      const { data, userErrors } = validate(schema, input);
      if (userErrors) return { userErrors };
      const target = await findOrganizationTarget(context, data.organizationId);
      if (!(await authorize(context, 'organization:read', target))) {
        return userError('NOT_FOUND', ['organizationId'], 'organization not found');
      }
      await authorizeIn(context, 'project:write', target!);
      return { ...(await createProjectWithClient(context.prisma, context.access.principal, data)), userErrors: [] };
    },
  }),
  updateProject: t.field({
    nullable: true,
    type: projectPayload('UpdateProjectPayload'),
    args: { input: t.arg({ type: UpdateProjectInput }) },
    resolve: async (_root, { input }, context) => {
      const schema = z.object({
        id: z.string(),
        name: projectFields.name.nullish(),
        domain: projectFields.domain,
        cors: projectFields.cors.nullish(),
        crossDomain: projectFields.crossDomain.nullish(),
        allowUnsafeRevenueTracking: projectFields.allowUnsafeRevenueTracking.nullish(),
        types: projectFields.types.nullish(),
      });
      const { data, userErrors } = validate(schema, input);
      if (userErrors) return { userErrors };
      const { id, ...changes } = data;
      // A field left out (or null, except domain, which null clears) keeps its value.
      const update = Object.fromEntries(
        Object.entries(changes).filter(([field, value]) => value !== undefined && (value !== null || field === 'domain')),
      );
      return changeProject(context, id, 'project.update', () => update);
    },
  }),
  deleteProject: t.field({
    nullable: true,
    type: projectPayload('DeleteProjectPayload'),
    description: 'Schedules the project for deletion in 24 hours; restoreProject cancels it until then.',
    args: { input: t.arg({ type: ProjectIdInput('DeleteProjectInput') }) },
    resolve: (_root, { input }, context) =>
      changeProject(context, String(input.id), 'project.delete', (project) => ({
        deleteAt: project.deleteAt ?? new Date(Date.now() + SOFT_DELETE_RETENTION_MS),
      })),
  }),
  restoreProject: t.field({
    nullable: true,
    type: projectPayload('RestoreProjectPayload'),
    args: { input: t.arg({ type: ProjectIdInput('RestoreProjectInput') }) },
    resolve: (_root, { input }, context) =>
      changeProject(context, String(input.id), 'project.restore', (project) =>
        project.deleteAt ? { deleteAt: null } : userError('NOT_DELETED', ['id'], 'the project is not deleted'),
      ),
  }),
}));
