import { describe, expect, test } from 'vitest';
import { digestToken, issueToken, tokenKind } from '../../../src/access/tokens.js';
import {
  CreateStorageTokenDocument,
  NodeDocument,
  AuditEventsDocument,
  ProjectStorageTokensDocument,
  RevokeStorageTokenDocument,
  StorageTokenCredentialDocument,
  StorageTokenOrganizationProjectsDocument,
  StorageTokenReachDocument,
  UpdateProjectDocument,
  ViewerDocument,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { testGateway, withTestGateway, type Credentials, type TestGateway } from '../../support/gateway.js';
import { createProject, createTenant, type Tenant } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

type Input = Record<string, unknown>;

async function mint(tenant: Tenant, projectId: string, input: Input = {}, as: Credentials = tenant.owner.as, via: TestGateway = gateway) {
  const variables = { input: { projectId, description: 'for the extractor', ...input } };
  return (await via.execute(CreateStorageTokenDocument, variables, as)).expectData().createStorageToken!;
}

const storageHeader = (token: string): Credentials => ({ headers: { 'x-storageapi-token': token } });

describe('storage tokens', () => {
  test('minted with their flags, the secret once; listed without it; stored as a digest; audited without it', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const created = await mint(tenant, project.id, {
      canReadAllFileUploads: true,
      canPurgeTrash: true,
      canReadAllProjectEvents: true,
      expiresInSeconds: 3600,
      bucketPermissions: { 'in.c-main': 'read', 'out.c-report': 'manage' },
      componentAccess: ['keboola.ex-db-snowflake', 'transformation', 'transformation'],
    });
    expect(created.userErrors).toEqual([]);
    const token = created.token!;
    expect(token).toMatch(/^stw_st_[0-9A-Za-z]{38}$/);
    expect(tokenKind(token)).toBe('storageToken');
    expect(created.storageToken).toMatchObject({
      description: 'for the extractor',
      createdBy: { kind: 'USER', id: tenant.owner.userId },
      isExpired: false,
      isDisabled: false,
      isMasterToken: false,
      canManageBuckets: false,
      canReadAllFileUploads: true,
      canPurgeTrash: true,
      canManageTokens: false,
      canReadAllProjectEvents: true,
      bucketPermissions: { 'in.c-main': 'read', 'out.c-report': 'manage' },
      componentAccess: ['keboola.ex-db-snowflake', 'transformation'],
      lastFour: token.slice(-4),
      lastUsedAt: null,
      project: { id: project.id },
    });
    expect(created.storageToken!.databaseId).toBeGreaterThan(0);
    const expiresIn = Date.parse(created.storageToken!.expiresAt!) - Date.now();
    expect(expiresIn).toBeGreaterThan(3500_000);
    expect(expiresIn).toBeLessThanOrEqual(3600_000);

    const listed = (await gateway.execute(ProjectStorageTokensDocument, { id: project.id }, tenant.owner.as)).expectData();
    expect(listed.project?.storageTokens?.edges.map((edge) => edge.node)).toEqual([created.storageToken]);
    expect(JSON.stringify(listed)).not.toContain(token.slice(7, 30));

    const stored = await database.prisma.storageToken.findUniqueOrThrow({ where: { id: created.storageToken!.id } });
    expect(stored.tokenDigest).toBe(digestToken(token));
    expect(JSON.stringify(stored)).not.toContain(token.slice(7, 30));

    const audit = (await gateway.execute(AuditEventsDocument, { id: tenant.organizationId, action: 'storage_token.create' }, tenant.owner.as)).expectData();
    const event = audit.organization?.auditEvents?.edges[0]?.node;
    expect(event).toMatchObject({ action: 'storage_token.create', targetId: created.storageToken!.id, actor: { kind: 'USER', id: tenant.owner.userId } });
    expect(JSON.stringify(event)).not.toContain(token.slice(7, 30));
  });

  test('with no flags the token can do nothing; the project is found by id, slug or number', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const { number, slug } = await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } });
    for (const projectId of [slug, String(number)]) {
      const created = await mint(tenant, projectId, { description: '  bare  ' });
      expect(created.storageToken).toMatchObject({
        description: 'bare',
        project: { id: project.id },
        expiresAt: null,
        canManageBuckets: false,
        canReadAllFileUploads: false,
        canPurgeTrash: false,
        canManageTokens: false,
        canReadAllProjectEvents: false,
        bucketPermissions: {},
        componentAccess: [],
      });
    }
  });

  test('impossible or malformed flags are refused up front, each naming its field', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const refusals: [Input, string, string][] = [
      [{ description: ' ' }, 'input.description', 'INVALID'],
      [{ description: 'x'.repeat(256) }, 'input.description', 'TOO_LONG'],
      [{ canManageTokens: true }, 'input.canManageTokens', 'INVALID'],
      [{ expiresInSeconds: 0 }, 'input.expiresInSeconds', 'INVALID'],
      [{ expiresInSeconds: 11 * 365 * 24 * 3600 }, 'input.expiresInSeconds', 'TOO_LONG'],
      [{ bucketPermissions: ['in.c-main'] }, 'input.bucketPermissions', 'INVALID'],
      [{ bucketPermissions: 'in.c-main' }, 'input.bucketPermissions', 'INVALID'],
      [{ bucketPermissions: { 'in.c-main': 'admin' } }, 'input.bucketPermissions.in.c-main', 'INVALID'],
      [{ bucketPermissions: { 'sys.c-x': 'read' } }, 'input.bucketPermissions.sys.c-x', 'INVALID'],
      [{ bucketPermissions: { 'in.c-main': true } }, 'input.bucketPermissions.in.c-main', 'INVALID'],
      [{ canManageBuckets: true, bucketPermissions: { 'in.c-main': 'read' } }, 'input.bucketPermissions', 'INVALID'],
      [{ componentAccess: ['keboola.ex db'] }, 'input.componentAccess.0', 'INVALID'],
      [{ componentAccess: [''] }, 'input.componentAccess.0', 'INVALID'],
    ];
    for (const [input, field, code] of refusals) {
      const payload = await mint(tenant, project.id, input);
      expect(payload.storageToken, JSON.stringify(input)).toBeNull();
      expect(payload.token).toBeNull();
      expect(payload.userErrors.map((error) => [error.field.join('.'), error.code]), JSON.stringify(input)).toEqual([[field, code]]);
    }
    expect(await database.prisma.storageToken.count({ where: { projectId: project.id } })).toBe(0);
    // canManageBuckets alone is fine, and so are an empty object and a float of whole seconds.
    expect((await mint(tenant, project.id, { canManageBuckets: true, bucketPermissions: {} })).userErrors).toEqual([]);
    expect(gateway.internalErrors).toEqual([]);
  });

  test('project ADMINs, organization OWNERs and ADMINs and keys with the scope mint; readers are FORBIDDEN; others see nothing', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const projectAdmin = await tenant.addProjectUser(project.id, 'ADMIN');
    const editor = await tenant.addProjectUser(project.id, 'EDITOR');
    const outsider = await tenant.addUser('MEMBER');
    const scoped = await tenant.addKey(['storage-token:write', 'project:read']);
    // A key with the token scope alone mints without reading the project (Keboola's manage:storage-tokens).
    const tokensOnly = await tenant.addKey(['storage-token:write']);
    const minted = await gateway.execute(
      'mutation($input: CreateStorageTokenInput!) { createStorageToken(input: $input) { token storageToken { id } userErrors { code } } }',
      { input: { projectId: project.id, description: 'x' } },
      tokensOnly.as,
    );
    expect((minted.expectData() as { createStorageToken: { userErrors: unknown[]; token: string } }).createStorageToken).toMatchObject({ userErrors: [] });
    const reader = await tenant.addKey(['project:read']);
    for (const as of [projectAdmin.as, (await tenant.addUser('ADMIN')).as, scoped.as, tenant.managementKey.as]) {
      expect((await mint(tenant, project.id, {}, as)).userErrors).toEqual([]);
    }
    const byKey = await mint(tenant, project.id, {}, scoped.as);
    expect(byKey.storageToken?.createdBy).toEqual({ kind: 'MANAGEMENT_KEY', id: scoped.keyId });
    for (const as of [editor.as, reader.as]) {
      const refused = await gateway.execute(CreateStorageTokenDocument, { input: { projectId: project.id, description: 'x' } }, as);
      expect(refused.expectError('FORBIDDEN').extensions?.requires).toBe('storage-token:write');
    }
    expect((await mint(tenant, project.id, {}, outsider.as)).userErrors[0]?.code).toBe('NOT_FOUND');
    // Readers of the project who may not read its tokens get a null list with FORBIDDEN.
    const listed = await gateway.execute(ProjectStorageTokensDocument, { id: project.id }, editor.as);
    expect(listed.body.data).toEqual({ project: { storageTokens: null } });
    listed.expectError('FORBIDDEN');
  });

  test('another tenant’s tokens are invisible: NOT_FOUND to mint, list, read or revoke', async () => {
    const tenant = await createTenant(database);
    const other = await createTenant(database);
    const { project } = await createProject(gateway, other);
    const theirs = await mint(other, project.id);
    expect((await mint(tenant, project.id)).userErrors[0]?.code).toBe('NOT_FOUND');
    (await gateway.execute(ProjectStorageTokensDocument, { id: project.id }, tenant.owner.as)).expectError('NOT_FOUND');
    (await gateway.execute(NodeDocument, { id: theirs.storageToken!.id }, tenant.owner.as)).expectError('NOT_FOUND');
    for (const id of [theirs.storageToken!.id, String(theirs.storageToken!.databaseId)]) {
      const revoke = (await gateway.execute(RevokeStorageTokenDocument, { input: { id } }, tenant.managementKey.as)).expectData().revokeStorageToken!;
      expect(revoke.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'storage token not found' }]);
    }
    expect((await gateway.execute(NodeDocument, { id: theirs.storageToken!.id }, other.owner.as)).expectData().node?.id).toBe(theirs.storageToken!.id);
  });

  test('revoked: 401 at once, leaves the list unless asked; revoking again changes nothing; by number too', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const created = await mint(tenant, project.id);
    const as = storageHeader(created.token!);
    expect((await gateway.execute(ViewerDocument, {}, as)).expectData().viewer.kind).toBe('STORAGE_TOKEN');
    const revoked = (await gateway.execute(RevokeStorageTokenDocument, { input: { id: String(created.storageToken!.databaseId) } }, tenant.owner.as))
      .expectData().revokeStorageToken!;
    expect(revoked.storageToken).toMatchObject({ id: created.storageToken!.id, isDisabled: true });
    // The verification cached a moment ago is gone: refused on the very next request.
    expect((await gateway.execute(ViewerDocument, {}, as)).expectError('UNAUTHENTICATED').message).toBe('this storage token was revoked');
    const again = (await gateway.execute(RevokeStorageTokenDocument, { input: { id: created.storageToken!.id } }, tenant.owner.as)).expectData();
    expect(again.revokeStorageToken?.storageToken?.revokedAt).toBe(revoked.storageToken!.revokedAt);

    const listed = (await gateway.execute(ProjectStorageTokensDocument, { id: project.id }, tenant.owner.as)).expectData();
    expect(listed.project?.storageTokens?.edges).toEqual([]);
    const all = (await gateway.execute(ProjectStorageTokensDocument, { id: project.id, includeRevoked: true }, tenant.owner.as)).expectData();
    expect(all.project?.storageTokens?.edges.map((edge) => edge.node.isDisabled)).toEqual([true]);
    const audit = (await gateway.execute(AuditEventsDocument, { id: tenant.organizationId, action: 'storage_token.revoke' }, tenant.owner.as)).expectData();
    expect(audit.organization?.auditEvents?.edges).toHaveLength(1);
  });

  test('expired: 401 saying so', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const created = await mint(tenant, project.id, { expiresInSeconds: 60 });
    await database.prisma.storageToken.update({ where: { id: created.storageToken!.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    const refused = await gateway.execute(ViewerDocument, {}, storageHeader(created.token!));
    expect(refused.status).toBe(401);
    expect(refused.expectError('UNAUTHENTICATED').message).toBe('this storage token has expired');
  });
});

