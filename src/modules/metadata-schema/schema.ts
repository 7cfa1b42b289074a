import type { MetadataSchema as MetadataSchemaRow } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, removedId, type InputFieldBuilder, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { Project } from '../project/schema.js';
import { definitionsOf, isCustomRelatedObject, METADATA_TYPES, type MetadataDefinition, type MetadataType } from './definitions.js';
import { createMetadataSchema, deleteMetadataSchema, updateMetadataSchema } from './service.js';

export const MetadataPropertyTypeEnum = builder.enumType('MetadataPropertyType', {
  description: "A metadata property's type; Voucherify spells each in lower case (`image_url`).",
  values: Object.fromEntries(METADATA_TYPES.map((type) => [type.toUpperCase(), { value: type }])) as Record<Uppercase<MetadataType>, { value: MetadataType }>,
});

const readRule = (place: { organizationId: string; projectId: string }) => ({
  permission: { permission: 'metadata-schema:read' as const, organizationId: place.organizationId, projectId: place.projectId },
});

const MetadataPropertyDefinition = builder.objectRef<MetadataDefinition>('MetadataPropertyDefinition').implement({
  description: 'One typed property of a metadata schema, with the constraints its type allows.',
  fields: (t) => ({
    name: t.exposeString('name'),
    type: t.field({ type: MetadataPropertyTypeEnum, resolve: (definition) => definition.type }),
    optional: t.exposeBoolean('optional'),
    array: t.exposeBoolean('array', { description: 'The value is a list of values of the type.' }),
    deleted: t.exposeBoolean('deleted', { description: 'Soft-deleted: kept, and ignored when values are checked.' }),
    objectType: t.exposeString('objectType', { nullable: true, description: 'The custom schema (its relatedObject) of a property of type OBJECT; null otherwise.' }),
    minLength: t.exposeInt('minLength', { nullable: true }),
    maxLength: t.exposeInt('maxLength', { nullable: true }),
    exactLength: t.exposeInt('exactLength', { nullable: true }),
    eq: t.field({ type: ['JSON'], nullable: true, description: 'The allowed values (strings or numbers).', resolve: (definition) => definition.eq }),
    ne: t.exposeFloatList('ne', { nullable: true, description: 'The forbidden values.' }),
    lt: t.exposeFloat('lt', { nullable: true }),
    lte: t.exposeFloat('lte', { nullable: true }),
    gt: t.exposeFloat('gt', { nullable: true }),
    gte: t.exposeFloat('gte', { nullable: true }),
  }),
});

export const MetadataSchema = builder.prismaNode('MetadataSchema', {
  id: { field: 'id' },
  description:
    "A project's metadata schema for one kind of object (Voucherify's): typed definitions that metadata of that kind is checked against. A relatedObject outside the standard ones makes a custom schema, a nested object that definitions of type OBJECT name.",
  authScopes: readRule,
  fields: (t) => ({
    relatedObject: t.exposeString('relatedObject', {
      description: 'Standard: `project`, `configuration` (Steward checks their metadata), or Voucherify\'s `campaign`, `customer`, `earning_rule`, `loyalty_tier`, `order`, `order_item`, `product`, `promotion_tier`, `publication`, `redemption`, `reward`, `voucher`; anything else is custom.',
    }),
    isCustom: t.boolean({ description: 'A custom schema: a nested object.', resolve: (schema) => isCustomRelatedObject(schema.relatedObject) }),
    allowDefinedOnly: t.exposeBoolean('allowDefinedOnly', { description: 'Only defined properties may be set.' }),
    properties: t.field({
      type: [MetadataPropertyDefinition],
      description: 'In the order they were first defined, soft-deleted ones included.',
      resolve: (schema) => definitionsOf(schema.properties),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true, description: 'Null until the first update.' }),
    project: t.relation('project'),
  }),
});

