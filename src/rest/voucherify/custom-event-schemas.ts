import { z } from 'zod';
import { listRoute, operation, route, type Denial, type RestFailure, type RestRoute, type RouteCall } from '../route.js';
import { notFound, voucherifyError } from './dialect-errors.js';
import { ajv, isoTimestamp } from './metadata-schemas.js';
import {
  VoucherifyCreateCustomEventSchemaDocument,
  VoucherifyCustomEventSchemaByIdDocument,
  VoucherifyCustomEventSchemasDocument,
  VoucherifyDeleteCustomEventSchemaDocument,
  VoucherifyUpdateCustomEventSchemaDocument,
  type CustomEventPropertyInput,
  type CustomEventPropertyType,
  type VoucherifyCustomEventSchemaFragment,
} from './operations.generated.js';
import { liveProject } from './projects.js';
import { list, listResponse, returned } from './shared.js';

// A project's custom event schemas (compat §3.4, §4.4): a name unique in the project and its
// properties under `schema.properties`, merged by name on PUT (a type may change).

const EVENT_PROPERTY_TYPES = ['string', 'number', 'date', 'datetime', 'boolean'] as const;

const property = ajv.object({ type: ajv.oneOf(EVENT_PROPERTY_TYPES), optional: ajv.boolean().nullish(), deleted: ajv.boolean().nullish() });
const schemaBody = ajv.object({ properties: ajv.map(property) });

const createBody = ajv.object({ name: ajv.string(), schema: schemaBody });
type CreateBody = z.infer<typeof createBody>;
const updateBody = ajv.object({ schema: schemaBody });
type UpdateBody = z.infer<typeof updateBody>;

function propertiesInput(properties: Record<string, z.infer<typeof property>>): CustomEventPropertyInput[] {
  return Object.entries(properties).map(([name, given]) => ({
    name,
    type: given.type.toUpperCase() as CustomEventPropertyType,
    optional: given.optional,
    deleted: given.deleted,
  }));
}

const propertyResponse = z.object({ type: z.enum(EVENT_PROPERTY_TYPES), optional: z.boolean(), deleted: z.boolean().optional() });

const customEventSchemaResponse = z.object({
  id: z.string(),
  name: z.string(),
  schema: z.object({ properties: z.record(z.string(), propertyResponse) }),
  created_at: z.string(),
  updated_at: z.string().optional(),
  object: z.literal('custom-event-schema'),
});

type StoredProperty = VoucherifyCustomEventSchemaFragment['properties'][number];

const propertyShape = (stored: StoredProperty) => ({ type: stored.type.toLowerCase(), optional: stored.optional, ...(stored.deleted ? { deleted: true } : {}) });

/** `updated_at` only once it was updated, as in Voucherify's examples. */
function customEventSchemaShape(schema: VoucherifyCustomEventSchemaFragment) {
  return {
    id: schema.id,
    name: schema.name,
    schema: { properties: Object.fromEntries(schema.properties.map((stored) => [stored.name, propertyShape(stored)])) },
    created_at: isoTimestamp(schema.createdAt),
    ...(schema.updatedAt === null ? {} : { updated_at: isoTimestamp(schema.updatedAt) }),
    object: 'custom-event-schema',
  };
}

const projectRef = (params: Record<string, string>) => params.projectId!;
const schemaRef = (params: Record<string, string>) => params.customEventSchemaId!;

/** The 409 names the event; other userErrors (but a missing object) are 400 with the service's message. */
function schemaDenial(denial: Denial, call: RouteCall<unknown, unknown>): RestFailure | undefined {
  if (denial.kind !== 'user-error' || denial.error.code === 'NOT_FOUND') return undefined;
  const { error } = denial;
  if (error.code === 'ALREADY_EXISTS') {
    const name = (call.body as { name?: string }).name?.trim() ?? '';
    return voucherifyError(409, 'duplicate_found', error.message, { id: name, type: 'custom_event_schema' });
  }
  return voucherifyError(400, 'invalid_payload', error.message);
}

export const customEventSchemaRoutes: RestRoute[] = [
  route<CreateBody>({
    method: 'POST',
    path: '/projects/:projectId/custom-event-schemas',
    operationId: 'create-custom-event-schema',
    summary: 'Create a custom event schema; its name is unique in the project',
    resource: 'custom_event_schema',
    body: createBody,
    response: customEventSchemaResponse,
    operation: ({ params, body }) =>
      operation(VoucherifyCreateCustomEventSchemaDocument, { input: { projectId: projectRef(params), name: body.name, properties: propertiesInput(body.schema.properties) } }),
    deny: schemaDenial,
    respond: ({ createCustomEventSchema }) => customEventSchemaShape(returned(createCustomEventSchema?.customEventSchema)),
  }),
  listRoute({
    method: 'GET',
    path: '/projects/:projectId/custom-event-schemas',
    operationId: 'list-custom-event-schemas',
    summary: 'List the custom event schemas of the project, oldest first',
    resource: 'custom_event_schema',
    response: listResponse(customEventSchemaResponse),
    operation: ({ params }) => operation(VoucherifyCustomEventSchemasDocument, { projectId: projectRef(params) }),
    connection: (data, { params }) => liveProject(data.project, projectRef(params)).customEventSchemas,
    respond: (nodes: VoucherifyCustomEventSchemaFragment[]) => list(nodes.map(customEventSchemaShape)),
  }),
  route({
    method: 'GET',
    path: '/projects/:projectId/custom-event-schemas/:customEventSchemaId',
    operationId: 'get-custom-event-schema',
    summary: 'Get a custom event schema',
    resource: 'custom_event_schema',
    response: customEventSchemaResponse,
    operation: ({ params }) => operation(VoucherifyCustomEventSchemaByIdDocument, { projectId: projectRef(params), id: schemaRef(params) }),
    respond: ({ project }, { params }) => {
      const schema = liveProject(project, projectRef(params)).customEventSchemas?.edges[0]?.node;
      if (!schema) throw notFound('custom_event_schema', schemaRef(params));
      return customEventSchemaShape(schema);
    },
  }),
  route<UpdateBody>({
    method: 'PUT',
    path: '/projects/:projectId/custom-event-schemas/:customEventSchemaId',
    operationId: 'update-custom-event-schema',
    summary: 'Update a custom event schema: properties are merged by name, one sent replaces the stored one (its type may change); `deleted: true` soft-deletes',
    resource: 'custom_event_schema',
    body: updateBody,
    response: customEventSchemaResponse,
    operation: ({ params, body }) =>
      operation(VoucherifyUpdateCustomEventSchemaDocument, { input: { id: schemaRef(params), projectId: projectRef(params), properties: propertiesInput(body.schema.properties) } }),
    deny: schemaDenial,
    respond: ({ updateCustomEventSchema }) => customEventSchemaShape(returned(updateCustomEventSchema?.customEventSchema)),
  }),
  route({
    method: 'DELETE',
    path: '/projects/:projectId/custom-event-schemas/:customEventSchemaId',
    operationId: 'delete-custom-event-schema',
    summary: 'Delete a custom event schema and its properties for good',
    resource: 'custom_event_schema',
    status: 204,
    operation: ({ params }) => operation(VoucherifyDeleteCustomEventSchemaDocument, { input: { id: schemaRef(params), projectId: projectRef(params) } }),
    respond: () => null,
  }),
];
