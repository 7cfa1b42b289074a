import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { insertClient } from '../../access/issue.js';
import { scopesGrant, type Permission, type Target } from '../../access/permissions.js';
import type { Context } from '../../context.js';
import { idOrNumber, newId } from '../../db/ids.js';
import { isUniqueViolation } from '../../db/errors.js';
import { forbidden, notFound, parseInput, userError } from '../../errors.js';
import type { Prisma, Project, ProjectRole } from '../../generated/prisma/client.js';
import { audited } from '../audit/service.js';
import { organizationToCreateIn } from '../organization/service.js';
import { deletion, scheduleProjectExpiry } from './jobs.js';
import { templateToUse } from '../project-template/service.js';
import { userKey } from '../user/service.js';
import { projectRoleField, roleNameField } from './roles.js';
import { mergeSettings, settingsSchema } from './settings.js';

/** Projects that exist: never deleted, or deleted but still inside the retention window and not purged. */
export function existingProject(now = new Date()): Prisma.ProjectWhereInput {
  return { purgedAt: null, OR: [{ deleteAt: null }, { deleteAt: { gt: now } }] };
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,59}$/;
const DIGITS = /^[0-9]+$/;

/**
 * Where a project id is taken, its slug and its number work too: OpenPanel's callers know projects
 * by slug, Keboola's by number. New slugs are never all digits; one made before numbers existed
 * still answers.
 */
export function projectKey(idOrSlug: string): Prisma.ProjectWhereInput | null {
  const key = idOrNumber('Project', idOrSlug);
  if (key && 'number' in key) return { OR: [key, { slug: idOrSlug }] };
  if (key) return key;
  return SLUG.test(idOrSlug) ? { slug: idOrSlug } : null;
}

/** The project with this id (or slug) if it exists, deleted ones within their retention window included, else null. */
export async function findProjectTarget(context: Context, idOrSlug: string): Promise<(Target & { projectId: string }) | null> {
  const key = projectKey(idOrSlug);
  if (!key) return null;
  const project = await context.prisma.project.findFirst({ where: { AND: [key, existingProject()] }, select: { id: true, organizationId: true } });
  return project && { organizationId: project.organizationId, projectId: project.id };
}

/** The project, as a place, when the caller holds the permission there; NOT_FOUND at `field` otherwise. */
export async function authorizedProject(context: Context, idOrSlug: string, permission: Permission, field: string) {
  return context.access.authorizeOrNotFound(permission, await findProjectTarget(context, idOrSlug), 'project', field);
}

/** For a root field: the project, or NOT_FOUND for one that does not exist or that the caller may not read. */
export async function readProject<Query extends object>(context: Context, idOrSlug: string, query: Query) {
  const target = await findProjectTarget(context, idOrSlug);
  if (!(await context.access.authorize('project:read', target))) throw notFound('project');
  return context.prisma.project.findUniqueOrThrow({ ...query, where: { id: target!.projectId } });
}

const origin = z
  .string()
  .trim()
  .max(255, 'must be at most 255 characters')
  .refine((value) => value === '*' || URL.canParse(value), 'must be a URL such as https://example.com')
  .transform((value) => value.replace(/\/+$/, ''));

/** Keboola's storage backends. */
const BACKENDS = ['snowflake', 'bigquery', 'redshift', 'synapse', 'exasol', 'teradata'];

const projectFields = {
  name: z.string().trim().min(1, 'name must not be empty').max(100, 'name must be at most 100 characters'),
  domain: origin.nullish(),
  cors: z.array(origin).max(50, 'at most 50 origins'),
  crossDomain: z.boolean(),
  allowUnsafeRevenueTracking: z.boolean(),
  types: z.array(z.enum(['WEBSITE', 'APP', 'BACKEND'])).transform((types) => [...new Set(types)]),
  description: z.string().trim().max(1000, 'description must be at most 1000 characters').nullish(),
  defaultBackend: z.string().refine((backend) => BACKENDS.includes(backend), `defaultBackend must be one of ${BACKENDS.join(', ')}`),
  // Snowflake keeps time travel at most 90 days.
  dataRetentionTimeInDays: z.number().refine((days) => days >= 0 && days <= 90, 'dataRetentionTimeInDays must be 0 to 90'),
  templateId: z.string().trim().min(1, 'templateId must not be empty'),
  ...settingsSchema,
};

