import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { issueToken, tokenKind } from '../src/access/tokens.js';
import {
  CreateManagementKeyDocument,
  CreatePersonalAccessTokenDocument,
  CreateProjectDocument,
  MyTokensDocument,
  NodeDocument,
  OrganizationKeysDocument,
  RevokeManagementKeyDocument,
  RevokePersonalAccessTokenDocument,
  RotateManagementKeyDocument,
  UpdateManagementKeyDocument,
  UpdateProjectDocument,
  ViewerDocument,
} from './generated/graphql.js';
import { testEnvironment } from './support/environment.js';
import type { Credentials } from './support/gateway.js';
import { tampered } from './support/secrets.js';
import { createProject, createTenant, unique, type Tenant } from './support/tenant.js';

const { database, gateway } = await testEnvironment();

async function createKey(tenant: Tenant, input: { scopes: string[]; projectIds?: string[]; expiresAt?: string }) {
  const variables = { input: { organizationId: tenant.organizationId, name: unique('key'), ...input } };
  return (await gateway.execute(CreateManagementKeyDocument, variables, tenant.owner.as)).expectData().createManagementKey!;
}

describe('token format', () => {
  test('prefix, random body and checksum; a changed character fails the checksum', () => {
    const { token, digest, lastFour } = issueToken('managementKey');
    expect(token).toMatch(/^stw_mk_[0-9A-Za-z]{38}$/);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(lastFour).toBe(token.slice(-4));
    expect(tokenKind(token)).toBe('managementKey');
    const flipped = token.slice(0, 10) + (token[10] === 'a' ? 'b' : 'a') + token.slice(11);
    expect(tokenKind(flipped)).toBeNull();
    expect(tokenKind(token + 'x')).toBeNull();
    expect(issueToken('managementKey').token).not.toBe(token);
  });
});

