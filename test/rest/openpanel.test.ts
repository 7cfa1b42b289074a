import { describe, expect, test } from 'vitest';
import { newId } from '../../src/db/ids.js';
import { CreateDashboardDocument, CreateProjectDocument, CreateReportDocument, NodeDocument, ProjectDocument, RestoreProjectDocument } from '../generated/graphql.js';
import { testEnvironment } from '../support/environment.js';
import { withTestGateway } from '../support/gateway.js';
import { restClient } from '../support/rest.js';
import { tampered } from '../support/secrets.js';
import { createTenant, unique } from '../support/tenant.js';

const { database, gateway } = await testEnvironment({ http: true });
const call = restClient(gateway);

const ISO_MILLISECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const PROJECT_KEYS = ['id', 'name', 'organizationId', 'eventsCount', 'types', 'domain', 'cors', 'crossDomain', 'allowUnsafeRevenueTracking', 'filters', 'deleteAt', 'createdAt', 'updatedAt'];
const CLIENT_KEYS = ['id', 'name', 'type', 'projectId', 'organizationId', 'ignoreCorsAndSecret', 'createdAt', 'updatedAt'];
const REFERENCE_KEYS = ['id', 'title', 'description', 'date', 'projectId', 'createdAt', 'updatedAt'];

async function tenantWithProject(name = unique('Site')) {
  const tenant = await createTenant(database);
  const as = tenant.rootClient.as;
  const project = (await call('POST', '/manage/projects', { as, body: { name } })).expectStatus(200).data;
  return { tenant, as, project };
}

