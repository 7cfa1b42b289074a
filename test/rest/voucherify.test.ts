import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, test } from 'vitest';
import { digestToken } from '../../src/access/tokens.js';
import { testEnvironment } from '../support/environment.js';
import { restClient } from '../support/rest.js';
import { createTenant, unique } from '../support/tenant.js';
import { managementHeaders, voucherifyClient } from '../support/voucherify.js';
import { BadRequest, CreatedProject, ErrorBody, list, Project, Unauthorized, User } from './voucherify-models.js';

const { database, gateway } = await testEnvironment({ http: true });

const newProject = (overrides: Record<string, unknown> = {}) => ({
  name: unique('Shop'),
  case_sensitive_codes: true,
  timezone: 'Europe/Warsaw',
  currency: 'PLN',
  ...overrides,
});

describe('Voucherify Management API: projects', () => {
  test('create returns the project with its server-side and client-side keys; every owner joins it; the keys work', async () => {
    const tenant = await createTenant(database);
    const call = voucherifyClient(gateway, tenant);
    const body = newProject({
      description: 'Spring campaign',
      dial_code: '+48',
      client_redeem_enabled: true,
      client_trusted_domains: ['https://shop.example'],
      api_usage_notifications: { api_calls: { enabled: true, value: 80, in_app: true, emails: ['ops@example.test'] } },
      webhooks_callout_notifications: { webhooks: { email: true, in_app: false, emails: [] } },
    });
    const created = (await call('POST', '/projects', { status: 200, model: CreatedProject }, body)).body;
    expect(created).toMatchObject({
      name: body.name,
      description: 'Spring campaign',
      timezone: 'Europe/Warsaw',
      currency: 'PLN',
      dial_code: '+48',
      cluster_id: 'eu1',
      case_sensitive_codes: true,
      client_trusted_domains: ['https://shop.example'],
      client_redeem_enabled: true,
      client_publish_enabled: false,
      api_usage_notifications: { api_calls: { enabled: true, value: 80, in_app: true, emails: ['ops@example.test'] }, bulk_api_calls: { enabled: false } },
      webhooks_callout_notifications: { webhooks: { email: true }, distributions: { email: false } },
      is_sandbox: false,
      webhook_version: 'v2024-01-01',
    });
    expect(created.server_side_key.app_id).not.toBe(created.client_side_key.app_id);

    const users = (await call('GET', `/projects/${created.id}/users`, { status: 200, model: list(User) })).body;
    expect(users.data).toEqual([
      { id: tenant.owner.userId, login: tenant.owner.email, email: tenant.owner.email, first_name: expect.any(String), last_name: expect.any(String), projects: { [created.id]: 'ADMIN' }, is_owner: true },
    ]);

    // The keys are clients of the project: WRITE on the server side, READ on the client side; Steward keeps digests only.
    for (const [pair, type] of [[created.server_side_key, 'WRITE'], [created.client_side_key, 'READ']] as const) {
      const client = await database.prisma.client.findUniqueOrThrow({ where: { id: pair.app_id } });
      expect(client).toMatchObject({ projectId: created.id, type, secretDigest: digestToken(pair.app_token) });
    }
  });

  test('list, get, partial update and delete; a deleted project is gone', async () => {
    const tenant = await createTenant(database);
    const call = voucherifyClient(gateway, tenant);
    const created = (await call('POST', '/projects', { status: 200, model: CreatedProject }, newProject({ dial_code: '+420' }))).body;
    const listed = (await call('GET', '/projects', { status: 200, model: list(Project) })).body;
    expect(listed.data.map((project: { id: string }) => project.id)).toContain(created.id);

    const updated = (
      await call('PUT', `/projects/${created.id}`, { status: 200, model: Project }, { currency: 'EUR', client_publish_enabled: true, default_code_config: { charset: 'ABC123' } })
    ).body;
    expect(updated).toMatchObject({ name: created.name, currency: 'EUR', timezone: 'Europe/Warsaw', dial_code: '+420', client_publish_enabled: true, default_code_config: { charset: 'ABC123' } });
    const fetched = (await call('GET', `/projects/${created.id}`, { status: 200, model: Project })).body;
    expect(fetched).toEqual(updated);

    await call('DELETE', `/projects/${created.id}`, { status: 204 });
    const gone = (await call('GET', `/projects/${created.id}`, { status: 404, model: ErrorBody })).body;
    expect(gone).toMatchObject({
      code: 404,
      key: 'not_found',
      message: 'Resource not found',
      details: `Cannot find project with id ${created.id}`,
      resource_id: created.id,
      resource_type: 'project',
    });
    expect((await call('GET', '/projects', { status: 200, model: list(Project) })).body.data.map((project: { id: string }) => project.id)).not.toContain(created.id);

    // Nothing below a deleted project's path changes any more, though GraphQL could still restore it.
    const writes: [string, string, unknown][] = [
      ['PUT', '', { name: 'again' }],
      ['DELETE', '', undefined],
      ['POST', '/webhooks', { target_url: 'https://hooks.example/in', events: ['project.updated'] }],
      ['POST', '/branding', { brand: { name: 'B' }, address: { street: 'S', city: 'C', postal: '1', country: 'PL' }, contact: { email: 'b@example.test' } }],
      ['POST', '/metadata-schemas', { related_object: 'customer', properties: {} }],
      ['POST', '/stacking-rules', {}],
      ['POST', '/users', { id: tenant.owner.userId, role: 'USER' }],
    ];
    for (const [method, below, body] of writes) {
      const refused = (await call(method, `/projects/${created.id}${below}`, { status: 404, model: ErrorBody }, body)).body;
      expect(refused).toMatchObject({ resource_type: 'project', resource_id: created.id });
    }
    expect(await database.prisma.webhook.count({ where: { projectId: created.id } })).toBe(0);
  });

  test('invalid payloads, a foreign region, another organization’s project and a sandbox are refused in Voucherify’s words', async () => {
    const tenant = await createTenant(database);
    const call = voucherifyClient(gateway, tenant);
    const missing = (await call('POST', '/projects', { status: 400, model: ErrorBody }, { name: 'x', timezone: 'UTC', currency: 'EUR' })).body;
    expect(missing).toMatchObject({ code: 400, key: 'invalid_payload', message: 'Invalid payload', details: "Payload must have required property 'case_sensitive_codes'" });
    const zone = (await call('POST', '/projects', { status: 400, model: ErrorBody }, newProject({ timezone: 'Mars/Olympus' }))).body;
    expect(zone.details).toBe('timezone must be an IANA time zone such as Europe/Prague');
    const region = (await call('POST', '/projects', { status: 403, model: ErrorBody }, newProject({ cluster_id: 'us1' }))).body;
    expect(region).toMatchObject({ key: 'forbidden', message: 'Forbidden', details: 'Project is bound to different region' });

    const other = await createTenant(database);
    const foreign = (await voucherifyClient(gateway, other)('POST', '/projects', { status: 200, model: CreatedProject }, newProject())).body;
    const hidden = (await call('GET', `/projects/${foreign.id}`, { status: 404, model: ErrorBody })).body;
    expect(hidden).toMatchObject({ resource_type: 'project', resource_id: foreign.id });
    await call('PUT', `/projects/${foreign.id}`, { status: 404, model: ErrorBody }, { name: 'mine' });
    await call('DELETE', `/projects/${foreign.id}`, { status: 404, model: ErrorBody });

    const rest = restClient(gateway);
    const malformed = await rest('POST', '/management/v1/projects', { body: '{"name":', headers: managementHeaders(tenant.managementKey) });
    expect(malformed.status).toBe(400);
    expect(BadRequest.parse(malformed.body)).toBeTruthy();
  });

  test('both headers are required: either missing, or a wrong token, is Voucherify’s 401', async () => {
    const tenant = await createTenant(database);
    const rest = restClient(gateway);
    const { id, token } = tenant.managementKey;
    const cases: Record<string, string>[] = [{}, { 'X-Management-Id': id }, { 'X-Management-Token': token }, { 'X-Management-Id': id, 'X-Management-Token': `${token}x` }];
    for (const headers of cases) {
      const response = await rest('GET', '/management/v1/projects', { headers });
      expect(response.status).toBe(401);
      expect(Unauthorized.parse(response.body)).toEqual({ code: 401, message: 'Unauthorized', key: 'unauthorized' });
    }
  });
});