builder.prismaObjectField(Project, 'metadataSchemas', (t) =>
  t.relatedConnection('metadataSchemas', {
    cursor: 'id',
    nullable: true,
    description: 'Oldest first.',
    args: {
      id: t.arg.id({ required: false, description: 'Only this schema (none when it is not of this project).' }),
      relatedObject: t.arg.string({ required: false, description: 'Only the schema of this related object.' }),
    },
    authScopes: (project) => readRule({ organizationId: project.organizationId, projectId: project.id }),
    query: (args) => ({
      where: { ...(args.id ? { id: args.id } : {}), ...(args.relatedObject ? { relatedObject: args.relatedObject } : {}) },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
  }),
);

const MetadataPropertyDefinitionInput = builder.inputType('MetadataPropertyDefinitionInput', {
  description: 'A whole definition: keys left out take their defaults (optional true, array and deleted false, no constraints).',
  fields: (t) => ({
    name: t.string(),
    type: t.field({ type: MetadataPropertyTypeEnum, required: true, description: 'Cannot change once defined.' }),
    optional: t.boolean({ required: false }),
    array: t.boolean({ required: false }),
    deleted: t.boolean({ required: false, description: 'true soft-deletes the definition; false brings it back.' }),
    objectType: t.string({ required: false, description: 'Type OBJECT only: the relatedObject of a custom schema of the project.' }),
    minLength: t.int({ required: false, description: 'Type STRING only.' }),
    maxLength: t.int({ required: false, description: 'Type STRING only.' }),
    exactLength: t.int({ required: false, description: 'Type STRING only.' }),
    eq: t.field({ type: ['JSON'], required: false, description: 'Types STRING (strings) and NUMBER (numbers): the allowed values.' }),
    ne: t.field({ type: ['JSON'], required: false, description: 'Type NUMBER only: forbidden numbers.' }),
    lt: t.float({ required: false, description: 'Type NUMBER only; at most 2 decimal places, as lte, gt and gte.' }),
    lte: t.float({ required: false }),
    gt: t.float({ required: false }),
    gte: t.float({ required: false }),
  }),
});

/** Voucherify's paths name the project too: a schema of another project is then NOT_FOUND. */
const inProject = (t: InputFieldBuilder) =>
  t.id({ required: false, description: 'Only a schema of this project: NOT_FOUND (at projectId for a project the caller cannot see) otherwise.' });

const definitionsInput = (t: InputFieldBuilder) => t.field({ type: [MetadataPropertyDefinitionInput], required: true });

const schemaResult = (t: PayloadFieldBuilder<{ metadataSchema: MetadataSchemaRow }>) => ({
  metadataSchema: t.field({ type: MetadataSchema, nullable: true, resolve: (payload) => payload.metadataSchema }),
});

defineMutation('createMetadataSchema', {
  description: 'Creates the schema of a related object in a project; one per related object (a second: ALREADY_EXISTS). Needs metadata-schema:write.',
  input: (t) => ({
    projectId: t.id(),
    relatedObject: t.string(),
    allowDefinedOnly: t.boolean({ required: false, description: 'Default false.' }),
    properties: definitionsInput(t),
  }),
  payload: schemaResult,
  resolve: (input, context) => createMetadataSchema(context, input),
});

defineMutation('updateMetadataSchema', {
  description:
    'Merges definitions by name: one given replaces the stored one whole, the others stay; a type never changes; `deleted: true` soft-deletes. allowDefinedOnly changes when given.',
  input: (t) => ({ id: t.id(), projectId: inProject(t), allowDefinedOnly: t.boolean({ required: false }), properties: definitionsInput(t) }),
  payload: schemaResult,
  resolve: (input, context) => updateMetadataSchema(context, input),
});

defineMutation('deleteMetadataSchema', {
  description: 'Deletes the schema and its definitions for good; metadata already set is kept.',
  input: (t) => ({ id: t.id(), projectId: inProject(t) }),
  payload: removedId('deletedMetadataSchemaId'),
  resolve: (input, context) => deleteMetadataSchema(context, input.id, input.projectId),
});
