import { z } from 'zod';
import { listRoute, operation, route, type Denial, type RestFailure, type RestRoute, type RouteCall } from '../route.js';
import { notFound, voucherifyError } from './dialect-errors.js';
import {
  VoucherifyCreateMetadataSchemaDocument,
  VoucherifyDeleteMetadataSchemaDocument,
  VoucherifyMetadataSchemaByIdDocument,
  VoucherifyMetadataSchemasDocument,
  VoucherifyUpdateMetadataSchemaDocument,
  type MetadataPropertyDefinitionInput,
  type MetadataPropertyType,
  type VoucherifyMetadataSchemaFragment,
} from './operations.generated.js';
import { liveProject } from './projects.js';
import { list, listResponse, returned } from './shared.js';

// A project's metadata schemas (compat §3.3, §4.3): one per related_object, definitions as a map of
// name to definition, merged by name on PUT.

const METADATA_TYPES = ['string', 'number', 'object', 'date', 'datetime', 'geopoint', 'boolean', 'image_url'] as const;
const INT_MAX = 2 ** 31 - 1;

// Request bodies, refused in Ajv's words as Voucherify's validation does (`Property .a.b must be number`).

/** Ajv's message for a value of the wrong type; a missing one keeps zod's, which the dialect words as missing. */
const mustBe = (type: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? undefined : `must be ${type}`) });

export const ajv = {
  string: () => z.string(mustBe('string')),
  boolean: () => z.boolean(mustBe('boolean')),
  number: () => z.number(mustBe('number')),
  integer: () => z.int(mustBe('integer')).min(-INT_MAX - 1, `must be >= ${-INT_MAX - 1}`).max(INT_MAX, `must be <= ${INT_MAX}`),
  array: () => z.array(z.unknown(), mustBe('array')),
  oneOf: <T extends string>(values: readonly T[]) =>
    z.string(mustBe('string')).refine((value): value is T => (values as readonly string[]).includes(value), 'must be equal to one of the allowed values'),
  map: <T extends z.ZodType>(value: T) => z.record(z.string(), value, mustBe('object')),
  object: <T extends z.ZodRawShape>(shape: T) => z.object(shape, mustBe('object')),
};

const definition = ajv.object({
  type: ajv.oneOf(METADATA_TYPES),
  optional: ajv.boolean().nullish(),
  array: ajv.boolean().nullish(),
  deleted: ajv.boolean().nullish(),
  object_type: ajv.string().nullish(),
  min_length: ajv.integer().nullish(),
  max_length: ajv.integer().nullish(),
  exact_length: ajv.integer().nullish(),
  eq: ajv.array().nullish(),
  ne: ajv.array().nullish(),
  lt: ajv.number().nullish(),
  lte: ajv.number().nullish(),
  gt: ajv.number().nullish(),
  gte: ajv.number().nullish(),
});
type Definition = z.infer<typeof definition>;

const createBody = ajv.object({ related_object: ajv.string(), allow_defined_only: ajv.boolean().nullish(), properties: ajv.map(definition) });
type CreateBody = z.infer<typeof createBody>;
const updateBody = ajv.object({ allow_defined_only: ajv.boolean().nullish(), properties: ajv.map(definition) });
type UpdateBody = z.infer<typeof updateBody>;

function definitionInput(name: string, given: Definition): MetadataPropertyDefinitionInput {
  return {
    name,
    type: given.type.toUpperCase() as MetadataPropertyType,
    optional: given.optional,
    array: given.array,
    deleted: given.deleted,
    objectType: given.object_type,
    minLength: given.min_length,
    maxLength: given.max_length,
    exactLength: given.exact_length,
    eq: given.eq,
    ne: given.ne,
    lt: given.lt,
    lte: given.lte,
    gt: given.gt,
    gte: given.gte,
  };
}

const definitionsInput = (properties: Record<string, Definition>) => Object.entries(properties).map(([name, given]) => definitionInput(name, given));

