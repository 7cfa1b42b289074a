import type { Component as ComponentRow, ComponentRelease as ReleaseRow } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { createComponent, readComponent, releaseComponentVersion, updateComponent } from './service.js';

export const ComponentTypeEnum = builder.enumType('ComponentType', { values: ['EXTRACTOR', 'WRITER', 'APPLICATION', 'TRANSFORMATION', 'OTHER'] as const });

export const ComponentRelease = builder.prismaObject('ComponentRelease', {
  description: 'A released version of a component: the JSON Schemas its configurations validate against. Never changes once released.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: '1, 2, 3… in the order of release; the highest is the latest.' }),
    version: t.exposeString('version', { description: 'The release’s label, such as 1.4.0.' }),
    configurationSchema: t.expose('configurationSchema', { type: 'JSON' }),
    rowConfigurationSchema: t.expose('rowConfigurationSchema', { type: 'JSON' }),
    releaseNotes: t.exposeString('releaseNotes'),
    releasedAt: t.expose('releasedAt', { type: 'DateTime' }),
  }),
});

export const Component = builder.prismaNode('Component', {
  id: { field: 'id' },
  // Deliberately open: the catalogue is every principal's to read.
  authScopes: () => true,
  description: 'A component of the platform catalogue (an extractor, a writer, an application…), managed by the platform operator; every principal reads the catalogue.',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Its name in paths and in storage tokens’ componentAccess, such as keboola.ex-db-mysql.' }),
    type: t.expose('type', { type: ComponentTypeEnum }),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    flags: t.exposeStringList('flags'),
    documentationUrl: t.exposeString('documentationUrl', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    latestRelease: t.field({
      type: ComponentRelease,
      nullable: true,
      description: 'What configurations that pin no release validate against; null before the first release.',
      select: { releases: { orderBy: { number: 'desc' }, take: 1 } },
      resolve: (component) => component.releases[0] ?? null,
    }),
    releases: t.relatedConnection('releases', { cursor: 'id', description: 'Newest first.', query: () => ({ orderBy: [{ number: 'desc' }, { id: 'desc' }] }) }),
  }),
});

builder.queryFields((t) => ({
  components: t.prismaConnection({
    type: 'Component',
    cursor: 'id',
    description: 'The component catalogue by slug, of one type if asked.',
    args: { type: t.arg({ type: ComponentTypeEnum, required: false }) },
    resolve: (query, _root, { type }, context) =>
      context.prisma.component.findMany({ ...query, where: type ? { type } : {}, orderBy: [{ slug: 'asc' }, { id: 'asc' }] }),
  }),
  component: t.prismaField({
    type: 'Component',
    nullable: true,
    description: 'A component by its id or slug.',
    args: { id: t.arg.id() },
    resolve: (query, _root, { id }, context) => readComponent(context, id, query),
  }),
}));

const componentResult = (t: PayloadFieldBuilder<{ component: ComponentRow }>) => ({
  component: t.field({ type: Component, nullable: true, resolve: (payload) => payload.component }),
});

defineMutation('createComponent', {
  description: 'Adds a component to the catalogue (platform operator with component:write). Release a version to give it schemas.',
  input: (t) => ({
    slug: t.string(),
    type: t.field({ type: ComponentTypeEnum }),
    name: t.string(),
    description: t.string({ required: false }),
    flags: t.stringList({ required: false }),
    documentationUrl: t.string({ required: false }),
  }),
  payload: componentResult,
  resolve: (input, context) => createComponent(context, input),
});

defineMutation('updateComponent', {
  description: 'Changes a catalogue entry (platform operator with component:write); its slug and releases never change.',
  input: (t) => ({
    id: t.id({ description: 'Its id or slug.' }),
    type: t.field({ type: ComponentTypeEnum, required: false }),
    name: t.string({ required: false }),
    description: t.string({ required: false }),
    flags: t.stringList({ required: false }),
    documentationUrl: t.string({ required: false }),
  }),
  payload: componentResult,
  resolve: (input, context) => updateComponent(context, input),
});

defineMutation('releaseComponentVersion', {
  description:
    'Releases a version of a component with its configuration schemas (platform operator with component:write): configurations that pin no release validate against it from their next change on.',
  input: (t) => ({
    componentId: t.id({ description: 'Its id or slug.' }),
    version: t.string({ description: 'Unique per component, such as 1.4.0.' }),
    configurationSchema: t.field({ type: 'JSON', required: false, description: 'A JSON Schema; {} accepts anything.' }),
    rowConfigurationSchema: t.field({ type: 'JSON', required: false, description: 'A JSON Schema for rows; {} accepts anything.' }),
    releaseNotes: t.string({ required: false }),
  }),
  payload: (t: PayloadFieldBuilder<{ release: ReleaseRow; component: ComponentRow }>) => ({
    release: t.field({ type: ComponentRelease, nullable: true, resolve: (payload) => payload.release }),
    ...componentResult(t),
  }),
  resolve: (input, context) => releaseComponentVersion(context, input),
});