/** A setting left out or null at creation takes its default. */
function unlessNull<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((value) => value ?? undefined);
}

const newProject = z.object({
  organizationId: z.string(),
  ...projectFields,
  cors: projectFields.cors.nullish().transform((cors) => cors ?? []),
  crossDomain: projectFields.crossDomain.nullish().transform((value) => value ?? false),
  allowUnsafeRevenueTracking: projectFields.allowUnsafeRevenueTracking.nullish().transform((value) => value ?? false),
  types: projectFields.types.nullish().transform((types) => types ?? []),
  templateId: projectFields.templateId.nullish().transform((id) => id ?? 'production'),
  description: projectFields.description,
  defaultBackend: projectFields.defaultBackend.nullish(),
  dataRetentionTimeInDays: projectFields.dataRetentionTimeInDays.nullish(),
  timezone: unlessNull(projectFields.timezone),
  currency: unlessNull(projectFields.currency),
  dialCode: projectFields.dialCode.nullish(),
  webhookVersion: unlessNull(projectFields.webhookVersion),
  codeCharset: projectFields.codeCharset.nullish(),
  clientSideAccess: projectFields.clientSideAccess.nullish(),
  usageNotifications: projectFields.usageNotifications.nullish(),
  calloutNotifications: projectFields.calloutNotifications.nullish(),
  caseSensitiveCodes: unlessNull(projectFields.caseSensitiveCodes),
  clusterId: unlessNull(projectFields.clusterId),
  isSandbox: unlessNull(projectFields.isSandbox),
  clientSideClient: z.boolean().nullish(),
  ownersAsMembers: z.boolean().nullish(),
  members: z
    .array(z.object({ user: z.string().trim().min(1), role: projectRoleField, roleName: roleNameField }))
    .max(100, 'at most 100 members')
    .nullish(),
});

const projectChanges = z.object({
  id: z.string(),
  name: projectFields.name.nullish(),
  domain: projectFields.domain,
  cors: projectFields.cors.nullish(),
  crossDomain: projectFields.crossDomain.nullish(),
  allowUnsafeRevenueTracking: projectFields.allowUnsafeRevenueTracking.nullish(),
  types: projectFields.types.nullish(),
  description: projectFields.description,
  defaultBackend: projectFields.defaultBackend.nullish(),
  // Only the platform operator (platform:write) changes these.
  templateId: projectFields.templateId.nullish(),
  expiresAt: z.date().nullish(),
  dataRetentionTimeInDays: projectFields.dataRetentionTimeInDays.nullish(),
  timezone: projectFields.timezone.nullish(),
  currency: projectFields.currency.nullish(),
  dialCode: projectFields.dialCode.nullish(),
  webhookVersion: projectFields.webhookVersion.nullish(),
  codeCharset: projectFields.codeCharset.nullish(),
  clientSideAccess: projectFields.clientSideAccess.nullish(),
  usageNotifications: projectFields.usageNotifications.nullish(),
  calloutNotifications: projectFields.calloutNotifications.nullish(),
});

/** The fields of updateProject only the platform operator may set (Keboola: super admin only, 403 otherwise). */
const PRIVILEGED_FIELDS = ['templateId', 'expiresAt', 'dataRetentionTimeInDays'] as const;

const MAX_SLUG_LENGTH = 48;

/** "My New Project" → "my-new-project"; a name without letters or digits gives "project". */
function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
  if (DIGITS.test(slug)) return `project-${slug}`;
  return slug || 'project';
}

