import { describe, expect, test } from 'vitest';
import { testEnvironment } from '../support/environment.js';
import { createTenant, unique, type Tenant } from '../support/tenant.js';
import { voucherifyClient } from '../support/voucherify.js';
import { CreatedProject, ErrorBody, list, MetadataSchema } from './voucherify-models.js';

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
  return { tenant, call, projectId, path: `/projects/${projectId}/metadata-schemas` };
}

describe('Voucherify Management API: metadata schemas', () => {
  test('create, list, get, merge-by-name update and delete, in Voucherify’s shape', async () => {
    const { call, path } = await setUp();
    const address = (await call('POST', path, { status: 200, model: MetadataSchema }, { related_object: 'address', properties: { city: { type: 'string', optional: false } } })).body;
    expect(address).toMatchObject({ related_object: 'address', allow_defined_only: false, updated_at: null, properties: { city: { type: 'string', optional: false, array: false, object_type: null } } });

    const body = {
      related_object: 'customer',
      allow_defined_only: true,
      properties: {
        Size: { type: 'number', eq: [1, 2, 3], gte: 0.5 },
        Name: { type: 'string', optional: false, min_length: 2, max_length: 20 },
        Home: { type: 'object', object_type: 'address' },
        Tags: { type: 'string', array: true },
      },
    };
    const created = (await call('POST', path, { status: 200, model: MetadataSchema }, body)).body;
    expect(Object.keys(created)).toEqual(['id', 'related_object', 'properties', 'allow_defined_only', 'created_at', 'updated_at', 'object']);
    expect(created.id).toMatch(/^ms_/);
    expect(created).toMatchObject({ related_object: 'customer', allow_defined_only: true, updated_at: null, object: 'metadata_schema' });
    expect(created.properties).toEqual({
      Size: { type: 'number', optional: true, array: false, object_type: null, eq: [1, 2, 3], gte: 0.5 },
      Name: { type: 'string', optional: false, array: false, object_type: null, min_length: 2, max_length: 20 },
      Home: { type: 'object', optional: true, array: false, object_type: 'address' },
      Tags: { type: 'string', optional: true, array: true, object_type: null },
    });
    expect(Object.keys(created.properties.Name)).toEqual(['type', 'optional', 'array', 'object_type', 'min_length', 'max_length']);

    const listed = (await call('GET', path, { status: 200, model: list(MetadataSchema) })).body;
    expect(listed.data.map((schema: { id: string }) => schema.id)).toEqual([address.id, created.id]);
    expect(listed.total).toBe(2);
    expect((await call('GET', `${path}/${created.id}`, { status: 200, model: MetadataSchema })).body).toEqual(created);

    // A definition sent replaces the stored one (its eq left out is erased); the others stay; deleted: true soft-deletes.
    const update = { allow_defined_only: false, properties: { Size: { type: 'number', lt: 10 }, Tags: { type: 'string', array: true, deleted: true }, Color: { type: 'string', eq: ['red'] } } };
    const updated = (await call('PUT', `${path}/${created.id}`, { status: 200, model: MetadataSchema }, update)).body;
    expect(updated.updated_at).not.toBeNull();
    expect(updated).toMatchObject({ id: created.id, created_at: created.created_at, allow_defined_only: false });
    expect(updated.properties).toEqual({
      Size: { type: 'number', optional: true, array: false, object_type: null, lt: 10 },
      Name: created.properties.Name,
      Home: created.properties.Home,
      Tags: { type: 'string', optional: true, array: true, deleted: true, object_type: null },
      Color: { type: 'string', optional: true, array: false, object_type: null, eq: ['red'] },
    });
    // allow_defined_only left out stays as it is.
    const kept = (await call('PUT', `${path}/${created.id}`, { status: 200, model: MetadataSchema }, { properties: {} })).body;
    expect(kept).toMatchObject({ allow_defined_only: false, properties: updated.properties });
    expect((await call('GET', `${path}/${created.id}`, { status: 200, model: MetadataSchema })).body).toEqual(kept);

    await call('DELETE', `${path}/${created.id}`, { status: 204 });
    const gone = (await call('GET', `${path}/${created.id}`, { status: 404, model: ErrorBody })).body;
    expect(gone).toMatchObject({ code: 404, key: 'not_found', message: 'Resource not found', details: `Cannot find metadata_schema with id ${created.id}`, resource_id: created.id, resource_type: 'metadata_schema' });
    await call('PUT', `${path}/${created.id}`, { status: 404, model: ErrorBody }, { properties: {} });
    expect((await call('DELETE', `${path}/${created.id}`, { status: 404, model: ErrorBody })).body).toMatchObject({ resource_id: created.id, resource_type: 'metadata_schema' });
    expect((await call('GET', path, { status: 200, model: list(MetadataSchema) })).body.data.map((schema: { id: string }) => schema.id)).toEqual([address.id]);
  });

  test('a second schema of a related object is 409 duplicate_found naming it', async () => {
    const { call, path } = await setUp();
    await call('POST', path, { status: 200, model: MetadataSchema }, { related_object: 'customer', properties: {} });
    const duplicate = (await call('POST', path, { status: 409, model: ErrorBody }, { related_object: 'customer', properties: { a: { type: 'string' } } })).body;
    expect(duplicate).toMatchObject({
      code: 409,
      key: 'duplicate_found',
      message: 'Duplicated resource found',
      details: 'Duplicated metadata schema exists with related_object customer',
      resource_id: 'customer',
      resource_type: 'metadata schema',
    });
  });

  test('invalid payloads are 400 invalid_payload with Voucherify’s property names in details', async () => {
    const { call, path } = await setUp();
    const refused = async (method: string, target: string, body: unknown) => (await call(method, target, { status: 400, model: ErrorBody }, body)).body;
    const cases: [unknown, string][] = [
      [{ related_object: 'customer' }, "Payload must have required property 'properties'"],
      [{ properties: {} }, "Payload must have required property 'related_object'"],
      [{ related_object: 'customer', properties: { Size: { optional: true } } }, "Property .properties.Size must have required property 'type'"],
      [{ related_object: 'customer', properties: { Size: { type: 'decimal' } } }, 'Property .properties.Size.type must be equal to one of the allowed values'],
      [{ related_object: 'customer', properties: { Size: { type: 'number', optional: 'yes' } } }, 'Property .properties.Size.optional must be boolean'],
      [{ related_object: 'customer', properties: { Size: { type: 'number', eq: ['one'] } } }, 'Property .properties.Size.eq.0 must be number'],
      [{ related_object: 'customer', properties: { Size: { type: 'number', lt: 1.234 } } }, 'Property .properties.Size.lt must have at most 2 decimal places'],
      [{ related_object: 'customer', properties: { Name: { type: 'string', min_length: 5, max_length: 2 } } }, 'Property .properties.Name.min_length must be <= max_length'],
      [{ related_object: 'customer', properties: { Name: { type: 'string', min_length: 1.5 } } }, 'Property .properties.Name.min_length must be integer'],
      [{ related_object: 'customer', properties: { Name: { type: 'number', max_length: 3 } } }, 'Property .properties.Name.max_length applies to type string only'],
      [{ related_object: 'customer', properties: { Name: { type: 'string', object_type: 'address' } } }, 'Property .properties.Name.object_type must be null unless type is object'],
      [{ related_object: 'customer', properties: { Home: { type: 'object', object_type: 'nowhere' } } }, 'Property .properties.Home.object_type must name a custom metadata schema of the project'],
      [{ related_object: ' ', properties: {} }, 'related_object must not be empty'],
      [{ related_object: 'customer', allow_defined_only: 1, properties: {} }, 'Property .allow_defined_only must be boolean'],
      [{ related_object: 'customer', properties: [] }, 'Property .properties must be object'],
    ];
    for (const [body, details] of cases) {
      expect(await refused('POST', path, body), JSON.stringify(body)).toMatchObject({ code: 400, key: 'invalid_payload', message: 'Invalid payload', details });
    }
    const created = (await call('POST', path, { status: 200, model: MetadataSchema }, { related_object: 'customer', properties: { Size: { type: 'number' } } })).body;
    expect((await refused('PUT', `${path}/${created.id}`, { allow_defined_only: true })).details).toBe("Payload must have required property 'properties'");
    expect((await refused('PUT', `${path}/${created.id}`, { properties: { Size: { type: 'string' } } })).details).toBe('Property .properties.Size.type cannot change from number to string');
  });

  test('another organization’s project, or a schema of another project, is 404', async () => {
    const { tenant, call, path } = await setUp();
    const schema = (await call('POST', path, { status: 200, model: MetadataSchema }, { related_object: 'voucher', properties: {} })).body;

    const otherProject = await projectOf(tenant);
    const elsewhere = `/projects/${otherProject}/metadata-schemas/${schema.id}`;
    for (const [method, body] of [['GET'], ['PUT', { properties: {} }], ['DELETE']] as const) {
      const missing = (await call(method, elsewhere, { status: 404, model: ErrorBody }, body)).body;
      expect(missing, method).toMatchObject({ resource_id: schema.id, resource_type: 'metadata_schema', details: `Cannot find metadata_schema with id ${schema.id}` });
    }

    const stranger = await createTenant(database);
    const foreign = voucherifyClient(gateway, stranger);
    const projectId = path.split('/')[2]!;
    const calls: [string, string, unknown?][] = [
      ['POST', path, { related_object: 'order', properties: {} }],
      ['GET', path],
      ['GET', `${path}/${schema.id}`],
      ['PUT', `${path}/${schema.id}`, { properties: {} }],
      ['DELETE', `${path}/${schema.id}`],
    ];
    for (const [method, target, body] of calls) {
      const hidden = (await foreign(method, target, { status: 404, model: ErrorBody }, body)).body;
      expect(hidden, `${method} ${target}`).toMatchObject({ key: 'not_found', resource_id: projectId, resource_type: 'project', details: `Cannot find project with id ${projectId}` });
    }
    expect((await call('GET', `${path}/${schema.id}`, { status: 200, model: MetadataSchema })).body).toEqual(schema);
  });
});