describe('a storage token as a credential', () => {
  test('over real HTTP in X-StorageApi-Token or as a Bearer token; not in the Manage API header; other tokens not in its header', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const { token } = await mint(tenant, project.id);
    await withTestGateway(database, { http: true }, async (served) => {
      for (const as of [storageHeader(token!), { bearer: token! }]) {
        const viewer = (await served.execute(ViewerDocument, {}, as)).expectData().viewer;
        expect(viewer).toMatchObject({ kind: 'STORAGE_TOKEN', user: null, scopes: [], organization: { id: tenant.organizationId } });
      }
      const cases: [Record<string, string>, number, string][] = [
        [{ 'x-kbc-manageapitoken': token! }, 401, 'a storage token is not a Manage API token: send it in X-StorageApi-Token'],
        [{ 'x-storageapi-token': tenant.owner.token }, 401, 'X-StorageApi-Token is not a Steward storage token'],
        [{ 'x-storageapi-token': 'stw_st_short' }, 401, 'X-StorageApi-Token is not a Steward storage token'],
        [{ 'x-storageapi-token': issueToken('storageToken').token }, 401, 'unknown storage token'],
        [{ 'x-storageapi-token': token!, authorization: `Bearer ${tenant.owner.token}` }, 400, 'the request carries two credentials; send exactly one'],
      ];
      for (const [headers, status, message] of cases) {
        const response = await served.execute(ViewerDocument, {}, { headers });
        expect(response.status, message).toBe(status);
        expect(response.expectError(status === 401 ? 'UNAUTHENTICATED' : 'BAD_REQUEST').message).toBe(message);
      }
      expect(served.internalErrors).toEqual([]);
    });
  });

  test('reads its own project and organization and nothing else; writes nothing', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const { project: sibling } = await createProject(gateway, tenant);
    const other = await createTenant(database);
    const { project: foreign } = await createProject(gateway, other);
    const { token } = await mint(tenant, project.id);
    const as = storageHeader(token!);

    const reach = (await gateway.execute(StorageTokenReachDocument, { projectId: project.id, organizationId: tenant.organizationId }, as)).expectData();
    expect(reach.project?.id).toBe(project.id);
    expect(reach.organization?.id).toBe(tenant.organizationId);
    expect(reach.organizations.edges.map((edge) => edge.node.id)).toEqual([tenant.organizationId]);
    const projects = (await gateway.execute(StorageTokenOrganizationProjectsDocument, { id: tenant.organizationId }, as)).expectData();
    expect(projects.organization?.projects.edges.map((edge) => edge.node.id)).toEqual([project.id]);

    for (const projectId of [sibling.id, foreign.id]) {
      (await gateway.execute(StorageTokenReachDocument, { projectId, organizationId: tenant.organizationId }, as)).expectError('NOT_FOUND');
    }
    (await gateway.execute(StorageTokenReachDocument, { projectId: project.id, organizationId: other.organizationId }, as)).expectError('NOT_FOUND');
    const update = await gateway.execute(UpdateProjectDocument, { input: { id: project.id, name: 'renamed' } }, as);
    expect(update.expectError('FORBIDDEN').extensions?.requires).toBe('project:write');
    // It cannot mint, list or revoke tokens, its own included.
    (await gateway.execute(CreateStorageTokenDocument, { input: { projectId: project.id, description: 'x' } }, as)).expectError('FORBIDDEN');
    (await gateway.execute(ProjectStorageTokensDocument, { id: project.id }, as)).expectError('FORBIDDEN');
    const viewer = (await gateway.execute(ViewerDocument, {}, as)).expectData().viewer;
    const revoke = (await gateway.execute(RevokeStorageTokenDocument, { input: { id: viewer.credentialId } }, as)).expectData();
    expect(revoke.revokeStorageToken?.userErrors[0]?.code).toBe('NOT_FOUND');
    expect(gateway.internalErrors).toEqual([]);
  });

  test('counts in API usage and takes its organization’s budgets', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const { token, storageToken } = await mint(tenant, project.id);
    for (let i = 0; i < 3; i++) (await gateway.execute(ViewerDocument, {}, storageHeader(token!))).expectData();
    await gateway.services.usage.flush();
    const rows = await database.prisma.apiUsage.findMany({ where: { credentialId: storageToken!.id } });
    // A row per hour: the three may straddle one's end.
    expect(new Set(rows.map((row) => row.organizationId))).toEqual(new Set([tenant.organizationId]));
    expect(rows.reduce((sum, row) => sum + row.requests, 0)).toBe(3);

    await database.prisma.organization.update({ where: { id: tenant.organizationId }, data: { requestLimit: 2 } });
    await withTestGateway(database, { limits: { requests: 1000 } }, async (budgeted) => {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await budgeted.execute(ViewerDocument, {}, storageHeader(token!))).status);
      expect(statuses).toEqual([200, 200, 429]);
    });
  });

  test('lastUsedAt is written after use', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const { token, storageToken } = await mint(tenant, project.id);
    (await gateway.execute(ViewerDocument, {}, storageHeader(token!))).expectData();
    await gateway.services.credentials.flush();
    const row = await database.prisma.storageToken.findUniqueOrThrow({ where: { id: storageToken!.id } });
    expect(row.lastUsedAt).toBeInstanceOf(Date);
  });
});