/** The slug to try on a given attempt: the plain slug first, then with a random four-digit suffix. */
function slugCandidate(name: string, attempt: number): string {
  const slug = slugify(name);
  return attempt === 0 ? slug : `${slug}-${randomInt(1000, 10000)}`;
}

const SLUG_ATTEMPTS = 5;

/** Creates a project with a unique slug and its default WRITE client in one transaction; the client secret is returned once. */
export async function createProject(context: Context, input: z.input<typeof newProject>) {
  const { templateId, clientSideClient, ownersAsMembers, members, clientSideAccess, usageNotifications, calloutNotifications, ...fields } = parseInput(
    newProject,
    input,
  );
  const target = await organizationToCreateIn(context, fields.organizationId);
  fields.organizationId = target.organizationId;
  await context.access.require('project:write', target);
  const template = await templateToUse(context, templateId);
  const data = {
    ...withoutNulls(fields),
    clientSideAccess: mergeSettings({}, clientSideAccess) ?? {},
    apiUsageNotifications: mergeSettings({}, usageNotifications) ?? {},
    calloutNotifications: mergeSettings({}, calloutNotifications) ?? {},
    templateId: template.id,
    defaultBackend: fields.defaultBackend ?? template.defaultBackend,
    expiresAt: template.expirationDays === null ? null : new Date(Date.now() + template.expirationDays * 24 * 60 * 60 * 1000),
  };
  for (let attempt = 0; ; attempt++) {
    try {
      return await audited(context, async (tx, audit) => {
        const project = await tx.project.create({ data: { ...data, id: newId('Project'), slug: slugCandidate(data.name, attempt) } });
        await scheduleProjectExpiry(tx, project);
        // The template's features are the project's first features.
        if (template.features.length > 0) {
          await tx.projectFeature.createMany({ data: template.features.map(({ featureId }) => ({ projectId: project.id, featureId })) });
        }
        const { client, secret } = await insertClient(tx, {
          organizationId: data.organizationId,
          projectId: project.id,
          name: 'First client', // as OpenPanel names it
          type: 'WRITE',
        });
        const clientSide = clientSideClient
          ? await insertClient(tx, { organizationId: data.organizationId, projectId: project.id, name: 'Client-side key', type: 'READ' })
          : null;
        if (ownersAsMembers) await addOwnersAsMembers(tx, project, context.access.userId);
        if (members) await addMembers(tx, project, members, context.access.userId);
        const changes = { ...data, slug: project.slug, defaultClientId: client.id, clientSideClientId: clientSide?.client.id, ownersAsMembers, members };
        await audit({ organizationId: data.organizationId, action: 'project.create', target: { type: 'Project', id: project.id }, changes });
        return { project, client, clientSecret: secret, clientSideClient: clientSide?.client ?? null, clientSideSecret: clientSide?.secret ?? null };
      });
    } catch (error) {
      if (attempt + 1 >= SLUG_ATTEMPTS || !isUniqueViolation(error, 'slug')) throw error;
    }
  }
}

/** Applies an audited change to a project the caller may write; `change` may refuse with userErrors. */
async function changeProject(
  context: Context,
  id: string,
  action: string,
  change: (project: Project, tx: Prisma.TransactionClient) => Prisma.ProjectUpdateInput | Promise<Prisma.ProjectUpdateInput>,
) {
  const { projectId } = await authorizedProject(context, id, 'project:write', 'id');
  return audited(context, async (tx, audit) => {
    const project = await tx.project.findUniqueOrThrow({ where: { id: projectId } });
    const update = await change(project, tx);
    await audit({ organizationId: project.organizationId, action, target: { type: 'Project', id: project.id }, changes: update });
    return { project: await tx.project.update({ where: { id: project.id }, data: update }) };
  });
}

const CLEARED_BY_NULL = new Set(['domain', 'description', 'expiresAt', 'dataRetentionTimeInDays', 'dialCode', 'codeCharset']);