describe('authentication', () => {
  test('no, malformed, unknown or mixed credentials get 401 (400 for two credentials) before execution', async () => {
    const tenant = await createTenant(database);
    const forged = issueToken('managementKey').token;
    const cases: [Credentials, number, string][] = [
      [null, 401, 'authentication required: send "Authorization: Bearer <token>"'],
      [{ headers: { authorization: 'Basic abc' } }, 401, 'the Authorization header must be "Bearer <token>"'],
      [{ bearer: 'stw_mk_short' }, 401, 'the token is not a Steward management key, personal access token or operator token'],
      [{ bearer: forged }, 401, 'unknown management key'],
      [{ bearer: issueToken('personalAccessToken').token }, 401, 'unknown personal access token'],
      [{ bearer: tenant.rootClient.secret }, 401, 'the token is not a Steward management key, personal access token or operator token'],
      [{ clientId: 'not-a-uuid', clientSecret: 'x' }, 401, 'openpanel-client-id must be a client id (a UUID)'],
      [{ clientId: tenant.rootClient.id, clientSecret: 'wrong' }, 401, 'unknown client or wrong secret'],
      [{ headers: { 'openpanel-client-id': tenant.rootClient.id } }, 401, 'send both openpanel-client-id and openpanel-client-secret'],
      [{ headers: { authorization: `Bearer ${tenant.owner.token}`, 'openpanel-client-id': tenant.rootClient.id, 'openpanel-client-secret': tenant.rootClient.secret } }, 400, 'the request carries two credentials; send exactly one'],
    ];
    const before = database.statements.length;
    for (const [credentials, status, message] of cases) {
      const response = await gateway.execute(ViewerDocument, {}, credentials);
      expect(response.status, message).toBe(status);
      expect(response.body.data).toBeUndefined();
      expect(response.expectError(status === 401 ? 'UNAUTHENTICATED' : 'BAD_REQUEST').message).toBe(message);
    }
    // Malformed tokens are refused without touching the database: only the lookups of well-formed ones ran.
    expect(database.statements.length - before).toBe(2);
  });

  test('no malformed credential in any header dialect gets anything but 401', async () => {
    const tenant = await createTenant(database);
    const printable = (length: number) =>
      Array.from(randomBytes(length), (byte) => String.fromCharCode(33 + (byte % 94))).join('');
    const valid = tenant.managementKey.token;
    const values = [
      ...Array.from({ length: 40 }, (_, i) => printable(1 + i * 7)),
      printable(8000),
      valid.slice(0, -1),
      valid + valid,
      valid.replace('stw_mk_', 'stw_pat_'),
      valid.replace('stw_mk_', 'stw_sa_'),
      `${valid.slice(0, 20)}${valid.slice(21)}0`,
      'stw_mk_' + 'A'.repeat(38),
      tampered(tenant.rootClient.secret),
      tenant.rootClient.id,
    ];
    for (const value of values) {
      const dialects: Record<string, string>[] = [
        { authorization: `Bearer ${value}` },
        { authorization: value },
        { 'x-kbc-manageapitoken': value },
        { 'x-management-id': value, 'x-management-token': value },
        { 'x-management-id': tenant.managementKey.id, 'x-management-token': value },
        { 'openpanel-client-id': value, 'openpanel-client-secret': value },
        { 'openpanel-client-id': tenant.rootClient.id, 'openpanel-client-secret': value },
      ];
      for (const headers of dialects) {
        const response = await gateway.execute(ViewerDocument, {}, { headers });
        expect(response.status, JSON.stringify(headers).slice(0, 200)).toBe(401);
        response.expectError('UNAUTHENTICATED');
      }
    }
    expect(gateway.internalErrors).toEqual([]);
  });

  test('revoked and expired credentials are refused, saying so', async () => {
    const tenant = await createTenant(database);
    const created = await createKey(tenant, { scopes: ['project:read'] });
    const as = { bearer: created.token! };
    expect((await gateway.execute(ViewerDocument, {}, as)).expectData().viewer.kind).toBe('MANAGEMENT_KEY');
    await gateway.execute(RevokeManagementKeyDocument, { input: { id: created.key!.id } }, tenant.owner.as);
    expect((await gateway.execute(ViewerDocument, {}, as)).expectError('UNAUTHENTICATED').message).toBe('this management key was revoked');

    const expiring = await createKey(tenant, { scopes: ['project:read'], expiresAt: new Date(Date.now() + 60_000).toISOString() });
    await database.prisma.managementKey.update({ where: { id: expiring.key!.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    const expired = await gateway.execute(ViewerDocument, {}, { bearer: expiring.token! });
    expect(expired.expectError('UNAUTHENTICATED').message).toBe('this management key has expired');
  });
});

describe('management keys', () => {
  test('created with scopes and projects, listed without the token, stored only as a digest', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const created = await createKey(tenant, { scopes: ['project:read', 'reference:write'], projectIds: [project.id] });
    expect(created.userErrors).toEqual([]);
    expect(created.key).toMatchObject({ scopes: ['project:read', 'reference:write'], projects: [{ id: project.id }], lastFour: created.token!.slice(-4), revokedAt: null, lastUsedAt: null });

    const listed = (await gateway.execute(OrganizationKeysDocument, { id: tenant.organizationId }, tenant.owner.as)).expectData();
    expect(listed.organization?.managementKeys?.edges.map((edge) => edge.node.id)).toEqual([tenant.managementKey.id, created.key!.id]);
    const stored = await database.prisma.managementKey.findUniqueOrThrow({ where: { id: created.key!.id } });
    expect(JSON.stringify(stored)).not.toContain(created.token!.slice(7, 30));
  });

  test('scopes decide: a project:read key reads but may not write; a limited key reaches only its projects', async () => {
    const tenant = await createTenant(database);
    const { project: mine } = await createProject(gateway, tenant);
    const { project: other } = await createProject(gateway, tenant);
    const reader = await tenant.addKey(['project:read']);
    (await gateway.execute(NodeDocument, { id: mine.id }, reader.as)).expectData();
    const write = await gateway.execute(UpdateProjectDocument, { input: { id: mine.id, name: 'x' } }, reader.as);
    expect(write.expectError('FORBIDDEN').extensions?.requires).toBe('project:write');

    const limited = await tenant.addKey(['project:write'], [mine.id]);
    expect((await gateway.execute(UpdateProjectDocument, { input: { id: mine.id, name: 'ok' } }, limited.as)).expectData().updateProject?.project?.name).toBe('ok');
    const outside = (await gateway.execute(UpdateProjectDocument, { input: { id: other.id, name: 'no' } }, limited.as)).expectData();
    expect(outside.updateProject?.userErrors[0]?.code).toBe('NOT_FOUND');
    const create = await gateway.execute(CreateProjectDocument, { input: { organizationId: tenant.organizationId, name: 'new' } }, limited.as);
    create.expectError('FORBIDDEN');
  });

  test('unknown scopes and foreign projects are refused; a key cannot grant more than it holds', async () => {
    const tenant = await createTenant(database);
    const other = await createTenant(database);
    const { project: foreign } = await createProject(gateway, other);
    const payload = await createKey(tenant, { scopes: ['project:read', 'projects:admin'], projectIds: [foreign.id] });
    expect(payload.key).toBeNull();
    expect(payload.userErrors.map((error) => [error.code, error.field.join('.')])).toEqual([
      ['INVALID_SCOPE', 'input.scopes'],
      ['NOT_FOUND', 'input.projectIds'],
    ]);

    const keyAdmin = await tenant.addKey(['key:write', 'project:read']);
    const escalate = await gateway.execute(CreateManagementKeyDocument, { input: { organizationId: tenant.organizationId, name: 'x', scopes: ['*'] } }, keyAdmin.as);
    expect(escalate.expectError('FORBIDDEN').message).toBe('a key cannot grant scopes it does not hold: *');
    const allowed = await gateway.execute(CreateManagementKeyDocument, { input: { organizationId: tenant.organizationId, name: 'x', scopes: ['project:read', 'key:read'] } }, keyAdmin.as);
    expect(allowed.expectData().createManagementKey?.userErrors).toEqual([]);
  });

  test('only OWNERs manage keys', async () => {
    const tenant = await createTenant(database);
    const admin = await tenant.addUser('ADMIN');
    const response = await gateway.execute(CreateManagementKeyDocument, { input: { organizationId: tenant.organizationId, name: 'x', scopes: ['*'] } }, admin.as);
    expect(response.expectError('FORBIDDEN').extensions?.requires).toBe('key:write');
    const listed = await gateway.execute(OrganizationKeysDocument, { id: tenant.organizationId }, admin.as);
    expect(listed.body.data).toEqual({ organization: { managementKeys: null } });
    listed.expectError('FORBIDDEN');
  });

  test('at most five active keys by default, with an organization override; revoking frees a place', async () => {
    const tenant = await createTenant(database);
    for (let i = 0; i < 4; i++) expect((await createKey(tenant, { scopes: ['project:read'] })).userErrors).toEqual([]);
    const sixth = await createKey(tenant, { scopes: ['project:read'] });
    expect(sixth.key).toBeNull();
    expect(sixth.token).toBeNull();
    expect(sixth.userErrors[0]?.code).toBe('KEY_LIMIT_REACHED');

    await gateway.execute(RevokeManagementKeyDocument, { input: { id: tenant.managementKey.id } }, tenant.owner.as);
    expect((await createKey(tenant, { scopes: ['project:read'] })).userErrors).toEqual([]);

    await database.prisma.organization.update({ where: { id: tenant.organizationId }, data: { managementKeyLimit: 7 } });
    expect((await createKey(tenant, { scopes: ['project:read'] })).userErrors).toEqual([]);
    expect((await createKey(tenant, { scopes: ['project:read'] })).userErrors).toEqual([]);
    expect((await createKey(tenant, { scopes: ['project:read'] })).userErrors[0]?.code).toBe('KEY_LIMIT_REACHED');
  });

  test('concurrent creations never pass the limit', async () => {
    const tenant = await createTenant(database);
    const results = await Promise.all(Array.from({ length: 8 }, () => createKey(tenant, { scopes: ['project:read'] })));
    expect(results.filter((result) => result.key !== null)).toHaveLength(4);
    expect(await database.prisma.managementKey.count({ where: { organizationId: tenant.organizationId, revokedAt: null } })).toBe(5);
  });

  test('rotation keeps id, name and scopes and replaces the token; update changes what it is given', async () => {
    const tenant = await createTenant(database);
    const created = await createKey(tenant, { scopes: ['project:read'] });
    const rotated = (await gateway.execute(RotateManagementKeyDocument, { input: { id: created.key!.id } }, tenant.owner.as))
      .expectData().rotateManagementKey!;
    expect(rotated.key).toMatchObject({ id: created.key!.id, name: created.key!.name, scopes: ['project:read'], lastFour: rotated.token!.slice(-4) });
    expect((await gateway.execute(ViewerDocument, {}, { bearer: created.token! })).status).toBe(401);
    expect((await gateway.execute(ViewerDocument, {}, { bearer: rotated.token! })).status).toBe(200);

    const updated = (await gateway.execute(UpdateManagementKeyDocument, { input: { id: created.key!.id, name: 'renamed', scopes: ['*'] } }, tenant.owner.as))
      .expectData().updateManagementKey!;
    expect(updated.key).toMatchObject({ name: 'renamed', scopes: ['*'], projects: [] });
    const bad = (await gateway.execute(UpdateManagementKeyDocument, { input: { id: created.key!.id, expiresAt: '2000-01-01' } }, tenant.owner.as))
      .expectData().updateManagementKey!;
    expect(bad.userErrors).toEqual([{ code: 'INVALID', field: ['input', 'expiresAt'], message: 'expiresAt must be in the future' }]);
  });
});

describe('personal access tokens', () => {
  test('a user creates, lists and revokes its own tokens; nobody else sees them', async () => {
    const tenant = await createTenant(database);
    const colleague = await tenant.addUser('ADMIN');
    const created = (await gateway.execute(CreatePersonalAccessTokenDocument, { input: { name: 'laptop' } }, tenant.owner.as))
      .expectData().createPersonalAccessToken!;
    expect(created.token).toMatch(/^stw_pat_/);
    expect((await gateway.execute(ViewerDocument, {}, { bearer: created.token! })).expectData().viewer.user?.id).toBe(tenant.owner.userId);

    const mine = (await gateway.execute(MyTokensDocument, {}, tenant.owner.as)).expectData();
    expect(mine.viewer.user?.personalAccessTokens?.edges.map((edge) => edge.node.name)).toEqual(['bootstrap', 'laptop']);

    const stolen = (await gateway.execute(RevokePersonalAccessTokenDocument, { input: { id: created.personalAccessToken!.id } }, colleague.as))
      .expectData().revokePersonalAccessToken!;
    expect(stolen.userErrors[0]?.code).toBe('NOT_FOUND');
    (await gateway.execute(NodeDocument, { id: created.personalAccessToken!.id }, colleague.as)).expectError('NOT_FOUND');

    const revoked = (await gateway.execute(RevokePersonalAccessTokenDocument, { input: { id: created.personalAccessToken!.id } }, tenant.owner.as))
      .expectData().revokePersonalAccessToken!;
    expect(revoked.personalAccessToken?.revokedAt).not.toBeNull();
    expect((await gateway.execute(ViewerDocument, {}, { bearer: created.token! })).expectError('UNAUTHENTICATED').message)
      .toBe('this personal access token was revoked');
  });

  test('keys cannot create personal access tokens', async () => {
    const tenant = await createTenant(database);
    const payload = (await gateway.execute(CreatePersonalAccessTokenDocument, { input: { name: 'x' } }, tenant.managementKey.as))
      .expectData().createPersonalAccessToken!;
    expect(payload).toMatchObject({ token: null, userErrors: [{ code: 'INVALID' }] });
  });
});