describe.runIf(process.env.REDIS_URL)('shared through Redis', () => {
  test('a storage token revoked through one instance is refused by the other on its next request', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const shared = { limits: { redisUrl: process.env.REDIS_URL, requests: 1e6, cost: 1e9 }, http: true };
    const [first, second] = [testGateway(database, shared), testGateway(database, shared)];
    try {
      const created = await mint(tenant, project.id, {}, tenant.owner.as, first);
      const as = storageHeader(created.token!);
      for (const instance of [first, second]) (await instance.execute(ViewerDocument, {}, as)).expectData();
      await first.execute(RevokeStorageTokenDocument, { input: { id: created.storageToken!.id } }, tenant.owner.as);
      expect((await second.execute(ViewerDocument, {}, as)).expectError('UNAUTHENTICATED').message).toBe('this storage token was revoked');
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});

describe('viewer.credential for a storage token', () => {
  test('shows the token itself, its flags and project, without a user', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const { token, storageToken } = await mint(tenant, project.id, { bucketPermissions: { 'in.c-main': 'write' }, componentAccess: ['orchestrator'] });
    const viewer = (await gateway.execute(StorageTokenCredentialDocument, {}, storageHeader(token!))).expectData().viewer;
    expect(viewer.credential).toMatchObject({
      id: storageToken!.id,
      type: 'STORAGE_TOKEN',
      description: 'for the extractor',
      expiresAt: null,
      isExpired: false,
      isDisabled: false,
      scopes: [],
      user: null,
      storageToken: {
        id: storageToken!.id,
        canManageBuckets: false,
        bucketPermissions: { 'in.c-main': 'write' },
        componentAccess: ['orchestrator'],
        isMasterToken: false,
        project: { id: project.id },
      },
    });
  });
});
