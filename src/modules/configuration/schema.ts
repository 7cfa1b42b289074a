import type { Configuration as ConfigurationRow_, ConfigurationRow as RowRow } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, type InputFieldBuilder, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { AuditActor } from '../audit/schema.js';
import { ComponentRelease } from '../component/schema.js';
import { Organization } from '../organization/schema.js';
import { Project } from '../project/schema.js';
import { configurationUsage, creatorToken, diffVersions, historyPage, readConfiguration, rowsAtVersion, visibleConfigurations } from './read.js';
import { placeOfConfiguration, placeOfRow } from './locate.js';
import { copyConfigurationRowVersion, createConfigurationRow, deleteConfigurationRow, rollbackConfigurationRow, updateConfigurationRow, updateConfigurationRowState } from './rows.js';
import { createConfiguration, deleteConfiguration, restoreConfiguration, updateConfiguration, updateConfigurationState } from './service.js';
import { createConfigurationFromVersion, rollbackConfiguration } from './versions.js';

const actorOfVersion = (version: { createdByKind: string; createdById: string }) => ({ kind: version.createdByKind as never, id: version.createdById });

const JsonPatchOperation = builder.objectRef<{ op: 'add' | 'remove' | 'replace'; path: string; value?: unknown; previous?: unknown }>('JsonPatchOperation').implement({
  description: 'One step of a JSON Patch (RFC 6902).',
  fields: (t) => ({
    op: t.exposeString('op', { description: 'add, remove or replace.' }),
    path: t.exposeString('path', { description: 'A JSON Pointer (RFC 6901).' }),
    value: t.field({ type: 'JSON', nullable: true, description: 'What is added or put in place.', resolve: (operation) => operation.value ?? null }),
    previous: t.field({ type: 'JSON', nullable: true, description: 'What is removed or replaced.', resolve: (operation) => operation.previous ?? null }),
  }),
});

const CreatorToken = builder.objectRef<{ databaseId: number; description: string }>('CreatorToken').implement({
  description: 'The storage token that made a change, as Keboola’s `creatorToken` shows it to whoever reads the configuration.',
  fields: (t) => ({
    databaseId: t.exposeInt('databaseId', { description: 'The token’s number (Keboola’s token id).' }),
    description: t.exposeString('description'),
  }),
});

