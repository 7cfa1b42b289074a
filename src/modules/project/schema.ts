import { projectVisibility } from '../../access/permissions.js';
import type { Client as ClientRow, Project as ProjectRow } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, type InputFieldBuilder, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { Organization } from '../organization/schema.js';
import { ProjectRoleEnum } from './roles.js';
import { createProject, deleteProject, existingProject, readProject, restoreProject, updateProject } from './service.js';
import { calloutNotificationsOf, clientSideAccessOf, creationSettingsInput, settingsFields, settingsInput, usageNotificationsOf } from './settings.js';

export const ProjectTypeEnum = builder.enumType('ProjectType', { values: ['WEBSITE', 'APP', 'BACKEND'] as const });

export const Project = builder.prismaNode('Project', {
  id: { field: 'id' },
  select: { id: true, organizationId: true },
  authScopes: (project, context) =>
    context.access.isReachedThrough(project) || {
      permission: { permission: 'project:read', organizationId: project.organizationId, projectId: project.id },
    },
  fields: (t) => ({
    databaseId: t.exposeInt('number', { description: 'A stable integer for clients that decode ids as integers (the Keboola dialect); `id` everywhere else.' }),
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
    description: t.exposeString('description', { nullable: true }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true, description: 'When the platform deletes the project (from its template\'s expirationDays); null: never.' }),
    dataRetentionTimeInDays: t.exposeInt('dataRetentionTimeInDays', { nullable: true }),
    defaultBackend: t.exposeString('defaultBackend', { description: 'The storage backend of the project, such as `snowflake`.' }),
    timezone: t.exposeString('timezone'),
    currency: t.exposeString('currency'),
    caseSensitiveCodes: t.exposeBoolean('caseSensitiveCodes'),
    dialCode: t.exposeString('dialCode', { nullable: true }),
    clusterId: t.exposeString('clusterId'),
    webhookVersion: t.exposeString('webhookVersion'),
    codeCharset: t.exposeString('codeCharset', { nullable: true, description: 'The characters of new voucher codes; null: the default for caseSensitiveCodes.' }),
    isSandbox: t.exposeBoolean('isSandbox', { description: 'A sandbox project cannot be deleted.' }),
    clientSideAccess: t.field({ type: settingsFields.clientSideAccess, select: { clientSideAccess: true }, resolve: (project) => clientSideAccessOf(project.clientSideAccess) }),
    usageNotifications: t.field({ type: settingsFields.usageNotifications, select: { apiUsageNotifications: true }, resolve: (project) => usageNotificationsOf(project.apiUsageNotifications) }),
    calloutNotifications: t.field({ type: settingsFields.calloutNotifications, select: { calloutNotifications: true }, resolve: (project) => calloutNotificationsOf(project.calloutNotifications) }),
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

builder.queryField('project', (t) =>
  t.prismaField({
    type: 'Project',
    nullable: true,
    args: { id: t.arg.id() },
    resolve: (query, _root, { id }, context) => readProject(context, id, query),
  }),
);

const projectResult = <Result extends { project: ProjectRow }>(t: PayloadFieldBuilder<Result>) => ({
  project: t.field({ type: Project, nullable: true, resolve: (payload) => payload.project }),
});

/** The settings a project is created with and that an update may change. */
const projectSettings = (t: InputFieldBuilder) => ({
  description: t.string({ required: false }),
  defaultBackend: t.string({ required: false, description: 'snowflake, bigquery, redshift, synapse, exasol or teradata; at creation, the template\'s unless given.' }),
  dataRetentionTimeInDays: t.int({ required: false, description: '0 to 90. Changing it needs the platform operator (platform:write).' }),
  domain: t.string({ required: false }),
  cors: t.stringList({ required: false }),
  crossDomain: t.boolean({ required: false }),
  allowUnsafeRevenueTracking: t.boolean({ required: false }),
  types: t.field({ type: [ProjectTypeEnum], required: false }),
  ...settingsInput(t),
});

const NewProjectMemberInput = builder.inputType('NewProjectMemberInput', {
  fields: (t) => ({
    user: t.string({ description: 'The user’s id or e-mail address; a user of the organization.' }),
    role: t.field({ type: ProjectRoleEnum }),
    roleName: t.string({ required: false, description: 'A dialect’s name for a narrower role (see ProjectMember.roleName).' }),
  }),
});

defineMutation('createProject', {
  description: 'Creates a project and its default WRITE client in one transaction; the client secret is returned once.',
  input: (t) => ({
    organizationId: t.id(),
    name: t.string(),
    ...projectSettings(t),
    ...creationSettingsInput(t),
    templateId: t.id({ required: false, description: 'The project template (Keboola\'s project `type`): `production` unless given. Its features are copied and its expirationDays set expiresAt.' }),
    clientSideClient: t.boolean({ required: false, description: 'Also creates a READ client named "Client-side key" (Voucherify\'s client-side key); its secret is returned once.' }),
    ownersAsMembers: t.boolean({ required: false, description: 'Adds every OWNER of the organization to the project as ADMIN, as Voucherify does.' }),
    members: t.field({ type: [NewProjectMemberInput], required: false, description: 'Users of the organization to add, by id or e-mail address (Voucherify’s `users`).' }),
  }),
  payload: (
    t: PayloadFieldBuilder<{ project: ProjectRow; client: ClientRow; clientSecret: string; clientSideClient: ClientRow | null; clientSideSecret: string | null }>,
  ) => ({
    ...projectResult(t),
    client: t.prismaField({
      type: 'Client',
      nullable: true,
      description: "The project's default WRITE client, named 'First client' as OpenPanel names it.",
      resolve: (_query, payload) => payload.client ?? null,
    }),
    clientSecret: t.string({
      nullable: true,
      description: "The default client's secret. Shown only here: Steward keeps just a digest.",
      resolve: (payload) => payload.clientSecret,
    }),
    clientSideClient: t.prismaField({
      type: 'Client',
      nullable: true,
      description: 'The READ client made with clientSideClient.',
      resolve: (_query, payload) => payload.clientSideClient ?? null,
    }),
    clientSideSecret: t.string({ nullable: true, description: 'Its secret, shown only here.', resolve: (payload) => payload.clientSideSecret ?? null }),
  }),
  resolve: (input, context) => createProject(context, input),
});

defineMutation('updateProject', {
  input: (t) => ({
    id: t.id(),
    name: t.string({ required: false }),
    ...projectSettings(t),
    templateId: t.id({ required: false, description: 'Platform operator (platform:write) only.' }),
    expiresAt: t.field({ type: 'DateTime', required: false, description: 'Platform operator (platform:write) only; null: never expires.' }),
  }),
  payload: projectResult,
  resolve: (input, context) => updateProject(context, input),
});

defineMutation('deleteProject', {
  description: 'Schedules the project for deletion in 24 hours; restoreProject cancels it until then.',
  input: (t) => ({ id: t.id() }),
  payload: projectResult,
  resolve: (input, context) => deleteProject(context, input.id),
});

defineMutation('restoreProject', {
  input: (t) => ({ id: t.id() }),
  payload: projectResult,
  resolve: (input, context) => restoreProject(context, input.id),
});