// Responses

const definitionResponse = z.object({
  type: z.enum(METADATA_TYPES),
  optional: z.boolean(),
  array: z.boolean(),
  deleted: z.boolean().optional(),
  object_type: z.string().nullable(),
  min_length: z.number().int().optional(),
  max_length: z.number().int().optional(),
  exact_length: z.number().int().optional(),
  eq: z.array(z.union([z.string(), z.number()])).optional(),
  ne: z.array(z.number()).optional(),
  lt: z.number().optional(),
  lte: z.number().optional(),
  gt: z.number().optional(),
  gte: z.number().optional(),
});

const metadataSchemaResponse = z.object({
  id: z.string(),
  related_object: z.string(),
  properties: z.record(z.string(), definitionResponse),
  allow_defined_only: z.boolean().nullable(),
  created_at: z.string(),
  updated_at: z.string().nullable(),
  object: z.literal('metadata_schema'),
});

type StoredDefinition = VoucherifyMetadataSchemaFragment['properties'][number];

/** Only the constraints that are set: Voucherify leaves the others out. */
function constraints(stored: StoredDefinition) {
  const keys = {
    min_length: stored.minLength,
    max_length: stored.maxLength,
    exact_length: stored.exactLength,
    eq: stored.eq,
    ne: stored.ne,
    lt: stored.lt,
    lte: stored.lte,
    gt: stored.gt,
    gte: stored.gte,
  };
  return Object.fromEntries(Object.entries(keys).filter(([, value]) => value !== null && value !== undefined));
}

function definitionShape(stored: StoredDefinition) {
  return {
    type: stored.type.toLowerCase(),
    optional: stored.optional,
    array: stored.array,
    ...(stored.deleted ? { deleted: true } : {}),
    object_type: stored.objectType,
    ...constraints(stored),
  };
}

export const isoTimestamp = (value: string) => new Date(value).toISOString();

function metadataSchemaShape(schema: VoucherifyMetadataSchemaFragment) {
  return {
    id: schema.id,
    related_object: schema.relatedObject,
    properties: Object.fromEntries(schema.properties.map((stored) => [stored.name, definitionShape(stored)])),
    allow_defined_only: schema.allowDefinedOnly,
    created_at: isoTimestamp(schema.createdAt),
    updated_at: schema.updatedAt === null ? null : isoTimestamp(schema.updatedAt),
    object: 'metadata_schema',
  };
}

const projectRef = (params: Record<string, string>) => params.projectId!;
const schemaRef = (params: Record<string, string>) => params.metadataSchemaId!;

const SNAKE_CASE: Record<string, string> = {
  relatedObject: 'related_object',
  allowDefinedOnly: 'allow_defined_only',
  objectType: 'object_type',
  minLength: 'min_length',
  maxLength: 'max_length',
  exactLength: 'exact_length',
};

/**
 * A userError's message with Voucherify's property names: `Property .properties.Size.minLength must be
 * <= maxLength` becomes `… .min_length must be <= max_length`; the definition's own name is left as sent.
 */
function inVoucherifyWords(message: string, propertyNames: string[], field: string[]): string {
  const index = field[1] === 'properties' ? Number(field[2]) : Number.NaN;
  const named = propertyNames[index];
  const prefix = named === undefined ? '' : `Property .properties.${named}`;
  const kept = message.startsWith(prefix) ? prefix : '';
  return kept + message.slice(kept.length).replace(/\b(relatedObject|allowDefinedOnly|objectType|minLength|maxLength|exactLength)\b/g, (word) => SNAKE_CASE[word]!);
}