describe('the happy path of an OpenPanel client, unchanged', () => {
  test('projects, clients and references: create, list, get, update, delete', async () => {
    const tenant = await createTenant(database);
    const as = tenant.rootClient.as;
    const name = unique('My New Project');

    const created = await call('POST', '/manage/projects', {
      as,
      body: { name, domain: 'https://example.com/', cors: ['https://example.com/', 'https://app.example.com//'], types: ['website'], allowUnsafeRevenueTracking: true },
    });
    const project = created.expectStatus(200).data;
    expect(Object.keys(project)).toEqual([...PROJECT_KEYS, 'clients', 'client']);
    expect(project).toMatchObject({
      id: name.toLowerCase().replace(/ /g, '-'),
      name,
      organizationId: tenant.organizationId,
      eventsCount: 0,
      types: ['website'],
      domain: 'https://example.com',
      cors: ['https://example.com', 'https://app.example.com'],
      crossDomain: false,
      allowUnsafeRevenueTracking: false,
      filters: [],
      deleteAt: null,
    });
    expect(project.createdAt).toMatch(ISO_MILLISECONDS);
    expect(project.clients).toEqual([{ id: project.client.id }]);
    expect((await call('GET', `/manage/clients/${project.client.id}`, { as })).expectStatus(200).data).toMatchObject({ name: 'First client', type: 'write' });
    expect(project.client.secret).toMatch(/^stw_cs_/);
    expect(created.headers.get('content-type')).toBe('application/json; charset=utf-8');

    const listed = (await call('GET', '/manage/projects', { as })).expectStatus(200);
    expect(listed.data.map((p: { id: string }) => p.id)).toEqual([project.id]);
    const { clients: _clients, client: _client, ...plain } = project;
    expect(listed.data[0]).toEqual(plain);
    expect((await call('GET', `/manage/projects/${project.id}`, { as })).expectStatus(200)).toEqual({ data: plain });

    const patched = (await call('PATCH', `/manage/projects/${project.id}`, { as, body: { name: 'Renamed', crossDomain: true } })).expectStatus(200).data;
    expect(patched).toMatchObject({ id: project.id, name: 'Renamed', crossDomain: true, domain: 'https://example.com' });

    const readClient = (await call('POST', '/manage/clients', { as, body: { name: 'My API Client', projectId: project.id, type: 'read' } })).expectStatus(200).data;
    expect(Object.keys(readClient)).toEqual(['id', 'name', 'secret', ...CLIENT_KEYS.slice(2)]);
    expect(readClient).toMatchObject({ name: 'My API Client', type: 'read', projectId: project.id, organizationId: tenant.organizationId, ignoreCorsAndSecret: false });
    expect(readClient.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const byProject = (await call('GET', `/manage/clients?projectId=${project.id}`, { as })).expectStatus(200).data;
    expect(byProject.map((c: { id: string }) => c.id)).toEqual([readClient.id, project.client.id]);
    const { secret: _secret, ...readClientShown } = readClient;
    expect((await call('GET', `/manage/clients/${readClient.id}`, { as })).expectStatus(200)).toEqual({ data: readClientShown });
    expect((await call('PATCH', `/manage/clients/${readClient.id}`, { as, body: { name: 'Dashboards' } })).expectStatus(200).data.name).toBe('Dashboards');
    expect((await call('DELETE', `/manage/clients/${readClient.id}`, { as })).expectStatus(200)).toEqual({ success: true });
    expect((await call('GET', `/manage/clients/${readClient.id}`, { as })).expectStatus(404)).toEqual({ status: 404, message: 'Client not found' });

    const body = { projectId: project.id, title: 'Product Launch', description: 'Version 2.0 released', datetime: '2024-01-15T10:00:00Z' };
    const ref = (await call('POST', '/manage/references', { as, body })).expectStatus(200).data;
    expect(Object.keys(ref)).toEqual(REFERENCE_KEYS);
    expect(ref).toMatchObject({ title: 'Product Launch', description: 'Version 2.0 released', date: '2024-01-15T10:00:00.000Z', projectId: project.id });
    expect((await call('GET', `/manage/references?projectId=${project.id}`, { as })).expectStatus(200)).toEqual({ data: [ref] });
    expect((await call('GET', `/manage/references/${ref.id}`, { as })).expectStatus(200)).toEqual({ data: ref });
    const changed = { title: 'Launch', description: 'v2', datetime: '2024-01-16T08:30:00+02:00' };
    const updated = (await call('PATCH', `/manage/references/${ref.id}`, { as, body: changed })).expectStatus(200).data;
    expect(updated).toMatchObject({ title: 'Launch', description: 'v2', date: '2024-01-16T06:30:00.000Z' });
    expect((await call('DELETE', `/manage/references/${ref.id}`, { as })).expectStatus(200)).toEqual({ success: true });
    expect((await call('GET', `/manage/references/${ref.id}`, { as })).expectStatus(404).message).toBe('Reference not found');

    expect((await call('DELETE', `/manage/projects/${project.id}`, { as })).expectStatus(200)).toEqual({ success: true });
    expect((await call('GET', '/manage/projects', { as })).expectStatus(200)).toEqual({ data: [] });
    const deleted = (await call('GET', `/manage/projects/${project.id}`, { as })).expectStatus(200).data;
    expect(Date.parse(deleted.deleteAt) - Date.now()).toBeGreaterThan(23 * 3600_000);
  });

  test('the self-hosted base /api/manage serves the same routes', async () => {
    const { as, project } = await tenantWithProject();
    expect((await call('GET', `/api/manage/projects/${project.id}`, { as })).expectStatus(200).data.id).toBe(project.id);
  });
});

describe('projects', () => {
  test('normalise the request as OpenPanel does: slugs, trailing slashes, empty domain, fixed types, unknown keys dropped', async () => {
    const { as, project } = await tenantWithProject('Acme Shop');
    expect(project.id).toMatch(/^acme-shop(-\d{4})?$/);
    const again = (await call('POST', '/manage/projects', { as, body: { name: 'Acme Shop', domain: '', unknownKey: 1 } })).expectStatus(200).data;
    expect(again.id).toMatch(/^acme-shop-\d{4}$/);
    expect(again).toMatchObject({ domain: null, cors: [], crossDomain: false, types: [], allowUnsafeRevenueTracking: false });
    expect(again).not.toHaveProperty('unknownKey');

    const patched = (await call('PATCH', `/manage/projects/${again.id}`, { as, body: { types: ['app'], domain: 'https://shop.example//', allowUnsafeRevenueTracking: true } }))
      .expectStatus(200).data;
    expect(patched).toMatchObject({ types: [], domain: 'https://shop.example', allowUnsafeRevenueTracking: true });
    const unchanged = (await call('PATCH', `/manage/projects/${again.id}`, { as, body: {} })).expectStatus(200).data;
    expect(unchanged).toMatchObject({ domain: 'https://shop.example', allowUnsafeRevenueTracking: true });
    expect((await call('PATCH', `/manage/projects/${again.id}`, { as, body: { domain: null } })).expectStatus(200).data.domain).toBeNull();
  });

  test('lists are newest first and leave deleted projects out; a deleted project stays readable and GraphQL restores it', async () => {
    const { tenant, as, project: first } = await tenantWithProject();
    const second = (await call('POST', '/manage/projects', { as, body: { name: unique('Second') } })).expectStatus(200).data;
    const third = (await call('POST', '/manage/projects', { as, body: { name: unique('Third') } })).expectStatus(200).data;
    const ids = async () => (await call('GET', '/manage/projects', { as })).expectStatus(200).data.map((p: { id: string }) => p.id);
    expect(await ids()).toEqual([third.id, second.id, first.id]);

    (await call('DELETE', `/manage/projects/${second.id}`, { as })).expectStatus(200);
    expect(await ids()).toEqual([third.id, first.id]);
    expect((await call('PATCH', `/manage/projects/${second.id}`, { as, body: { name: 'Still here' } })).expectStatus(200).data.name).toBe('Still here');

    const restored = await gateway.execute(RestoreProjectDocument, { input: { id: second.id } }, tenant.owner.as);
    expect(restored.expectData().restoreProject!.userErrors).toEqual([]);
    expect(await ids()).toEqual([third.id, second.id, first.id]);
  });

  test('are the same objects in GraphQL, by slug or by id, both ways', async () => {
    const { tenant, as, project } = await tenantWithProject();
    const inGraphQL = (await gateway.execute(ProjectDocument, { id: project.id }, tenant.owner.as)).expectData().project!;
    expect(inGraphQL).toMatchObject({ slug: project.id, name: project.name });
    const byNode = (await gateway.execute(NodeDocument, { id: inGraphQL.id }, tenant.owner.as)).expectData().node;
    expect(byNode).toMatchObject({ id: inGraphQL.id });

    const made = (await gateway.execute(CreateProjectDocument, { input: { organizationId: tenant.organizationId, name: unique('From GraphQL'), types: ['APP'] } }, tenant.owner.as))
      .expectData().createProject!.project!;
    const overRest = (await call('GET', `/manage/projects/${made.id}`, { as })).expectStatus(200).data;
    expect(overRest).toMatchObject({ id: made.slug, name: made.name, types: ['app'] });
    expect((await call('GET', `/manage/projects/${made.slug}`, { as })).expectStatus(200).data).toEqual(overRest);
  });
});

describe('clients', () => {
  test('list the whole organization or one project, newest first; never show a secret or its digest outside creation', async () => {
    const { tenant, as, project } = await tenantWithProject();
    const orgWide = (await call('POST', '/manage/clients', { as, body: { name: 'ops', projectId: '' } })).expectStatus(200).data;
    expect(orgWide).toMatchObject({ type: 'write', projectId: null });
    const root = (await call('POST', '/manage/clients', { as, body: { name: 'automation', type: 'root' } })).expectStatus(200).data;

    const all = await call('GET', '/manage/clients', { as });
    expect(all.expectStatus(200).data.map((c: { id: string }) => c.id)).toEqual([root.id, orgWide.id, project.client.id, tenant.rootClient.id]);
    expect(JSON.stringify(all.body)).not.toMatch(/"secret"|stw_cs_/);
    for (const shown of all.body.data) expect(Object.keys(shown)).toEqual(CLIENT_KEYS);
    expect((await call('GET', `/manage/clients?projectId=`, { as })).expectStatus(200).data).toHaveLength(4);

    expect((await call('GET', '/manage/projects', { as: { clientId: root.id, clientSecret: root.secret } })).status).toBe(200);
    const unchanged = (await call('PATCH', `/manage/clients/${orgWide.id}`, { as, body: {} })).expectStatus(200).data;
    expect(unchanged.name).toBe('ops');
    expect((await gateway.execute(NodeDocument, { id: orgWide.id }, tenant.owner.as)).expectData().node).toMatchObject({ id: orgWide.id });
  });

  test('a root client belongs to the organization: it cannot be bound to a project', async () => {
    const { as, project } = await tenantWithProject();
    const refused = await call('POST', '/manage/clients', { as, body: { name: 'x', type: 'root', projectId: project.id } });
    expect(refused.expectStatus(400)).toEqual({ status: 400, error: 'Error', message: 'body/projectId a ROOT client is organization-wide: leave out projectId' });
  });
});

describe('references', () => {
  test('datetime in, date out: offsets and date-only accepted, garbage refused with 400', async () => {
    const { as, project } = await tenantWithProject();
    const create = (datetime: unknown) => call('POST', '/manage/references', { as, body: { projectId: project.id, title: 'T', datetime } });
    expect((await create('2024-01-15')).expectStatus(200).data.date).toBe('2024-01-15T00:00:00.000Z');
    expect((await create('2024-01-15T10:00:00.5+01:00')).expectStatus(200).data.date).toBe('2024-01-15T09:00:00.500Z');
    expect((await create('next tuesday')).expectStatus(400).message).toBe(
      'body/datetime Invalid date: use an ISO 8601 date or date-time, such as 2026-01-31T12:00:00Z',
    );
    expect((await create('2024-02-30')).status).toBe(400);
    expect((await create(undefined)).expectStatus(400).message).toBe('body/datetime Invalid input: expected string, received undefined');
  });

  test('description: empty is null on create and kept empty on update; null is refused', async () => {
    const { as, project } = await tenantWithProject();
    const ref = (await call('POST', '/manage/references', { as, body: { projectId: project.id, title: 'T', description: '', datetime: '2024-01-15' } })).expectStatus(200).data;
    expect(ref.description).toBeNull();
    expect((await call('PATCH', `/manage/references/${ref.id}`, { as, body: { description: '' } })).expectStatus(200).data.description).toBe('');
    expect((await call('PATCH', `/manage/references/${ref.id}`, { as, body: { description: null } })).expectStatus(400).message).toBe(
      'body/description Invalid input: expected string, received null',
    );
  });

  test("the organization's list covers every project, deleted ones included, newest first", async () => {
    const { as, project } = await tenantWithProject();
    const other = (await call('POST', '/manage/projects', { as, body: { name: unique('Other') } })).expectStatus(200).data;
    const make = async (projectId: string) =>
      (await call('POST', '/manage/references', { as, body: { projectId, title: 'T', datetime: '2020-01-01' } })).expectStatus(200).data.id;
    const ids = [await make(project.id), await make(other.id), await make(project.id)];
    (await call('DELETE', `/manage/projects/${other.id}`, { as })).expectStatus(200);
    expect((await call('GET', '/manage/references', { as })).expectStatus(200).data.map((r: { id: string }) => r.id)).toEqual(ids.reverse());
    expect((await call('GET', `/manage/references/${ids[1]}`, { as })).expectStatus(200).data.projectId).toBe(other.id);
  });
});

describe('authentication', () => {
  const unauthorized = (message: string) => ({ error: 'Unauthorized', message: `Manage: ${message}` });

  test("only a root client's id and secret open the API; each failure is a 401 in OpenPanel's words", async () => {
    const { tenant, project } = await tenantWithProject();
    const root = tenant.rootClient;
    const cases: [Record<string, string>, string][] = [
      [{}, 'Client ID must be a valid UUIDv4'],
      [{ 'openpanel-client-id': 'not-a-uuid', 'openpanel-client-secret': root.secret }, 'Client ID must be a valid UUIDv4'],
      [{ 'openpanel-client-id': crypto.randomUUID(), 'openpanel-client-secret': root.secret }, 'Invalid client id'],
      [{ 'openpanel-client-id': root.id }, 'Invalid client secret'],
      [{ 'openpanel-client-id': root.id, 'openpanel-client-secret': tampered(root.secret) }, 'Invalid client secret'],
      [{ 'openpanel-client-id': project.client.id, 'openpanel-client-secret': project.client.secret }, 'Only root clients are allowed to manage resources'],
      // OpenPanel checks the type before the secret: a write client with a wrong secret hears that it is not root.
      [{ 'openpanel-client-id': project.client.id, 'openpanel-client-secret': root.secret }, 'Only root clients are allowed to manage resources'],
      [{ authorization: `Bearer ${tenant.managementKey.token}` }, 'Client ID must be a valid UUIDv4'],
    ];
    for (const [headers, message] of cases) {
      expect((await call('GET', '/manage/projects', { headers })).expectStatus(401)).toEqual(unauthorized(message));
    }
  });

  test('is checked before the body is validated', async () => {
    const response = await call('POST', '/manage/projects', { body: { name: 42 } });
    expect(response.expectStatus(401)).toEqual(unauthorized('Client ID must be a valid UUIDv4'));
  });
});

describe('bad requests', () => {
  test("are 400s whose messages name the field, in OpenPanel's format", async () => {
    const { as, project } = await tenantWithProject();
    const post = (path: string, body: unknown) => call('POST', path, { as, body });
    const messages = [
      [await post('/manage/projects', {}), 'body/name Invalid input: expected string, received undefined'],
      [await post('/manage/projects', { name: '' }), 'body/name Too small: expected string to have >=1 characters'],
      [await post('/manage/projects', { name: 'x', domain: 'not a url' }), 'body/domain Invalid URL'],
      [await post('/manage/projects', { name: 'x', crossDomain: 'yes' }), 'body/crossDomain Invalid input: expected boolean, received string'],
      [await post('/manage/projects', { name: 'x', types: ['tv'] }), 'body/types/0 Invalid option: expected one of "website"|"app"|"backend"'],
      [await post('/manage/clients', { name: 'x', type: 'admin' }), 'body/type Invalid option: expected one of "read"|"write"|"root"'],
      [await post('/manage/projects', { name: 1, crossDomain: 1 }), 'body/name Invalid input: expected string, received number, body/crossDomain Invalid input: expected boolean, received number'],
      [await post('/manage/projects', 'null'), 'body/ Invalid input: expected object, received null'],
      [await call('GET', `/manage/clients?projectId=${project.id}&projectId=other`, { as }), 'querystring/projectId Invalid input: expected string, received array'],
    ] as const;
    for (const [response, message] of messages) expect(response.expectStatus(400)).toEqual({ status: 400, error: 'Error', message });
    // Bodies the framework cannot read are refused in its own words.
    const unreadable = [
      [await post('/manage/projects', '{"name":'), "Body is not valid JSON but content-type is set to 'application/json'"],
      [await call('PATCH', `/manage/projects/${project.id}`, { as, headers: { 'content-type': 'application/json' } }), "Body cannot be empty when content-type is set to 'application/json'"],
    ] as const;
    for (const [response, message] of unreadable) expect(response.expectStatus(400)).toEqual({ status: 400, error: 'FastifyError', message });
    const text = await call('POST', '/manage/projects', { as, body: 'name=x', headers: { 'content-type': 'text/plain' } });
    expect(text.expectStatus(415)).toEqual({ status: 415, error: 'FastifyError', message: 'Unsupported Media Type: text/plain' });
  });

  test('ids that name nothing are 404s, malformed ones too', async () => {
    const { as } = await tenantWithProject();
    const notFound = (message: string) => ({ status: 404, message });
    expect((await call('GET', '/manage/projects/no-such-project', { as })).expectStatus(404)).toEqual(notFound('Project not found'));
    expect((await call('GET', '/manage/projects/Not%20A%20Slug!', { as })).expectStatus(404)).toEqual(notFound('Project not found'));
    expect((await call('GET', '/manage/projects/%E0%A4%A', { as })).expectStatus(404)).toEqual(notFound('Project not found'));
    expect((await call('GET', '/manage/clients/not-a-uuid', { as })).expectStatus(404)).toEqual(notFound('Client not found'));
    expect((await call('GET', `/manage/clients/${crypto.randomUUID()}`, { as })).expectStatus(404)).toEqual(notFound('Client not found'));
    expect((await call('PATCH', '/manage/references/garbage', { as, body: { title: 'x' } })).expectStatus(404)).toEqual(notFound('Reference not found'));
    expect((await call('GET', '/manage/references?projectId=nope', { as })).expectStatus(404)).toEqual(notFound('Project not found'));
    expect((await call('POST', '/manage/references', { as, body: { projectId: 'nope', title: 't', datetime: '2024-01-01' } })).expectStatus(404)).toEqual(
      notFound('Project not found'),
    );
  });

  test('an unknown route is a 404 in the framework’s words, without rate-limit headers', async () => {
    const { as } = await tenantWithProject();
    const response = await call('GET', '/manage/nope', { as });
    expect(response.expectStatus(404)).toEqual({ message: 'Route GET:/manage/nope not found', error: 'Not Found', statusCode: 404 });
    expect(response.headers.get('x-ratelimit-limit')).toBeNull();
    expect((await call('PUT', '/manage/projects', { as })).expectStatus(404).message).toBe('Route PUT:/manage/projects not found');
  });
});

describe('another organization', () => {
  test("is out of reach: every route that takes an id answers 404 to another organization's root client", async () => {
    const { as, project } = await tenantWithProject();
    const client = (await call('POST', '/manage/clients', { as, body: { name: 'c', projectId: project.id } })).expectStatus(200).data;
    const ref = (await call('POST', '/manage/references', { as, body: { projectId: project.id, title: 't', datetime: '2024-01-01' } })).expectStatus(200).data;
    const stranger = (await createTenant(database)).rootClient.as;
    const attempts: [string, string, unknown?][] = [
      ['GET', `/manage/projects/${project.id}`],
      ['PATCH', `/manage/projects/${project.id}`, { name: 'mine' }],
      ['DELETE', `/manage/projects/${project.id}`],
      ['GET', `/manage/clients?projectId=${project.id}`],
      ['GET', `/manage/clients/${client.id}`],
      ['POST', '/manage/clients', { name: 'mine', projectId: project.id }],
      ['PATCH', `/manage/clients/${client.id}`, { name: 'mine' }],
      ['DELETE', `/manage/clients/${client.id}`],
      ['GET', `/manage/references?projectId=${project.id}`],
      ['GET', `/manage/references/${ref.id}`],
      ['POST', '/manage/references', { projectId: project.id, title: 'mine', datetime: '2024-01-01' }],
      ['PATCH', `/manage/references/${ref.id}`, { title: 'mine' }],
      ['DELETE', `/manage/references/${ref.id}`],
    ];
    for (const [method, path, body] of attempts) {
      const response = await call(method, path, { as: stranger, body });
      expect(response.expectStatus(404).message, `${method} ${path}`).toMatch(/^(Project|Client|Reference) not found$/);
    }
    expect((await call('GET', `/manage/projects/${project.id}`, { as })).expectStatus(200).data.name).toBe(project.name);
    expect((await call('GET', `/manage/references/${ref.id}`, { as })).expectStatus(200).data.title).toBe('t');
    expect((await call('GET', '/manage/projects', { as: stranger })).expectStatus(200)).toEqual({ data: [] });
  });
});

describe('rate limit', () => {
  test('20 requests per 10 seconds per client; every response says where the client stands; then 429', async () => {
    await withTestGateway(database, { limits: { requests: 20, windowSeconds: 10 }, http: true }, async (limited) => {
      const { as } = await tenantWithProject();
      const limitedCall = restClient(limited);
      for (let used = 1; used <= 20; used++) {
        const response = await limitedCall('GET', '/manage/projects', { as });
        response.expectStatus(200);
        expect(response.headers.get('x-ratelimit-limit')).toBe('20');
        expect(response.headers.get('x-ratelimit-remaining')).toBe(String(20 - used));
        expect(Number(response.headers.get('x-ratelimit-reset'))).toBeGreaterThan(0);
        expect(Number(response.headers.get('x-ratelimit-reset'))).toBeLessThanOrEqual(10);
        expect(response.headers.get('retry-after')).toBeNull();
      }
      const throttled = await limitedCall('GET', '/manage/projects', { as });
      expect(throttled.expectStatus(429)).toEqual({ status: 429, error: 'Too Many Requests', message: 'You have exceeded the rate limit for this endpoint.' });
      expect(throttled.headers.get('retry-after')).toBe(throttled.headers.get('x-ratelimit-reset'));
      expect(throttled.headers.get('x-ratelimit-remaining')).toBe('0');
    });
  });
});

describe('refusals before and beyond the budget', () => {
  test("a field's own limit (createClient: 30 an hour) and a flood of bad credentials are 429s in OpenPanel's words", async () => {
    await withTestGateway(database, { limits: { authFailures: 2, authFailureWindowSeconds: 60 }, http: true }, async (guarded) => {
      const { as } = await tenantWithProject();
      const guardedCall = restClient(guarded);
      for (let i = 0; i < 30; i++) (await guardedCall('POST', '/manage/clients', { as, body: { name: `c${i}` } })).expectStatus(200);
      const limited = await guardedCall('POST', '/manage/clients', { as, body: { name: 'one too many' } });
      expect(limited.expectStatus(429)).toEqual({ status: 429, error: 'Too Many Requests', message: 'You have exceeded the rate limit for this endpoint.' });
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

      const wrong = { clientId: crypto.randomUUID(), clientSecret: 'stw_cs_wrong' };
      for (let i = 0; i < 2; i++) (await guardedCall('GET', '/manage/projects', { as: wrong })).expectStatus(401);
      // Guesses are cut off; the client verified above is not (test/guards.test.ts).
      const cutOff = await guardedCall('GET', '/manage/projects', { as: wrong });
      expect(cutOff.expectStatus(429).message).toBe('You have exceeded the rate limit for this endpoint.');
      expect(cutOff.headers.get('retry-after')).toBe(cutOff.headers.get('x-ratelimit-reset'));
    });
  });

  test('a body over the size limit is a 413 before it is read', async () => {
    const { as } = await tenantWithProject();
    const response = await call('POST', '/manage/projects', { as, body: { name: 'x'.repeat(200_000) } });
    expect(response.expectStatus(413)).toEqual({ status: 413, error: 'FastifyError', message: 'Request body is too large: at most 100000 bytes' });
  });
});

describe('dashboards and reports', () => {
  test('bare arrays of a project\'s dashboards and of a dashboard\'s reports; another organization\'s project is a 403', async () => {
    const { tenant, as, project } = await tenantWithProject();
    const owner = tenant.owner.as;
    const { dashboard } = (await gateway.execute(CreateDashboardDocument, { input: { projectId: project.id, name: 'Overview' } }, owner)).expectData().createDashboard!;
    const report = { name: 'Views', chartType: 'linear', range: '30d', interval: 'day', metric: 'sum', series: [{ id: 'A', name: 'screen_view' }], breakdowns: [] };
    const created = (await gateway.execute(CreateReportDocument, { input: { dashboardId: dashboard!.id, ...report } }, owner)).expectData().createReport!;

    expect((await call('GET', `/manage/projects/${project.id}/dashboards`, { as })).expectStatus(200)).toEqual([
      { id: dashboard!.id, name: 'Overview', projectId: project.id },
    ]);
    expect((await call('GET', `/manage/projects/${project.id}/dashboards/${dashboard!.id}/reports`, { as })).expectStatus(200)).toEqual([
      { id: created.report!.id, ...report },
    ]);

    const other = await tenantWithProject();
    expect((await call('GET', `/manage/projects/${other.project.id}/dashboards/${dashboard!.id}/reports`, { as: other.as })).expectStatus(200)).toEqual([]);
    const forbidden = { error: 'Forbidden', message: 'Project does not belong to your organization' };
    expect((await call('GET', `/manage/projects/${project.id}/dashboards`, { as: other.as })).expectStatus(403)).toEqual(forbidden);
    expect((await call('GET', `/manage/projects/${project.id}/dashboards/${dashboard!.id}/reports`, { as: other.as })).expectStatus(403)).toEqual(forbidden);
    expect((await call('GET', '/manage/projects/no-such-project/dashboards', { as })).expectStatus(403)).toEqual(forbidden);
  });
});

describe('the OpenAPI document', () => {
  test('is generated from the route table and served without credentials', async () => {
    const response = await call('GET', '/manage/openapi.json');
    const document = response.expectStatus(200);
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(
      [
        ...['projects', 'clients', 'references'].flatMap((resource) => [`GET /${resource}`, `POST /${resource}`, ...['GET', 'PATCH', 'DELETE'].map((m) => `${m} /${resource}/{id}`)]),
        'GET /projects/{projectId}/dashboards',
        'GET /projects/{projectId}/dashboards/{dashboardId}/reports',
      ].sort(),
    );
    expect(document.paths['/projects'].post.requestBody.content['application/json'].schema.required).toEqual(['name']);
    expect(document.paths['/clients'].get.parameters).toEqual([expect.objectContaining({ name: 'projectId', in: 'query' })]);
    expect(document.components.securitySchemes).toHaveProperty('openpanel-client-secret');
  });

  test('CORS: any origin, and preflights are answered without credentials', async () => {
    const preflight = await gateway.send('/manage/projects', { method: 'OPTIONS', headers: { origin: 'https://tool.example', 'access-control-request-method': 'POST' } }, '192.0.2.1');
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('openpanel-client-secret');
    const { as } = await tenantWithProject();
    expect((await call('GET', '/manage/projects', { as })).headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('lists', () => {
  test('return everything, past a GraphQL page of 100', async () => {
    const { tenant, as, project } = await tenantWithProject();
    const projectId = (await database.prisma.project.findUniqueOrThrow({ where: { slug: project.id } })).id;
    await database.prisma.reference.createMany({
      data: Array.from({ length: 130 }, (_, i) => ({
        id: newId('Reference'),
        organizationId: tenant.organizationId,
        projectId,
        title: `r${i}`,
        date: new Date(Date.UTC(2026, 0, 1)),
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      })),
    });
    const listed = (await call('GET', `/manage/references?projectId=${project.id}`, { as })).expectStatus(200).data;
    expect(listed).toHaveLength(130);
    expect(listed[0].title).toBe('r129');
    expect(listed.at(-1).title).toBe('r0');
    expect((await call('GET', '/manage/references', { as })).expectStatus(200).data).toHaveLength(130);
  });
});

test('no request of this file met an internal error', () => {
  expect(gateway.internalErrors).toEqual([]);
});
