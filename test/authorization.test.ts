import { describe, expect, test } from 'vitest';
import { Access } from '../src/access/access.js';
import { eraseReveals, insertOperatorToken } from '../src/access/issue.js';
import {
  CreateManagementKeyDocument,
  CreateReferenceDocument,
  OrganizationDocument,
  OrganizationOverviewDocument,
  OrganizationsDocument,
  RevealManagementKeyDocument,
  RevokeManagementKeyDocument,
  RotateClientSecretDocument,
  RotateManagementKeyDocument,
  UpdateManagementKeyDocument,
  UpdateOrganizationLimitsDocument,
  UpdateProjectDocument,
  ViewerDocument,
} from './generated/graphql.js';
import { testEnvironment } from './support/environment.js';
import type { Credentials } from './support/gateway.js';
import { createProject, createTenant } from './support/tenant.js';

const { database, gateway } = await testEnvironment();

describe('credential dialects', () => {
  test('Keboola and Voucherify headers carry the same credentials as a bearer token', async () => {
    const tenant = await createTenant(database);
    const keboola = await gateway.execute(ViewerDocument, {}, { headers: { 'x-kbc-manageapitoken': tenant.owner.token } });
    expect(keboola.expectData().viewer).toMatchObject({ kind: 'USER', user: { id: tenant.owner.userId } });
    const voucherify = { 'x-management-id': tenant.managementKey.id, 'x-management-token': tenant.managementKey.token };
    expect((await gateway.execute(ViewerDocument, {}, { headers: voucherify })).expectData().viewer.credentialId).toBe(tenant.managementKey.id);
  });

  test('a key id with another key’s token, half a pair, or two dialects at once are refused', async () => {
    const tenant = await createTenant(database);
    const other = await tenant.addKey(['project:read']);
    const cases: [Record<string, string>, number, string][] = [
      [{ 'x-management-id': other.keyId, 'x-management-token': tenant.managementKey.token }, 401, 'unknown management key'],
      [{ 'x-management-id': 'mk_nope', 'x-management-token': tenant.managementKey.token }, 401, 'unknown management key'],
      [{ 'x-management-id': tenant.managementKey.id, 'x-management-token': tenant.owner.token }, 401, 'X-Management-Token is not a Steward management key'],
      [{ 'x-management-token': tenant.managementKey.token }, 401, 'send both x-management-id and x-management-token'],
      [{ 'x-kbc-manageapitoken': tenant.owner.token, authorization: `Bearer ${tenant.owner.token}` }, 400, 'the request carries two credentials; send exactly one'],
    ];
    for (const [headers, status, message] of cases) {
      const response = await gateway.execute(ViewerDocument, {}, { headers });
      expect(response.status, message).toBe(status);
      expect(response.body.errors?.[0]?.message).toBe(message);
    }
  });
});

describe('the platform operator', () => {
  test('reaches every organization within its scopes and alone changes limits', async () => {
    const tenant = await createTenant(database);
    const { operatorToken } = await insertOperatorToken(database.prisma, 'ops', ['organization:write', 'project:read']);
    const as = { bearer: operatorToken.token };
    expect(operatorToken.token).toMatch(/^stw_sa_/);
    expect((await gateway.execute(ViewerDocument, {}, as)).expectData().viewer).toMatchObject({ kind: 'OPERATOR', organization: null });

    // Every organization, found by id (on a shared PostgreSQL database the list holds more than a page).
    const other = await createTenant(database);
    for (const id of [tenant.organizationId, other.organizationId]) {
      const reached = await gateway.execute('query($id: ID!) { organization(id: $id) { id } }', { id }, as);
      expect(reached.expectData()).toEqual({ organization: { id } });
    }
    expect((await gateway.execute(OrganizationsDocument, { first: 100 }, as)).expectData().organizations.edges.length).toBeGreaterThan(1);

    const limits = { input: { organizationId: tenant.organizationId, managementKeyLimit: 12 } };
    const changed = (await gateway.execute(UpdateOrganizationLimitsDocument, limits, as)).expectData().updateOrganizationLimits!;
    expect(changed.organization).toEqual({ id: tenant.organizationId, managementKeyLimit: 12 });
    const byOwner = await gateway.execute(UpdateOrganizationLimitsDocument, limits, tenant.owner.as);
    expect(byOwner.expectError('FORBIDDEN').extensions?.requires).toBe('an operator token with organization:write');

    const { project } = await createProject(gateway, tenant);
    const write = await gateway.execute(UpdateProjectDocument, { input: { id: project.id, name: 'no' } }, as);
    expect(write.expectError('FORBIDDEN').extensions?.requires).toBe('project:write');
  });
});

