import { describe, expect, test } from 'vitest';
import { testEnvironment } from '../support/environment.js';
import { createTenant, unique, type Tenant } from '../support/tenant.js';
import { voucherifyClient } from '../support/voucherify.js';
import { Brand, CreatedProject, ErrorBody, list } from './voucherify-models.js';

const { database, gateway } = await testEnvironment({ http: true });

async function projectOf(tenant: Tenant): Promise<string> {
  const call = voucherifyClient(gateway, tenant);
  const body = { name: unique('Shop'), case_sensitive_codes: true, timezone: 'UTC', currency: 'EUR' };
  return (await call('POST', '/projects', { status: 200, model: CreatedProject }, body)).body.id;
}

const newBrand = () => ({
  brand: { name: 'Acme', privacy_policy_url: 'https://acme.example/privacy', website_url: 'https://acme.example' },
  address: { street: 'Main 1', city: 'Prague', postal: '110 00', country: 'CZ' },
  contact: { email: 'hello@acme.example' },
});

describe('Voucherify Management API: branding', () => {
  test('a project has no brand until one is created; a second is 409 branding_exist; list, get, partial update, delete', async () => {
    const tenant = await createTenant(database);
    const call = voucherifyClient(gateway, tenant);
    const projectId = await projectOf(tenant);
    expect((await call('GET', `/projects/${projectId}/branding`, { status: 200, model: list(Brand) })).body).toEqual({ object: 'list', data_ref: 'data', data: [], total: 0 });

    const created = (await call('POST', `/projects/${projectId}/branding`, { status: 200, model: Brand }, newBrand())).body;
    expect(Object.keys(created)).toEqual(['id', 'brand', 'address', 'contact']);
    expect(Object.keys(created.brand)).toEqual(['name', 'privacy_policy_url', 'terms_of_use_url', 'permission_reminder', 'website_url']);
    expect(Object.keys(created.address)).toEqual(['street', 'city', 'postal', 'state', 'country']);
    expect(created).toEqual({
      id: expect.stringMatching(/^brd_/),
      brand: {
        name: 'Acme',
        privacy_policy_url: 'https://acme.example/privacy',
        terms_of_use_url: null,
        permission_reminder: 'You are receiving this email because you opted in at our website.',
        website_url: 'https://acme.example',
      },
      address: { street: 'Main 1', city: 'Prague', postal: '110 00', state: null, country: 'CZ' },
      contact: { email: 'hello@acme.example', phone: null },
    });

    const again = (await call('POST', `/projects/${projectId}/branding`, { status: 409, model: ErrorBody }, newBrand())).body;
    expect(again).toMatchObject({ code: 409, key: 'branding_exist', message: 'Branding exist', details: 'Cannot exist more than one branding for given project' });

    expect((await call('GET', `/projects/${projectId}/branding`, { status: 200, model: list(Brand) })).body).toEqual({ object: 'list', data_ref: 'data', data: [created], total: 1 });
    expect((await call('GET', `/projects/${projectId}/branding/${created.id}`, { status: 200, model: Brand })).body).toEqual(created);

    const updated = (
      await call('PUT', `/projects/${projectId}/branding/${created.id}`, { status: 200, model: Brand }, { brand: { website_url: null, terms_of_use_url: 'https://acme.example/terms' }, address: { city: 'Brno' }, contact: { phone: '+420 123' } })
    ).body;
    expect(updated).toEqual({
      ...created,
      brand: { ...created.brand, website_url: null, terms_of_use_url: 'https://acme.example/terms' },
      address: { ...created.address, city: 'Brno' },
      contact: { ...created.contact, phone: '+420 123' },
    });
    expect((await call('PUT', `/projects/${projectId}/branding/${created.id}`, { status: 200, model: Brand }, {})).body).toEqual(updated);
    expect((await call('GET', `/projects/${projectId}/branding/${created.id}`, { status: 200, model: Brand })).body).toEqual(updated);

    await call('DELETE', `/projects/${projectId}/branding/${created.id}`, { status: 204 });
    const gone = (await call('GET', `/projects/${projectId}/branding/${created.id}`, { status: 404, model: ErrorBody })).body;
    expect(gone).toMatchObject({ code: 404, key: 'not_found', details: `Cannot find branding_details with id ${created.id}`, resource_id: created.id, resource_type: 'branding_details' });
    expect((await call('GET', `/projects/${projectId}/branding`, { status: 200, model: list(Brand) })).body.total).toBe(0);
    const audit = await database.prisma.auditEvent.findMany({ where: { targetId: created.id }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((entry) => entry.action)).toEqual(['brand.create', 'brand.update', 'brand.update', 'brand.delete']);
    expect((await call('POST', `/projects/${projectId}/branding`, { status: 200, model: Brand }, newBrand())).body.id).not.toBe(created.id);
  });

  test('invalid payloads are 400 in Ajv’s words at Voucherify’s property paths', async () => {
    const tenant = await createTenant(database);
    const call = voucherifyClient(gateway, tenant);
    const projectId = await projectOf(tenant);
    const refused = async (body: unknown, method = 'POST', path = `/projects/${projectId}/branding`) => (await call(method, path, { status: 400, model: ErrorBody }, body)).body;
    const valid = newBrand();

    expect(await refused({ address: valid.address, contact: valid.contact })).toMatchObject({ key: 'invalid_payload', message: 'Invalid payload', details: "Payload must have required property 'brand'" });
    expect((await refused({ ...valid, brand: {} })).details).toBe("Property .brand must have required property 'name'");
    expect((await refused({ ...valid, address: { street: 's', city: 'c', country: 'CZ' } })).details).toBe("Property .address must have required property 'postal'");
    expect((await refused({ ...valid, brand: { name: 'Acme', terms_of_use_url: 'acme.example' } })).details).toBe('Property .brand.terms_of_use_url must match format "uri"');
    expect((await refused({ ...valid, contact: { email: 'nobody' } })).details).toBe('Property .contact.email must match format "email"');
    expect((await refused({ ...valid, address: { ...valid.address, street: '  ' } })).details).toBe('Property .address.street must NOT have fewer than 1 characters');
    expect((await refused({ ...valid, brand: { name: 'x'.repeat(201) } })).details).toBe('Property .brand.name must NOT have more than 200 characters');
    expect((await call('GET', `/projects/${projectId}/branding`, { status: 200, model: list(Brand) })).body.total).toBe(0);

    const created = (await call('POST', `/projects/${projectId}/branding`, { status: 200, model: Brand }, valid)).body;
    const path = `/projects/${projectId}/branding/${created.id}`;
    expect((await refused({ brand: { permission_reminder: '' } }, 'PUT', path)).details).toBe('Property .brand.permission_reminder must NOT have fewer than 1 characters');
    expect((await refused({ contact: { email: 'a@b' } }, 'PUT', path)).details).toBe('Property .contact.email must match format "email"');
    expect((await refused({ address: { city: 7 } }, 'PUT', path)).details).toBe('Property .address.city must be string');
    expect((await call('GET', path, { status: 200, model: Brand })).body).toEqual(created);
  });

  test('an unknown brand, another project’s brand and another organization’s project are 404', async () => {
    const tenant = await createTenant(database);
    const call = voucherifyClient(gateway, tenant);
    const projectId = await projectOf(tenant);
    const sibling = await projectOf(tenant);
    const theirs = (await call('POST', `/projects/${sibling}/branding`, { status: 200, model: Brand }, newBrand())).body;
    await call('POST', `/projects/${projectId}/branding`, { status: 200, model: Brand }, newBrand());

    for (const id of ['brd_missing', theirs.id]) {
      const path = `/projects/${projectId}/branding/${id}`;
      for (const [method, body] of [['GET'], ['PUT', { brand: { name: 'Mine' } }], ['DELETE']] as const) {
        const missing = (await call(method, path, { status: 404, model: ErrorBody }, body)).body;
        expect(missing, `${method} ${id}`).toMatchObject({ key: 'not_found', details: `Cannot find branding_details with id ${id}`, resource_id: id, resource_type: 'branding_details' });
      }
    }
    expect((await call('GET', `/projects/${sibling}/branding/${theirs.id}`, { status: 200, model: Brand })).body).toEqual(theirs);

    const other = await createTenant(database);
    const foreign = await projectOf(other);
    const foreignBrand = (await voucherifyClient(gateway, other)('POST', `/projects/${foreign}/branding`, { status: 200, model: Brand }, newBrand())).body;
    const attempts = [
      ['POST', `/projects/${foreign}/branding`, newBrand()],
      ['GET', `/projects/${foreign}/branding`],
      ['GET', `/projects/${foreign}/branding/${foreignBrand.id}`],
      ['PUT', `/projects/${foreign}/branding/${foreignBrand.id}`, { brand: { name: 'Mine' } }],
      ['DELETE', `/projects/${foreign}/branding/${foreignBrand.id}`],
      ['GET', '/projects/proj_missing/branding'],
    ] as const;
    for (const [method, path, body] of attempts) {
      const hidden = (await call(method, path, { status: 404, model: ErrorBody }, body)).body;
      const id = path.split('/')[2];
      expect(hidden, `${method} ${path}`).toMatchObject({ details: `Cannot find project with id ${id}`, resource_type: 'project', resource_id: id });
    }
    expect(await database.prisma.brand.findUniqueOrThrow({ where: { id: foreignBrand.id } })).toMatchObject({ name: 'Acme' });
  });
});