describe('Voucherify Management API: project users', () => {
  test('assign by id or login, read by id or login, change the role, unassign; roles read back as set', async () => {
    const tenant = await createTenant(database);
    const call = voucherifyClient(gateway, tenant);
    const first = (await call('POST', '/projects', { status: 200, model: CreatedProject }, newProject())).body;
    const second = (await call('POST', '/projects', { status: 200, model: CreatedProject }, newProject())).body;
    const colleague = await tenant.addUser('MEMBER');

    const assigned = (await call('POST', `/projects/${first.id}/users`, { status: 200, model: User }, { id: colleague.userId, role: 'MERCHANT' })).body;
    expect(assigned).toMatchObject({ id: colleague.userId, login: colleague.email, projects: { [first.id]: 'MERCHANT' }, is_owner: false });
    const byLogin = (await call('POST', `/projects/${second.id}/users`, { status: 200, model: User }, { login: colleague.email, role: 'USER' })).body;
    expect(byLogin.projects).toEqual({ [first.id]: 'MERCHANT', [second.id]: 'USER' });

    const got = (await call('GET', `/projects/${first.id}/users/${colleague.email}`, { status: 200, model: User })).body;
    expect(got.projects).toEqual({ [first.id]: 'MERCHANT', [second.id]: 'USER' });
    const changed = (await call('PUT', `/projects/${first.id}/users/${colleague.userId}`, { status: 200, model: User }, { role: 'VIEWER' })).body;
    expect(changed.projects[first.id]).toBe('VIEWER');

    const page = (await call('GET', `/projects/${first.id}/users?limit=1&page=2`, { status: 200, model: list(User) })).body;
    expect(page.data).toHaveLength(1);

    await call('DELETE', `/projects/${first.id}/users/${colleague.userId}`, { status: 204 });
    const notAssigned = (await call('DELETE', `/projects/${first.id}/users/${colleague.userId}`, { status: 400, model: ErrorBody })).body;
    expect(notAssigned).toMatchObject({ key: 'user_not_assigned', message: 'User is not assigned', details: 'User is not assigned to the project' });
    const last = (await call('DELETE', `/projects/${second.id}/users/${colleague.userId}`, { status: 400, model: ErrorBody })).body;
    expect(last.key).toBe('user_last_project');
    const missing = (await call('GET', `/projects/${first.id}/users/${colleague.userId}`, { status: 404, model: ErrorBody })).body;
    expect(missing.details).toBe(`Cannot find user '${colleague.userId}' assigned to the project '${first.id}'`);
  });

  test('assign refuses both or neither of id and login, an unknown role and a stranger', async () => {
    const tenant = await createTenant(database);
    const call = voucherifyClient(gateway, tenant);
    const project = (await call('POST', '/projects', { status: 200, model: CreatedProject }, newProject())).body;
    const colleague = await tenant.addUser('MEMBER');
    const both = (await call('POST', `/projects/${project.id}/users`, { status: 400, model: ErrorBody }, { id: colleague.userId, login: colleague.email, role: 'USER' })).body;
    expect(both.key).toBe('invalid_payload');
    const role = (await call('POST', `/projects/${project.id}/users`, { status: 400, model: ErrorBody }, { id: colleague.userId, role: 'VICE_ADMIN' })).body;
    expect(role).toMatchObject({ key: 'used_incorrect_role', message: 'Used incorrect role', details: "The role 'VICE_ADMIN' is incorrect" });
    const stranger = `${unique('s')}@example.test`;
    const unknown = (await call('POST', `/projects/${project.id}/users`, { status: 404, model: ErrorBody }, { login: stranger, role: 'USER' })).body;
    expect(unknown).toMatchObject({ resource_type: 'user', resource_id: stranger });
  });

  test('invite: 204, then 409 for the same address; an unknown project is 404; an unknown role 400', async () => {
    const tenant = await createTenant(database);
    const call = voucherifyClient(gateway, tenant);
    const project = (await call('POST', '/projects', { status: 200, model: CreatedProject }, newProject())).body;
    const email = `${unique('invitee')}@example.test`;
    const invite = { email, first_name: 'Grace', last_name: 'Hopper', projects: { [project.id]: 'USER' } };
    await call('POST', '/projects/users/invite', { status: 204 }, invite);
    expect((await database.prisma.user.findUniqueOrThrow({ where: { email } })).name).toBe('Grace Hopper');
    const duplicate = (await call('POST', '/projects/users/invite', { status: 409, model: ErrorBody }, invite)).body;
    expect(duplicate).toMatchObject({ key: 'duplicate_found', message: 'Duplicated resource found', resource_type: 'user', resource_id: email });
    const nowhere = (await call('POST', '/projects/users/invite', { status: 404, model: ErrorBody }, { ...invite, email: `${unique('x')}@example.test`, projects: { proj_missing: 'USER' } })).body;
    expect(nowhere).toMatchObject({ resource_type: 'project', resource_id: 'proj_missing' });
    const role = (await call('POST', '/projects/users/invite', { status: 400, model: ErrorBody }, { ...invite, email: `${unique('y')}@example.test`, projects: { [project.id]: 'VICE_ADMIN' } })).body;
    expect(role.key).toBe('used_incorrect_role');
  });
});

