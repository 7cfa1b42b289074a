import { z } from 'zod';
import type { Dialect, RestRoute } from './route.js';

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });

/** A route's body: JSON, and a form too where the dialect reads forms; not required when the schema takes none. */
function requestBody(dialect: Dialect, body: z.ZodType) {
  const schema = jsonSchema(body);
  const form = dialect.formBodies ? { 'application/x-www-form-urlencoded': { schema } } : {};
  return { required: !body.safeParse(null).success, content: { 'application/json': { schema }, ...form } };
}

/** A base with `:name` segments is a server URL with variables (OpenAPI's `{name}`). */
function server(base: string) {
  const names = [...base.matchAll(/:(\w+)/g)].map(([, name]) => name!);
  const url = base.replace(/:(\w+)/g, '{$1}');
  return names.length === 0 ? { url } : { url, variables: Object.fromEntries(names.map((name) => [name, { default: 'default' }])) };
}

function parameters(route: RestRoute) {
  const inPath = [...route.path.matchAll(/:(\w+)/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
  const query = route.query instanceof z.ZodObject ? route.query : null;
  const inQuery = Object.entries(query?.shape ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    schema: jsonSchema(schema as z.ZodType),
  }));
  return [...inPath, ...inQuery];
}

/** The OpenAPI 3.1 document of a dialect, made from its route table. */
export function openApiDocument(dialect: Dialect) {
  const error = { $ref: '#/components/schemas/Error' };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of dialect.routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      operationId: route.operationId,
      summary: route.summary,
      parameters: parameters(route),
      ...(route.body ? { requestBody: requestBody(dialect, route.body) } : {}),
      responses: {
        [route.status ?? 200]: { description: 'Success', ...(route.response ? json(z.toJSONSchema(route.response)) : {}) },
        ...Object.fromEntries(Object.entries(dialect.errorResponses).map(([status, description]) => [status, { description, ...json(error) }])),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: dialect.title, version: '1' },
    servers: dialect.bases.map(server),
    security: [Object.fromEntries(dialect.credentialHeaders.map((name) => [name, []]))],
    components: {
      securitySchemes: Object.fromEntries(dialect.credentialHeaders.map((name) => [name, { type: 'apiKey', in: 'header', name }])),
      schemas: { Error: dialect.errorSchema },
    },
    paths,
  };
}
