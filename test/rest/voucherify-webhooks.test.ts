import { describe, expect, test } from 'vitest';
import { testEnvironment } from '../support/environment.js';
import { restClient } from '../support/rest.js';
import { createTenant, unique, type Tenant } from '../support/tenant.js';
import { managementHeaders, voucherifyClient } from '../support/voucherify.js';
import { CreatedProject, ErrorBody, list, Webhook } from './voucherify-models.js';

const { database, gateway } = await testEnvironment({ http: true });

async function projectOf(tenant: Tenant): Promise<string> {
  const call = voucherifyClient(gateway, tenant);
  const body = { name: unique('Shop'), case_sensitive_codes: true, timezone: 'UTC', currency: 'EUR' };
  return (await call('POST', '/projects', { status: 200, model: CreatedProject }, body)).body.id;
}

const hook = (overrides: Record<string, unknown> = {}) => ({
  target_url: 'https://hooks.example.com/voucherify',
  events: ['voucher.created', 'voucher.gift.balance_aded', 'project.updated'],
  ...overrides,
});

describe('Voucherify Management API: webhooks', () => {
  test('create (active by default), list, get, update (events and active replaced), delete; keys in Voucherify’s order; no secret shown', async () => {
    const tenant = await createTenant(database);
    const call = voucherifyClient(gateway, tenant);
    const projectId = await projectOf(tenant);

    const created = (await call('POST', `/projects/${projectId}/webhooks`, { status: 200, model: Webhook }, hook())).body;
    expect(Object.keys(created)).toEqual(['id', 'object', 'created_at', 'target_url', 'events', 'active']);
    expect(created).toMatchObject({ id: expect.stringMatching(/^wh_/), object: 'webhook', target_url: 'https://hooks.example.com/voucherify', events: hook().events, active: true });
    const stored = await database.prisma.webhook.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ projectId, secretCiphertext: expect.any(String) });
    const inactive = (await call('POST', `/projects/${projectId}/webhooks`, { status: 200, model: Webhook }, hook({ events: ['customer.updated'], active: false }))).body;
    expect(inactive.active).toBe(false);

    const listed = (await call('GET', `/projects/${projectId}/webhooks`, { status: 200, model: list(Webhook) })).body;
    expect(listed).toEqual({ object: 'list', data_ref: 'data', data: [created, inactive], total: 2 });
    expect((await call('GET', `/projects/${projectId}/webhooks/${created.id}`, { status: 200, model: Webhook })).body).toEqual(created);

    const replaced = (
      await call('PUT', `/projects/${projectId}/webhooks/${inactive.id}`, { status: 200, model: Webhook }, { target_url: 'https://hooks.example.com/other', events: ['redemption.succeeded'] })
    ).body;
    expect(replaced).toEqual({ ...inactive, target_url: 'https://hooks.example.com/other', events: ['redemption.succeeded'], active: true });
    const deactivated = (await call('PUT', `/projects/${projectId}/webhooks/${created.id}`, { status: 200, model: Webhook }, hook({ active: false }))).body;
    expect(deactivated).toEqual({ ...created, active: false });
    expect((await call('GET', `/projects/${projectId}/webhooks/${created.id}`, { status: 200, model: Webhook })).body).toEqual(deactivated);

    await call('DELETE', `/projects/${projectId}/webhooks/${created.id}`, { status: 204 });
    const gone = (await call('GET', `/projects/${projectId}/webhooks/${created.id}`, { status: 404, model: ErrorBody })).body;
    expect(gone).toMatchObject({ code: 404, key: 'not_found', message: 'Resource not found', details: `Cannot find webhook with id ${created.id}`, resource_id: created.id, resource_type: 'webhook' });
    expect((await call('GET', `/projects/${projectId}/webhooks`, { status: 200, model: list(Webhook) })).body.data).toEqual([replaced]);
    const audit = await database.prisma.auditEvent.findMany({ where: { targetId: created.id }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((entry) => entry.action)).toEqual(['webhook.create', 'webhook.update', 'webhook.delete']);
  });

  test('the signing secret is Steward’s: a script gets one from GraphQL’s rotateWebhookSecret with the same key pair', async () => {
    const tenant = await createTenant(database);
    const call = voucherifyClient(gateway, tenant);
    const projectId = await projectOf(tenant);
    const created = (await call('POST', `/projects/${projectId}/webhooks`, { status: 200, model: Webhook }, hook())).body;
    const rest = restClient(gateway);
    const query = 'mutation ($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret userErrors { code } } }';
    const rotated = await rest('POST', '/graphql', { body: { query, variables: { input: { id: created.id, gracePeriodSeconds: 0 } } }, headers: managementHeaders(tenant.managementKey) });
    expect(rotated.expectStatus(200).data.rotateWebhookSecret).toEqual({ secret: expect.stringMatching(/^whsec_/), userErrors: [] });
  });

  test('invalid payloads are 400 in Ajv’s words at Voucherify’s property names', async () => {
    const tenant = await createTenant(database);
    const call = voucherifyClient(gateway, tenant);
    const projectId = await projectOf(tenant);
    const refused = async (body: unknown, path = `/projects/${projectId}/webhooks`, method = 'POST') =>
      (await call(method, path, { status: 400, model: ErrorBody }, body)).body;

    expect(await refused({ events: ['voucher.created'] })).toMatchObject({ code: 400, key: 'invalid_payload', message: 'Invalid payload', details: "Payload must have required property 'target_url'" });
    expect((await refused({ target_url: 'https://example.com/x' })).details).toBe("Payload must have required property 'events'");
    expect((await refused(hook({ active: 'yes' }))).details).toBe('Property .active must be boolean');
    expect((await refused(hook({ events: 'voucher.created' }))).details).toBe('Property .events must be array');
    expect((await refused(hook({ target_url: 'not a url' }))).details).toBe('Property .target_url must be an absolute URL such as https://example.com/webhooks');
    expect((await refused(hook({ target_url: 'http://127.0.0.1/x' }))).details).toBe('Property .target_url must not name a private, loopback or link-local address');
    expect((await refused(hook({ events: ['voucher.created', 'nonsense'] }))).details).toMatch(/^Property \.events is invalid: unknown events: nonsense/);

    const created = (await call('POST', `/projects/${projectId}/webhooks`, { status: 200, model: Webhook }, hook())).body;
    expect((await refused({ target_url: 'https://example.com/x' }, `/projects/${projectId}/webhooks/${created.id}`, 'PUT')).details).toBe(
      "Payload must have required property 'events'",
    );
    expect((await refused(hook({ target_url: 'ftp://example.com/x' }), `/projects/${projectId}/webhooks/${created.id}`, 'PUT')).details).toBe(
      'Property .target_url must use https: or http:',
    );
    expect((await call('GET', `/projects/${projectId}/webhooks/${created.id}`, { status: 200, model: Webhook })).body).toEqual(created);
  });

  test('an unknown webhook, another project’s webhook and another organization’s project are 404', async () => {
    const tenant = await createTenant(database);
    const call = voucherifyClient(gateway, tenant);
    const projectId = await projectOf(tenant);
    const sibling = await projectOf(tenant);
    const theirs = (await call('POST', `/projects/${sibling}/webhooks`, { status: 200, model: Webhook }, hook())).body;

    for (const id of ['wh_missing', theirs.id]) {
      const path = `/projects/${projectId}/webhooks/${id}`;
      for (const [method, body] of [['GET'], ['PUT', hook({ active: false })], ['DELETE']] as const) {
        const missing = (await call(method, path, { status: 404, model: ErrorBody }, body)).body;
        expect(missing, `${method} ${id}`).toMatchObject({ key: 'not_found', details: `Cannot find webhook with id ${id}`, resource_id: id, resource_type: 'webhook' });
      }
    }
    expect((await call('GET', `/projects/${sibling}/webhooks/${theirs.id}`, { status: 200, model: Webhook })).body).toEqual(theirs);

    const other = await createTenant(database);
    const foreign = await projectOf(other);
    const foreignHook = (await voucherifyClient(gateway, other)('POST', `/projects/${foreign}/webhooks`, { status: 200, model: Webhook }, hook())).body;
    const attempts = [
      ['POST', `/projects/${foreign}/webhooks`, hook()],
      ['GET', `/projects/${foreign}/webhooks`],
      ['GET', `/projects/${foreign}/webhooks/${foreignHook.id}`],
      ['PUT', `/projects/${foreign}/webhooks/${foreignHook.id}`, hook()],
      ['DELETE', `/projects/${foreign}/webhooks/${foreignHook.id}`],
      ['GET', '/projects/proj_missing/webhooks'],
    ] as const;
    for (const [method, path, body] of attempts) {
      const hidden = (await call(method, path, { status: 404, model: ErrorBody }, body)).body;
      const id = path.split('/')[2];
      expect(hidden, `${method} ${path}`).toMatchObject({ details: `Cannot find project with id ${id}`, resource_type: 'project', resource_id: id });
    }
    expect(await database.prisma.webhook.findUniqueOrThrow({ where: { id: foreignHook.id } })).toMatchObject({ active: true });
  });
});