describe('Voucherify Management API: the dialect', () => {
  test('its OpenAPI document is valid, every operation named by the specification’s operationId once', async () => {
    const document = (await restClient(gateway)('GET', '/management/v1/openapi/voucherify-management.json')).expectStatus(200);
    expect(document.info.title).toBe('Voucherify Management API (Steward)');
    await SwaggerParser.validate(structuredClone(document));
    const ids = Object.values(document.paths as Record<string, Record<string, { operationId: string }>>).flatMap((methods) =>
      Object.values(methods).map((operation) => operation.operationId),
    );
    // The 38 operations of Voucherify's management.json (compat spec §2), each once.
    const specified = [
      'create-project', 'list-projects', 'get-project', 'update-project', 'delete-project',
      'assign-user', 'list-users', 'get-user', 'update-user', 'unassign-user', 'invite-user',
      'management-list-campaign-templates', 'management-copy-campaign-template',
      'create-stacking-rules', 'list-stacking-rules', 'get-stacking-rules', 'update-stacking-rules', 'delete-stacking-rules',
      'create-metadata-schema', 'list-metadata-schemas-1', 'get-metadata-schema-1', 'update-metadata-schema', 'delete-metadata-schema',
      'create-custom-event-schema', 'list-custom-event-schemas', 'get-custom-event-schema', 'update-custom-event-schema', 'delete-custom-event-schema',
      'create-webhook', 'list-webhooks', 'get-webhook', 'update-webhook', 'delete-webhook',
      'create-brand', 'list-brands', 'get-brand', 'update-brand', 'delete-brand',
    ];
    expect([...ids].sort()).toEqual([...specified].sort());
    expect(document.paths['/projects'].post.responses).toHaveProperty('200');
  });

  test('a path no route serves answers as Voucherify’s framework does', async () => {
    const tenant = await createTenant(database);
    const response = await restClient(gateway)('GET', '/management/v1/nowhere', { headers: managementHeaders(tenant.managementKey) });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Not Found' });
  });
});

