import { describe, expect, test } from 'vitest';
import { testEnvironment } from '../support/environment.js';
import { createTenant, unique, type Tenant } from '../support/tenant.js';
import { voucherifyClient } from '../support/voucherify.js';
import { CreatedProject, CustomEventSchema, ErrorBody, list } from './voucherify-models.js';

const { database, gateway } = await testEnvironment({ http: true });

async function projectOf(tenant: Tenant) {
  const call = voucherifyClient(gateway, tenant);
  const body = { name: unique('Shop'), case_sensitive_codes: true, timezone: 'UTC', currency: 'EUR' };
  return (await call('POST', '/projects', { status: 200, model: CreatedProject }, body)).body.id as string;
}

async function setUp() {
  const tenant = await createTenant(database);
  const call = voucherifyClient(gateway, tenant);
  const projectId = await projectOf(tenant);
  return { tenant, call, projectId, path: `/projects/${projectId}/custom-event-schemas` };
}

describe('Voucherify Management API: custom event schemas', () => {
  test('create, list, get, merge-by-name update and delete, in Voucherify’s shape', async () => {
    const { call, path } = await setUp();
    const body = { name: 'review', schema: { properties: { published: { type: 'boolean', optional: true }, stars: { type: 'number', optional: false } } } };
    const created = (await call('POST', path, { status: 200, model: CustomEventSchema }, body)).body;
    expect(Object.keys(created)).toEqual(['id', 'name', 'schema', 'created_at', 'object']);
    expect(created).toEqual({
      id: expect.stringMatching(/^ces_/),
      name: 'review',
      schema: { properties: { published: { type: 'boolean', optional: true }, stars: { type: 'number', optional: false } } },
      created_at: expect.any(String),
      object: 'custom-event-schema',
    });
    const empty = (await call('POST', path, { status: 200, model: CustomEventSchema }, { name: 'sign-up', schema: { properties: {} } })).body;
    expect(empty.schema).toEqual({ properties: {} });

    const listed = (await call('GET', path, { status: 200, model: list(CustomEventSchema) })).body;
    expect(listed.data.map((schema: { id: string }) => schema.id)).toEqual([created.id, empty.id]);
    expect((await call('GET', `${path}/${created.id}`, { status: 200, model: CustomEventSchema })).body).toEqual(created);

    // A property sent replaces the stored one (its type may change); the others stay; deleted: true soft-deletes.
    const update = { schema: { properties: { stars: { type: 'string' }, published: { type: 'boolean', deleted: true }, source: { type: 'datetime' } } } };
    const updated = (await call('PUT', `${path}/${created.id}`, { status: 200, model: CustomEventSchema }, update)).body;
    expect(Object.keys(updated)).toEqual(['id', 'name', 'schema', 'created_at', 'updated_at', 'object']);
    expect(updated).toMatchObject({ id: created.id, name: 'review', created_at: created.created_at });
    expect(updated.schema.properties).toEqual({
      published: { type: 'boolean', optional: true, deleted: true },
      stars: { type: 'string', optional: true },
      source: { type: 'datetime', optional: true },
    });
    expect((await call('GET', `${path}/${created.id}`, { status: 200, model: CustomEventSchema })).body).toEqual(updated);

    await call('DELETE', `${path}/${created.id}`, { status: 204 });
    const gone = (await call('GET', `${path}/${created.id}`, { status: 404, model: ErrorBody })).body;
    expect(gone).toMatchObject({
      code: 404,
      key: 'not_found',
      message: 'Resource not found',
      details: `Cannot find custom_event_schema with id ${created.id}`,
      resource_id: created.id,
      resource_type: 'custom_event_schema',
    });
    await call('PUT', `${path}/${created.id}`, { status: 404, model: ErrorBody }, { schema: { properties: {} } });
    expect((await call('DELETE', `${path}/${created.id}`, { status: 404, model: ErrorBody })).body).toMatchObject({ resource_type: 'custom_event_schema' });
    expect((await call('GET', path, { status: 200, model: list(CustomEventSchema) })).body.data.map((schema: { id: string }) => schema.id)).toEqual([empty.id]);
  });

  test('a second schema of a name is 409 duplicate_found naming it', async () => {
    const { call, path } = await setUp();
    await call('POST', path, { status: 200, model: CustomEventSchema }, { name: 'sign-up', schema: { properties: {} } });
    const duplicate = (await call('POST', path, { status: 409, model: ErrorBody }, { name: 'sign-up', schema: { properties: { via: { type: 'string' } } } })).body;
    expect(duplicate).toMatchObject({
      code: 409,
      key: 'duplicate_found',
      message: 'Duplicated resource found',
      details: 'Duplicated custom_event_schema exists with name sign-up',
      resource_id: 'sign-up',
      resource_type: 'custom_event_schema',
    });
  });

  test('invalid payloads are 400 invalid_payload with Voucherify’s property names in details', async () => {
    const { call, path } = await setUp();
    const refused = async (method: string, target: string, body: unknown) => (await call(method, target, { status: 400, model: ErrorBody }, body)).body;
    const cases: [unknown, string][] = [
      [{ schema: { properties: {} } }, "Payload must have required property 'name'"],
      [{ name: 'review' }, "Payload must have required property 'schema'"],
      [{ name: 'review', schema: {} }, "Property .schema must have required property 'properties'"],
      [{ name: 'review', schema: { properties: { stars: {} } } }, "Property .schema.properties.stars must have required property 'type'"],
      [{ name: 'review', schema: { properties: { stars: { type: 'object' } } } }, 'Property .schema.properties.stars.type must be equal to one of the allowed values'],
      [{ name: 'review', schema: { properties: { stars: { type: 'number', optional: 'no' } } } }, 'Property .schema.properties.stars.optional must be boolean'],
      [{ name: 7, schema: { properties: {} } }, 'Property .name must be string'],
      [{ name: ' ', schema: { properties: {} } }, 'name must not be empty'],
    ];
    for (const [body, details] of cases) {
      expect(await refused('POST', path, body), JSON.stringify(body)).toMatchObject({ code: 400, key: 'invalid_payload', message: 'Invalid payload', details });
    }
    const created = (await call('POST', path, { status: 200, model: CustomEventSchema }, { name: 'review', schema: { properties: {} } })).body;
    expect((await refused('PUT', `${path}/${created.id}`, { properties: {} })).details).toBe("Payload must have required property 'schema'");
    expect((await refused('PUT', `${path}/${created.id}`, { schema: { properties: { '': { type: 'string' } } } })).details).toBe('a property name must be 1 to 255 characters');
  });

  test('another organization’s project, or a schema of another project, is 404', async () => {
    const { tenant, call, path, projectId } = await setUp();
    const schema = (await call('POST', path, { status: 200, model: CustomEventSchema }, { name: 'login', schema: { properties: {} } })).body;

    const otherProject = await projectOf(tenant);
    const elsewhere = `/projects/${otherProject}/custom-event-schemas/${schema.id}`;
    for (const [method, body] of [['GET'], ['PUT', { schema: { properties: {} } }], ['DELETE']] as const) {
      const missing = (await call(method, elsewhere, { status: 404, model: ErrorBody }, body)).body;
      expect(missing, method).toMatchObject({ resource_id: schema.id, resource_type: 'custom_event_schema' });
    }

    const foreign = voucherifyClient(gateway, await createTenant(database));
    const calls: [string, string, unknown?][] = [
      ['POST', path, { name: 'x', schema: { properties: {} } }],
      ['GET', path],
      ['GET', `${path}/${schema.id}`],
      ['PUT', `${path}/${schema.id}`, { schema: { properties: {} } }],
      ['DELETE', `${path}/${schema.id}`],
    ];
    for (const [method, target, body] of calls) {
      const hidden = (await foreign(method, target, { status: 404, model: ErrorBody }, body)).body;
      expect(hidden, `${method} ${target}`).toMatchObject({ key: 'not_found', resource_id: projectId, resource_type: 'project', details: `Cannot find project with id ${projectId}` });
    }
    expect((await call('GET', `${path}/${schema.id}`, { status: 200, model: CustomEventSchema })).body).toEqual(schema);
  });
});