describe('type-level rules', () => {
  test('hold wherever the object is reached: a key with reference:write alone gets its reference but not the project', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const create = (as: Credentials) =>
      gateway.execute(CreateReferenceDocument, { input: { projectId: project.id, title: 'Launch', date: '2026-01-01' } }, as);

    const denied = await create((await tenant.addKey(['reference:write'])).as);
    const error = denied.expectError('FORBIDDEN');
    expect(error.path).toEqual(['createReference', 'reference', 'project']);
    expect(error.extensions?.requires).toBe('project:read');
    expect(denied.body.data?.createReference).toEqual({ reference: null, userErrors: [] });

    const allowed = (await create((await tenant.addKey(['reference:write', 'project:read'])).as)).expectData().createReference;
    expect(allowed?.reference).toMatchObject({ title: 'Launch', project: { id: project.id } });
  });
});

describe("a request's grants", () => {
  test('are kept once read, and read afresh after forgetGrants, even when a read in flight returns after it', async () => {
    const tenant = await createTenant(database);
    const admin = await tenant.addUser('ADMIN');
    const access = new Access({ kind: 'USER', credentialId: 'test', userId: admin.userId, expiresAt: null }, database.prisma);
    const target = { organizationId: tenant.organizationId };

    const inFlight = access.can('project:write', target);
    expect(inFlight).toBeInstanceOf(Promise);
    access.forgetGrants();
    expect(await inFlight).toBe(true);

    await database.prisma.organizationMember.update({ where: { id: admin.memberId }, data: { role: 'MEMBER' } });
    // The read that was in flight predates forgetGrants: it is not kept, so this reads the demotion.
    expect(await access.can('project:write', target)).toBe(false);
    // Read once, the grants answer at once.
    expect(access.can('project:write', target)).toBe(false);
  });
});

describe('member e-mail addresses', () => {
  test('visible to the user, to OWNERs and ADMINs, and to credentials with member:read; null with FORBIDDEN otherwise', async () => {
    const tenant = await createTenant(database);
    const admin = await tenant.addUser('ADMIN');
    const member = await tenant.addUser('MEMBER');
    const emails = async (as: Parameters<typeof gateway.execute>[2]) => {
      const response = await gateway.execute(OrganizationOverviewDocument, { id: tenant.organizationId }, as);
      const byUser = Object.fromEntries(response.body.data!.organization!.members!.edges.map((edge) => [edge.node.user.id, edge.node.user.email]));
      const forbidden = (response.body.errors ?? []).filter((error) => error.path?.at(-1) === 'email');
      return { byUser, forbidden };
    };
    const asAdmin = await emails(admin.as);
    expect(asAdmin.byUser).toEqual({ [tenant.owner.userId]: tenant.owner.email, [admin.userId]: admin.email, [member.userId]: member.email });
    expect(asAdmin.forbidden).toEqual([]);

    const asMember = await emails(member.as);
    expect(asMember.byUser).toEqual({ [tenant.owner.userId]: null, [admin.userId]: null, [member.userId]: member.email });
    expect(asMember.forbidden).toHaveLength(2);
    expect(asMember.forbidden[0]!.extensions?.code).toBe('FORBIDDEN');

    const asRootClient = await emails(tenant.rootClient.as);
    expect(asRootClient.byUser[member.userId]).toBe(member.email);
  });
});