/** Fields left out (null for those null cannot clear) keep their value or default. */
function withoutNulls<T extends Record<string, unknown>>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([field, value]) => value !== undefined && (value !== null || CLEARED_BY_NULL.has(field)))) as T;
}

/** Voucherify adds every OWNER of the organization to a new project. */
async function addOwnersAsMembers(tx: Prisma.TransactionClient, project: Project, addedById: string | null) {
  const owners = await tx.organizationMember.findMany({ where: { organizationId: project.organizationId, role: 'OWNER' }, select: { userId: true } });
  await tx.projectMember.createMany({
    data: owners.map(({ userId }) => ({ id: newId('ProjectMember'), organizationId: project.organizationId, projectId: project.id, userId, role: 'ADMIN' as const, addedById })),
  });
}

/** Members named at creation, by id or e-mail address: users of the organization only; one named again takes the later role. */
async function addMembers(
  tx: Prisma.TransactionClient,
  project: Project,
  members: { user: string; role: ProjectRole; roleName: string | null }[],
  addedById: string | null,
) {
  for (const [index, member] of members.entries()) {
    const key = userKey(member.user);
    const found = key && (await tx.organizationMember.findFirst({ where: { organizationId: project.organizationId, user: key }, select: { userId: true } }));
    if (!found) throw userError('NOT_FOUND', ['members', String(index), 'user'], 'no user of the organization has this id or address');
    const { role, roleName } = member;
    await tx.projectMember.upsert({
      where: { projectId_userId: { projectId: project.id, userId: found.userId } },
      update: { role, roleName },
      create: { id: newId('ProjectMember'), organizationId: project.organizationId, projectId: project.id, userId: found.userId, role, roleName, addedById },
    });
  }
}

export async function updateProject(context: Context, input: z.input<typeof projectChanges>) {
  const { id, clientSideAccess, usageNotifications, calloutNotifications, ...changes } = parseInput(projectChanges, input);
  const update: Record<string, unknown> = withoutNulls(changes);
  const { principal } = context.access;
  if (PRIVILEGED_FIELDS.some((field) => field in update) && !(principal.kind === 'OPERATOR' && scopesGrant(principal.scopes, 'platform:write'))) {
    throw forbidden('only the platform operator may change the template, expiry or data retention of a project', 'an operator token with platform:write');
  }
  if (changes.templateId) update.templateId = (await templateToUse(context, changes.templateId)).id;
  // Only scalar columns (templateId among them), which Prisma takes as an unchecked update.
  return changeProject(context, id, 'project.update', async (project, tx) => {
    if (update.expiresAt) await scheduleProjectExpiry(tx, { ...project, expiresAt: update.expiresAt as Date });
    const settings = {
      clientSideAccess: mergeSettings(project.clientSideAccess, clientSideAccess),
      apiUsageNotifications: mergeSettings(project.apiUsageNotifications, usageNotifications),
      calloutNotifications: mergeSettings(project.calloutNotifications, calloutNotifications),
    };
    return { ...update, ...withoutNulls(settings) } as Prisma.ProjectUpdateInput;
  });
}

/**
 * Deletes the project and, in the same transaction, enqueues its purge at the end of the retention
 * window; a second call keeps the first deletion and purge time.
 */
export function deleteProject(context: Context, id: string) {
  return changeProject(context, id, 'project.delete', (project, tx) => {
    if (project.isSandbox) throw userError('SANDBOX', ['id'], 'the sandbox project cannot be deleted');
    return deletion(tx, project);
  });
}

export function restoreProject(context: Context, id: string) {
  return changeProject(context, id, 'project.restore', (project) => {
    if (!project.deleteAt) throw userError('NOT_DELETED', ['id'], 'the project is not deleted');
    // The purge job, when it runs, finds the project restored and leaves it alone.
    return { deleteAt: null, deletedAt: null };
  });
}