/** Refusals of a create or update: the 409 names the related object, other userErrors are 400 in Voucherify's words. */
function schemaDenial(denial: Denial, call: RouteCall<unknown, unknown>): RestFailure | undefined {
  if (denial.kind !== 'user-error') return undefined;
  const { error } = denial;
  const body = call.body as { related_object?: string; properties: Record<string, unknown> };
  if (error.code === 'ALREADY_EXISTS') {
    return voucherifyError(409, 'duplicate_found', error.message, { id: body.related_object?.trim() ?? '', type: 'metadata schema' });
  }
  if (error.code === 'NOT_FOUND') return undefined;
  return voucherifyError(400, 'invalid_payload', inVoucherifyWords(error.message, Object.keys(body.properties), error.field));
}

export const metadataSchemaRoutes: RestRoute[] = [
  route<CreateBody>({
    method: 'POST',
    path: '/projects/:projectId/metadata-schemas',
    operationId: 'create-metadata-schema',
    summary: 'Create the metadata schema of a related object (one per related object; any other name than the standard ones makes a custom schema)',
    resource: 'metadata_schema',
    body: createBody,
    response: metadataSchemaResponse,
    operation: ({ params, body }) =>
      operation(VoucherifyCreateMetadataSchemaDocument, {
        input: { projectId: projectRef(params), relatedObject: body.related_object, allowDefinedOnly: body.allow_defined_only, properties: definitionsInput(body.properties) },
      }),
    deny: schemaDenial,
    respond: ({ createMetadataSchema }) => metadataSchemaShape(returned(createMetadataSchema?.metadataSchema)),
  }),
  listRoute({
    method: 'GET',
    path: '/projects/:projectId/metadata-schemas',
    operationId: 'list-metadata-schemas-1',
    summary: 'List the metadata schemas of the project, oldest first',
    resource: 'metadata_schema',
    response: listResponse(metadataSchemaResponse),
    operation: ({ params }) => operation(VoucherifyMetadataSchemasDocument, { projectId: projectRef(params) }),
    connection: (data, { params }) => liveProject(data.project, projectRef(params)).metadataSchemas,
    respond: (nodes: VoucherifyMetadataSchemaFragment[]) => list(nodes.map(metadataSchemaShape)),
  }),
  route({
    method: 'GET',
    path: '/projects/:projectId/metadata-schemas/:metadataSchemaId',
    operationId: 'get-metadata-schema-1',
    summary: 'Get a metadata schema',
    resource: 'metadata_schema',
    response: metadataSchemaResponse,
    operation: ({ params }) => operation(VoucherifyMetadataSchemaByIdDocument, { projectId: projectRef(params), id: schemaRef(params) }),
    respond: ({ project }, { params }) => {
      const schema = liveProject(project, projectRef(params)).metadataSchemas?.edges[0]?.node;
      if (!schema) throw notFound('metadata_schema', schemaRef(params));
      return metadataSchemaShape(schema);
    },
  }),
  route<UpdateBody>({
    method: 'PUT',
    path: '/projects/:projectId/metadata-schemas/:metadataSchemaId',
    operationId: 'update-metadata-schema',
    summary: 'Update a metadata schema: definitions are merged by name, one sent replaces the stored one whole; `deleted: true` soft-deletes',
    resource: 'metadata_schema',
    body: updateBody,
    response: metadataSchemaResponse,
    operation: ({ params, body }) =>
      operation(VoucherifyUpdateMetadataSchemaDocument, {
        input: { id: schemaRef(params), projectId: projectRef(params), allowDefinedOnly: body.allow_defined_only, properties: definitionsInput(body.properties) },
      }),
    deny: schemaDenial,
    respond: ({ updateMetadataSchema }) => metadataSchemaShape(returned(updateMetadataSchema?.metadataSchema)),
  }),
  route({
    method: 'DELETE',
    path: '/projects/:projectId/metadata-schemas/:metadataSchemaId',
    operationId: 'delete-metadata-schema',
    summary: 'Delete a metadata schema and its definitions for good (metadata already set stays)',
    resource: 'metadata_schema',
    status: 204,
    operation: ({ params }) => operation(VoucherifyDeleteMetadataSchemaDocument, { input: { id: schemaRef(params), projectId: projectRef(params) } }),
    respond: () => null,
  }),
];