describe('key lifecycle', () => {
  test('rotation with a grace period keeps the old token working until it ends', async () => {
    const tenant = await createTenant(database);
    const key = await tenant.addKey(['project:read']);
    const rotate = async (gracePeriodSeconds?: number) =>
      (await gateway.execute(RotateManagementKeyDocument, { input: { id: key.keyId, gracePeriodSeconds } }, tenant.owner.as)).expectData().rotateManagementKey!;
    const viewerStatus = async (token: string) => (await gateway.execute(ViewerDocument, {}, { bearer: token })).status;

    const graced = await rotate(3600);
    expect(await viewerStatus(key.token)).toBe(200);
    expect(await viewerStatus(graced.token!)).toBe(200);

    await database.prisma.managementKey.update({ where: { id: key.keyId }, data: { previousTokenExpiresAt: new Date(Date.now() - 1) } });
    gateway.services.credentials.invalidate(key.keyId);
    expect(await viewerStatus(key.token)).toBe(401);

    const immediate = await rotate();
    expect(await viewerStatus(graced.token!)).toBe(401);
    expect(await viewerStatus(immediate.token!)).toBe(200);

    const tooLong = await rotate(8 * 24 * 3600);
    expect(tooLong.userErrors).toEqual([{ code: 'TOO_LONG', field: ['input', 'gracePeriodSeconds'], message: 'gracePeriodSeconds must be at most 604800 (7 days)' }]);
  });

  test('client secrets rotate with a grace period too', async () => {
    const tenant = await createTenant(database);
    const old = tenant.rootClient.as;
    const rotated = (await gateway.execute(RotateClientSecretDocument, { input: { id: tenant.rootClient.id, gracePeriodSeconds: 60 } }, tenant.owner.as))
      .expectData().rotateClientSecret!;
    expect((await gateway.execute(ViewerDocument, {}, old)).status).toBe(200);
    expect((await gateway.execute(ViewerDocument, {}, { clientId: tenant.rootClient.id, clientSecret: rotated.clientSecret! })).status).toBe(200);
  });

  test('a changed scope takes effect on the next request, though the key was cached', async () => {
    const tenant = await createTenant(database);
    const key = await tenant.addKey(['project:read']);
    const { project } = await createProject(gateway, tenant);
    const write = () => gateway.execute(UpdateProjectDocument, { input: { id: project.id, name: 'by key' } }, key.as);
    (await write()).expectError('FORBIDDEN');
    await gateway.execute(UpdateManagementKeyDocument, { input: { id: key.keyId, scopes: ['project:write'] } }, tenant.owner.as);
    expect((await write()).expectData().updateProject?.project?.name).toBe('by key');
  });

  test('a new key’s token can be revealed by an OWNER for 15 minutes, then only its digest remains', async () => {
    const tenant = await createTenant(database);
    const admin = await tenant.addUser('ADMIN');
    const created = (await gateway.execute(CreateManagementKeyDocument, { input: { organizationId: tenant.organizationId, name: 'ci', scopes: ['project:read'] } }, tenant.owner.as))
      .expectData().createManagementKey!;
    const reveal = (as: Parameters<typeof gateway.execute>[2] = tenant.owner.as) =>
      gateway.execute(RevealManagementKeyDocument, { input: { id: created.key!.id } }, as);

    expect((await reveal()).expectData().revealManagementKey).toEqual({ key: { id: created.key!.id, lastFour: created.key!.lastFour }, token: created.token, userErrors: [] });
    // An ADMIN cannot read keys at all, so to it the key does not exist.
    expect((await reveal(admin.as)).expectData().revealManagementKey?.userErrors[0]?.code).toBe('NOT_FOUND');
    const stored = await database.prisma.managementKey.findUniqueOrThrow({ where: { id: created.key!.id } });
    expect(stored.revealCiphertext).not.toContain(created.token!.slice(7));
    expect(Math.abs(stored.revealUntil!.getTime() - stored.createdAt.getTime() - 15 * 60_000)).toBeLessThan(1000);
    const revealableUntil = async () =>
      (await gateway.execute<{ node: { revealableUntil: string | null } }, unknown>('query ($id: ID!) { node(id: $id) { ... on ManagementKey { revealableUntil } } }', { id: created.key!.id }, tenant.owner.as))
        .expectData().node.revealableUntil;
    expect(await revealableUntil()).toBe(stored.revealUntil!.toISOString());
    const audited = await database.prisma.auditEvent.count({ where: { targetId: created.key!.id, action: 'management_key.reveal' } });
    expect(audited).toBe(1);

    await database.prisma.managementKey.update({ where: { id: created.key!.id }, data: { revealUntil: new Date(Date.now() - 1) } });
    const late = (await reveal()).expectData().revealManagementKey!;
    expect(late).toMatchObject({ token: null, userErrors: [{ code: 'REVEAL_EXPIRED', field: ['input', 'id'] }] });
    expect(await revealableUntil()).toBeNull();
    expect((await database.prisma.managementKey.findUniqueOrThrow({ where: { id: created.key!.id } })).revealCiphertext).toBeNull();
  });

  test('expired reveals are erased by the sweep; rotation and revocation end the window too', async () => {
    const tenant = await createTenant(database);
    const create = async () =>
      (await gateway.execute(CreateManagementKeyDocument, { input: { organizationId: tenant.organizationId, name: 'k', scopes: ['project:read'] } }, tenant.owner.as))
        .expectData().createManagementKey!.key!.id;
    const [swept, rotated, revoked] = [await create(), await create(), await create()];
    await database.prisma.managementKey.update({ where: { id: swept }, data: { revealUntil: new Date(Date.now() - 1) } });
    expect(await eraseReveals(database.prisma)).toBeGreaterThanOrEqual(1);
    await gateway.execute(RotateManagementKeyDocument, { input: { id: rotated } }, tenant.owner.as);
    await gateway.execute(RevokeManagementKeyDocument, { input: { id: revoked } }, tenant.owner.as);
    const left = await database.prisma.managementKey.findMany({ where: { id: { in: [swept, rotated, revoked] } }, select: { revealCiphertext: true, revealUntil: true } });
    expect(left).toEqual([0, 1, 2].map(() => ({ revealCiphertext: null, revealUntil: null })));
  });

  test('lastUsedAt is written after the first use and not again within five minutes', async () => {
    const tenant = await createTenant(database);
    const key = await tenant.addKey(['organization:read']);
    await gateway.services.credentials.flush(); // earlier tests' writes, which wait for the event loop to turn
    const before = database.statements.length;
    for (let i = 0; i < 3; i++) (await gateway.execute(OrganizationDocument, { id: tenant.organizationId }, key.as)).expectData();
    await gateway.services.credentials.flush();
    const writes = database.statements.slice(before).filter((sql) => sql.includes('SET "lastUsedAt"'));
    expect(writes).toHaveLength(1);
    const stored = await database.prisma.managementKey.findUniqueOrThrow({ where: { id: key.keyId } });
    expect(Date.now() - stored.lastUsedAt!.getTime()).toBeLessThan(60_000);
    const viewer = (await gateway.execute(ViewerDocument, {}, key.as)).expectData().viewer;
    expect(viewer).toMatchObject({ kind: 'MANAGEMENT_KEY', scopes: ['organization:read'], expiresAt: null, lastUsedAt: stored.lastUsedAt!.toISOString() });
    expect(stored.updatedAt.getTime()).toBeLessThan(stored.lastUsedAt!.getTime());
  });
});