export const ConfigurationRowVersion = builder.prismaObject('ConfigurationRowVersion', {
  description: 'An immutable version of a configuration row.',
  select: { id: true },
  fields: (t) => ({
    version: t.exposeInt('version'),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    configuration: t.expose('configuration', { type: 'JSON' }),
    isDisabled: t.exposeBoolean('isDisabled'),
    changeDescription: t.exposeString('changeDescription'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    creator: t.field({ type: AuditActor, select: { createdByKind: true, createdById: true }, resolve: actorOfVersion }),
    creatorToken: t.field({
      type: CreatorToken,
      nullable: true,
      description: 'The storage token that made the change; null when a user, key, client or the operator made it (see creator).',
      select: { createdByKind: true, createdById: true },
      resolve: (version, _args, context) => creatorToken(context, version),
    }),
    row: t.relation('row'),
  }),
});

export const ConfigurationVersion = builder.prismaObject('ConfigurationVersion', {
  description: 'An immutable version of a configuration: its content and its rows as they were, and who made the change. Content is read only when asked for.',
  select: { id: true },
  fields: (t) => ({
    version: t.exposeInt('version'),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    configuration: t.expose('configuration', { type: 'JSON' }),
    isDisabled: t.exposeBoolean('isDisabled'),
    isDeleted: t.exposeBoolean('isDeleted', { description: 'The change put the configuration in the trash.' }),
    rowsSortOrder: t.exposeStringList('rowsSortOrder'),
    changeDescription: t.exposeString('changeDescription'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    creator: t.field({ type: AuditActor, select: { createdByKind: true, createdById: true }, resolve: actorOfVersion }),
    creatorToken: t.field({
      type: CreatorToken,
      nullable: true,
      description: 'The storage token that made the change; null when a user, key, client or the operator made it (see creator).',
      select: { createdByKind: true, createdById: true },
      resolve: (version, _args, context) => creatorToken(context, version),
    }),
    release: t.field({
      type: ComponentRelease,
      nullable: true,
      description: 'The release the configuration pinned then; null when it followed the latest.',
      select: { releaseId: true },
      resolve: (version, _args, context) => (version.releaseId ? context.prisma.componentRelease.findUnique({ where: { id: version.releaseId } }) : null),
    }),
    rows: t.field({
      type: [ConfigurationRowVersion],
      description: 'The rows at this version, in its row order.',
      select: { rows: true, rowsSortOrder: true },
      resolve: (version, _args, context) => rowsAtVersion(context, version),
    }),
  }),
});

export const ConfigurationRow = builder.prismaNode('ConfigurationRow', {
  id: { field: 'id' },
  description: 'A row of a configuration: its own content, state and versions.',
  authScopes: async (row, context) => {
    const place = await placeOfRow(context, row);
    return place !== null && context.access.can('configuration:read', place);
  },
  fields: (t) => ({
    databaseId: t.exposeInt('number', { description: 'A stable integer for clients that decode ids as integers; `id` everywhere else.' }),
    key: t.exposeString('key', { description: 'Unique within its configuration (Keboola’s row id).' }),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    configuration: t.expose('configuration', { type: 'JSON' }),
    state: t.expose('state', { type: 'JSON', description: 'Not versioned.' }),
    isDisabled: t.exposeBoolean('isDisabled'),
    version: t.exposeInt('version', { description: 'The number of its latest version.' }),
    isDeleted: t.boolean({ select: { deletedAt: true }, resolve: (row) => row.deletedAt !== null }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    parent: t.relation('parent', { description: 'The configuration it belongs to.' }),
    currentVersion: t.field({
      type: ConfigurationRowVersion,
      select: (_args, _context, nested) => ({ versions: nested({ orderBy: { version: 'desc' }, take: 1 }) }),
      resolve: (row) => row.versions[0]!,
    }),
    versionAt: t.field({
      type: ConfigurationRowVersion,
      nullable: true,
      args: { version: t.arg.int() },
      select: (args, _context, nested) => ({ versions: nested({ where: { version: args.version } }) }),
      resolve: (row) => row.versions[0] ?? null,
    }),
    versions: t.prismaConnection({
      type: 'ConfigurationRowVersion',
      cursor: 'id',
      description: 'Newest first.',
      resolve: async (query, row, _args, context) => {
        const versionOf = async (id: string) => (await context.prisma.configurationRowVersion.findFirst({ where: { id, rowId: row.id }, select: { version: true } }))?.version ?? null;
        const page = await historyPage(query, versionOf);
        return page ? context.prisma.configurationRowVersion.findMany({ ...page.query, where: { rowId: row.id, ...page.where }, orderBy: { version: 'desc' } }) : [];
      },
    }),
  }),
});

export const Configuration = builder.prismaNode('Configuration', {
  id: { field: 'id' },
  description: "A project's configuration of a component. Its content changes only by writing a new version; its state is not versioned.",
  authScopes: async (configuration, context) => context.access.can('configuration:read', await placeOfConfiguration(context, configuration)),
  fields: (t) => ({
    databaseId: t.exposeInt('number', { description: 'A stable integer for clients that decode ids as integers; `id` everywhere else.' }),
    key: t.exposeString('key', { description: 'Unique among the component’s configurations in the project (Keboola’s configuration id): chosen by its creator, else the number.' }),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    configuration: t.expose('configuration', { type: 'JSON' }),
    state: t.expose('state', { type: 'JSON', description: 'What the component remembers between runs. Not versioned.' }),
    isDisabled: t.exposeBoolean('isDisabled'),
    isDeleted: t.boolean({ description: 'In the trash.', select: { deletedAt: true }, resolve: (configuration) => configuration.deletedAt !== null }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
    version: t.exposeInt('version', { description: 'The number of its latest version.' }),
    rowsSortOrder: t.exposeStringList('rowsSortOrder', { description: 'Row keys in the order its writer set; empty: rows go by key.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    component: t.relation('component'),
    project: t.relation('project'),
    release: t.relation('release', { nullable: true, description: 'The pinned release; null when it follows the component’s latest.' }),
    rows: t.field({
      type: [ConfigurationRow],
      description: 'Its rows in its row order.',
      select: (_args, _context, nested) => ({ rowsSortOrder: true, rows: nested({ where: { deletedAt: null }, orderBy: { key: 'asc' } }) }),
      resolve: (configuration) => {
        const position = new Map(configuration.rowsSortOrder.map((key, index) => [key, index]));
        return [...configuration.rows].sort((a, b) => (position.get(a.key) ?? Infinity) - (position.get(b.key) ?? Infinity));
      },
    }),
    row: t.field({
      type: ConfigurationRow,
      nullable: true,
      description: 'A live row by its key; null when it has none.',
      args: { key: t.arg.string() },
      select: (args, _context, nested) => ({ rows: nested({ where: { key: args.key, deletedAt: null } }) }),
      resolve: (configuration) => configuration.rows[0] ?? null,
    }),
    currentVersion: t.field({
      type: ConfigurationVersion,
      select: (_args, _context, nested) => ({ versions: nested({ orderBy: { version: 'desc' }, take: 1 }) }),
      resolve: (configuration) => configuration.versions[0]!,
    }),
    versionAt: t.field({
      type: ConfigurationVersion,
      nullable: true,
      description: 'One version by its number; null when there is none.',
      args: { version: t.arg.int() },
      select: (args, _context, nested) => ({ versions: nested({ where: { version: args.version } }) }),
      resolve: (configuration) => configuration.versions[0] ?? null,
    }),
    versions: t.prismaConnection({
      type: 'ConfigurationVersion',
      cursor: 'id',
      description: 'Newest first.',
      resolve: async (query, configuration, _args, context) => {
        const versionOf = async (id: string) =>
          (await context.prisma.configurationVersion.findFirst({ where: { id, configurationId: configuration.id }, select: { version: true } }))?.version ?? null;
        const page = await historyPage(query, versionOf);
        return page ? context.prisma.configurationVersion.findMany({ ...page.query, where: { configurationId: configuration.id, ...page.where }, orderBy: { version: 'desc' } }) : [];
      },
    }),
    diff: t.field({
      type: [JsonPatchOperation],
      description: 'What changed from one version to another, as JSON Patch (RFC 6902) operations on { name, description, isDisabled, configuration, rowsSortOrder, rows: { key: { name, description, isDisabled, configuration } } }.',
      args: { from: t.arg.int(), to: t.arg.int() },
      resolve: (configuration, args, context) => diffVersions(context, configuration.id, args.from, args.to),
    }),
  }),
});


builder.prismaObjectField(Project, 'configurations', (t) =>
  t.relatedConnection('configurations', {
    cursor: 'id',
    nullable: true,
    description: 'Its configurations, oldest first: of one component if asked, from the trash if asked. A storage token sees those of the components it reaches.',
    args: {
      componentId: t.arg.id({ required: false, description: 'A component’s id or slug.' }),
      deleted: t.arg.boolean({ defaultValue: false, description: 'The trash instead of the live configurations.' }),
      key: t.arg.string({ required: false, description: 'Only the one with this key (give componentId too: keys are unique per component).' }),
    },
    authScopes: (project) => ({ permission: { permission: 'configuration:read', organizationId: project.organizationId, projectId: project.id } }),
    query: (args, context) => ({ where: visibleConfigurations(context, args), orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  }),
);

builder.queryField('configuration', (t) =>
  t.prismaField({
    type: 'Configuration',
    nullable: true,
    description: 'A configuration by its id or number, in the trash or not.',
    args: { id: t.arg.id() },
    resolve: (query, _root, { id }, context) => readConfiguration(context, id, query),
  }),
);

const ConfigurationUsage = builder.objectRef<{ configurations: number; rows: number; versions: number }>('ConfigurationUsage').implement({
  description: 'What the organization keeps of configurations, the trash included.',
  fields: (t) => ({
    configurations: t.exposeInt('configurations'),
    rows: t.exposeInt('rows'),
    versions: t.exposeInt('versions', { description: 'Versions of configurations and of rows.' }),
  }),
});

builder.prismaObjectField(Organization, 'configurationUsage', (t) =>
  t.field({
    type: ConfigurationUsage,
    nullable: true,
    authScopes: (organization) => ({ permission: { permission: 'usage:read', organizationId: organization.id } }),
    resolve: (organization, _args, context) => configurationUsage(context, organization.id),
  }),
);

// Mutations. A configuration is named by `configurationId`, or by `componentId` and `key` in
// `projectId` (which a storage token leaves out: it has one project); a row, by `rowId`, or by
// `rowKey` in a configuration named so.

export const configurationNaming = (t: InputFieldBuilder) => ({
  configurationId: t.id({ required: false, description: 'Its id or number.' }),
  projectId: t.id({ required: false, description: 'With componentId and key; a storage token’s own project when left out.' }),
  componentId: t.id({ required: false, description: 'Its component’s id or slug: with key, or to check the configuration’s component.' }),
  key: t.string({ required: false }),
});

const rowNaming = (t: InputFieldBuilder) => ({
  ...configurationNaming(t),
  rowId: t.id({ required: false, description: 'Its id or number.' }),
  rowKey: t.string({ required: false, description: 'With the configuration named.' }),
});

const baseVersion = (t: InputFieldBuilder, what: string) =>
  t.int({ required: false, description: `The version of the ${what} this change was based on: when it is no longer the latest, STALE_VERSION names the latest and nothing changes. Give it whenever the change was made from what was read.` });

const contentFields = (t: InputFieldBuilder) => ({
  name: t.string({ required: false }),
  description: t.string({ required: false }),
  configuration: t.field({ type: 'JSON', required: false, description: 'A JSON object (or array): validated against the release the configuration uses.' }),
  state: t.field({ type: 'JSON', required: false, description: 'Not versioned.' }),
  isDisabled: t.boolean({ required: false }),
  changeDescription: t.string({ required: false }),
});

const configurationResult = <R extends { configuration: ConfigurationRow_ | null }>(t: PayloadFieldBuilder<R>) => ({
  configuration: t.field({ type: Configuration, nullable: true, resolve: (payload) => payload.configuration }),
});
const rowResult = <R extends { row: RowRow }>(t: PayloadFieldBuilder<R>) => ({
  row: t.field({ type: ConfigurationRow, nullable: true, resolve: (payload) => payload.row }),
});

defineMutation('createConfiguration', {
  description: 'Creates a configuration of a component at version 1 (configuration:write). A key in the trash renews that configuration, its history going on.',
  input: (t) => ({
    projectId: t.id({ required: false, description: 'A storage token’s own project when left out.' }),
    componentId: t.id({ description: 'The component’s id or slug.' }),
    key: t.string({ required: false, description: 'Its number when left out.' }),
    ...contentFields(t),
    name: t.string(),
    release: t.string({ required: false, description: 'A release version to pin; the latest release is followed when left out.' }),
  }),
  payload: configurationResult,
  resolve: (input, context) => createConfiguration(context, input),
});

defineMutation('updateConfiguration', {
  description: 'Changes a configuration (configuration:write): a new version unless only the state changed or nothing did.',
  input: (t) => ({
    ...configurationNaming(t),
    baseVersion: baseVersion(t, 'configuration'),
    ...contentFields(t),
    release: t.string({ required: false, description: 'A release version to pin, or `latest` to follow the latest release.' }),
    rowsSortOrder: t.stringList({ required: false, description: 'Every row key once, in the order wanted; empty to order rows by key.' }),
  }),
  payload: configurationResult,
  resolve: (input, context) => updateConfiguration(context, input),
});

defineMutation('updateConfigurationState', {
  description: 'Sets a configuration’s state (configuration:write); not versioned.',
  input: (t) => ({ ...configurationNaming(t), state: t.field({ type: 'JSON' }) }),
  payload: configurationResult,
  resolve: (input, context) => updateConfigurationState(context, input),
});

defineMutation('deleteConfiguration', {
  description:
    'Moves a configuration to the trash, a new version (configuration:write); one in the trash is deleted for good with its rows, versions and metadata (a storage token needs canPurgeTrash). `configuration` is null once deleted for good.',
  input: (t) => ({ ...configurationNaming(t), changeDescription: t.string({ required: false }) }),
  payload: (t: PayloadFieldBuilder<{ deletedConfigurationId: string; configuration: ConfigurationRow_ | null }>) => ({
    deletedConfigurationId: t.id({ nullable: true, resolve: (payload) => payload.deletedConfigurationId }),
    ...configurationResult(t),
  }),
  resolve: (input, context) => deleteConfiguration(context, input),
});

defineMutation('restoreConfiguration', {
  description: 'Brings a configuration back from the trash with its rows, a new version (configuration:write).',
  input: (t) => ({ ...configurationNaming(t), changeDescription: t.string({ required: false }) }),
  payload: configurationResult,
  resolve: (input, context) => restoreConfiguration(context, input),
});

defineMutation('rollbackConfiguration', {
  description: 'Writes a new version with the content, release, rows and row order of an earlier one (configuration:write); history is never rewritten, the state stays.',
  input: (t) => ({ ...configurationNaming(t), version: t.int(), changeDescription: t.string({ required: false }) }),
  payload: configurationResult,
  resolve: (input, context) => rollbackConfiguration(context, input),
});

defineMutation('createConfigurationFromVersion', {
  description: 'Creates a configuration of the same component and project from a version of another, rows (with their keys) included, at version 1 with an empty state.',
  input: (t) => ({
    ...configurationNaming(t),
    version: t.int(),
    newKey: t.string({ required: false, description: 'The new configuration’s key; its number when left out.' }),
    name: t.string(),
    description: t.string({ required: false, description: 'The version’s when left out.' }),
    changeDescription: t.string({ required: false }),
  }),
  payload: configurationResult,
  resolve: (input, context) => createConfigurationFromVersion(context, input),
});

defineMutation('createConfigurationRow', {
  description: 'Adds a row at its version 1 and makes a version of the configuration (configuration:write). A deleted row’s key brings that row back, its history going on.',
  input: (t) => ({ ...configurationNaming(t), rowKey: t.string({ required: false, description: 'Its number when left out.' }), ...contentFields(t) }),
  payload: (t: PayloadFieldBuilder<{ row: RowRow; configuration: ConfigurationRow_ }>) => ({ ...rowResult(t), ...configurationResult(t) }),
  resolve: (input, context) => createConfigurationRow(context, input),
});

defineMutation('updateConfigurationRow', {
  description: 'Changes a row (configuration:write): a new version of the row and of its configuration unless only the state changed or nothing did.',
  input: (t) => ({ ...rowNaming(t), baseVersion: baseVersion(t, 'row'), ...contentFields(t) }),
  payload: (t: PayloadFieldBuilder<{ row: RowRow; configuration: ConfigurationRow_ }>) => ({ ...rowResult(t), ...configurationResult(t) }),
  resolve: (input, context) => updateConfigurationRow(context, input),
});

defineMutation('updateConfigurationRowState', {
  description: 'Sets a row’s state (configuration:write); not versioned.',
  input: (t) => ({ ...rowNaming(t), state: t.field({ type: 'JSON' }) }),
  payload: rowResult,
  resolve: (input, context) => updateConfigurationRowState(context, input),
});

defineMutation('deleteConfigurationRow', {
  description: 'Removes a row, a new version of its configuration (configuration:write); a rollback brings it back.',
  input: (t) => ({ ...rowNaming(t), changeDescription: t.string({ required: false }) }),
  payload: (t: PayloadFieldBuilder<{ deletedRowId: string; configuration: ConfigurationRow_ }>) => ({
    deletedRowId: t.id({ nullable: true, resolve: (payload) => payload.deletedRowId }),
    ...configurationResult(t),
  }),
  resolve: (input, context) => deleteConfigurationRow(context, input),
});

defineMutation('rollbackConfigurationRow', {
  description: 'Writes a new version of a row with the content of an earlier one, and a version of its configuration (configuration:write).',
  input: (t) => ({ ...rowNaming(t), version: t.int(), changeDescription: t.string({ required: false }) }),
  payload: (t: PayloadFieldBuilder<{ row: RowRow; configuration: ConfigurationRow_ }>) => ({ ...rowResult(t), ...configurationResult(t) }),
  resolve: (input, context) => rollbackConfigurationRow(context, input),
});

defineMutation('copyConfigurationRowVersion', {
  description: 'Copies a version of a row into a new row of its configuration or of another of the same component and project (configuration:write there), at version 1 with an empty state.',
  input: (t) => ({
    ...rowNaming(t),
    version: t.int(),
    targetConfigurationId: t.id({ required: false, description: 'Its id or number; the row’s own configuration when neither this nor targetKey is given.' }),
    targetKey: t.string({ required: false, description: 'Or the target configuration’s key, among the row’s component’s configurations in its project (Keboola’s targetConfigId).' }),
    changeDescription: t.string({ required: false }),
  }),
  payload: (t: PayloadFieldBuilder<{ row: RowRow; configuration: ConfigurationRow_ }>) => ({ ...rowResult(t), ...configurationResult(t) }),
  resolve: (input, context) => copyConfigurationRowVersion(context, input),
});
