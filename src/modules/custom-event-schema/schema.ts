import type { CustomEventSchema as CustomEventSchemaRow } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, removedId, type InputFieldBuilder, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { Project } from '../project/schema.js';
import { EVENT_PROPERTY_TYPES, eventPropertiesOf, type EventProperty, type EventPropertyType } from './properties.js';
import { createCustomEventSchema, deleteCustomEventSchema, updateCustomEventSchema } from './service.js';

export const CustomEventPropertyTypeEnum = builder.enumType('CustomEventPropertyType', {
  description: "A custom event property's type; Voucherify spells each in lower case.",
  values: Object.fromEntries(EVENT_PROPERTY_TYPES.map((type) => [type.toUpperCase(), { value: type }])) as Record<Uppercase<EventPropertyType>, { value: EventPropertyType }>,
});

const readRule = (place: { organizationId: string; projectId: string }) => ({
  permission: { permission: 'metadata-schema:read' as const, organizationId: place.organizationId, projectId: place.projectId },
});

const CustomEventProperty = builder.objectRef<EventProperty>('CustomEventProperty').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    type: t.field({ type: CustomEventPropertyTypeEnum, resolve: (property) => property.type }),
    optional: t.exposeBoolean('optional'),
    deleted: t.exposeBoolean('deleted', { description: 'Soft-deleted: kept, marked.' }),
  }),
});

export const CustomEventSchema = builder.prismaNode('CustomEventSchema', {
  id: { field: 'id' },
  description: "A project's custom event (Voucherify's): its name, unique in the project, and its typed properties.",
  authScopes: readRule,
  fields: (t) => ({
    name: t.exposeString('name'),
    properties: t.field({
      type: [CustomEventProperty],
      description: 'In the order they were first defined, soft-deleted ones included.',
      resolve: (schema) => eventPropertiesOf(schema.properties),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true, description: 'Null until the first update.' }),
    project: t.relation('project'),
  }),
});

builder.prismaObjectField(Project, 'customEventSchemas', (t) =>
  t.relatedConnection('customEventSchemas', {
    cursor: 'id',
    nullable: true,
    description: 'Oldest first.',
    args: {
      id: t.arg.id({ required: false, description: 'Only this schema (none when it is not of this project).' }),
      name: t.arg.string({ required: false, description: 'Only the schema of this event.' }),
    },
    authScopes: (project) => readRule({ organizationId: project.organizationId, projectId: project.id }),
    query: (args) => ({
      where: { ...(args.id ? { id: args.id } : {}), ...(args.name ? { name: args.name } : {}) },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
  }),
);

const CustomEventPropertyInput = builder.inputType('CustomEventPropertyInput', {
  description: 'A whole property: keys left out take their defaults (optional true, deleted false).',
  fields: (t) => ({
    name: t.string(),
    type: t.field({ type: CustomEventPropertyTypeEnum, required: true, description: 'May change on update.' }),
    optional: t.boolean({ required: false }),
    deleted: t.boolean({ required: false, description: 'true soft-deletes the property; false brings it back.' }),
  }),
});

/** Voucherify's paths name the project too: a schema of another project is then NOT_FOUND. */
const inProject = (t: InputFieldBuilder) =>
  t.id({ required: false, description: 'Only a schema of this project: NOT_FOUND (at projectId for a project the caller cannot see) otherwise.' });

const propertiesInput = (t: InputFieldBuilder) => t.field({ type: [CustomEventPropertyInput], required: true });

const schemaResult = (t: PayloadFieldBuilder<{ customEventSchema: CustomEventSchemaRow }>) => ({
  customEventSchema: t.field({ type: CustomEventSchema, nullable: true, resolve: (payload) => payload.customEventSchema }),
});

defineMutation('createCustomEventSchema', {
  description: 'Creates a custom event schema; its name is unique in the project (a second: ALREADY_EXISTS). Needs metadata-schema:write.',
  input: (t) => ({ projectId: t.id(), name: t.string(), properties: propertiesInput(t) }),
  payload: schemaResult,
  resolve: (input, context) => createCustomEventSchema(context, input),
});

defineMutation('updateCustomEventSchema', {
  description: 'Merges properties by name: one given replaces the stored one whole (its type may change), the others stay; `deleted: true` soft-deletes.',
  input: (t) => ({ id: t.id(), projectId: inProject(t), properties: propertiesInput(t) }),
  payload: schemaResult,
  resolve: (input, context) => updateCustomEventSchema(context, input),
});

defineMutation('deleteCustomEventSchema', {
  description: 'Deletes the schema and its properties for good.',
  input: (t) => ({ id: t.id(), projectId: inProject(t) }),
  payload: removedId('deletedCustomEventSchemaId'),
  resolve: (input, context) => deleteCustomEventSchema(context, input.id, input.projectId),
});
