import { describe, expect, test } from 'vitest';
import { newId } from '../../../src/db/ids.js';
import {
  DeleteMetadataDocument,
  MaintainerMetadataDocument,
  MembersMetadataDocument,
  MetadataNodeDocument,
  MetadataTreeDocument,
  OrganizationMetadataDocument,
  ProjectMetadataDocument,
  SetMetadataDocument,
  ViewerMetadataDocument,
  type SetMetadataInput,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import type { Credentials } from '../../support/gateway.js';
import { createOperator, createProject, createTenant, unique } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();
const { prisma } = database;

const operator = (scopes: string[]) => createOperator(database, scopes);

/** A tenant under a maintainer, with a maintainer member outside the organization, and a project. */
async function setup() {
  const tenant = await createTenant(database);
  const outsider = await tenant.addUser('MEMBER');
  await prisma.organizationMember.delete({ where: { id: outsider.memberId } });
  const maintainer = await prisma.maintainer.create({
    data: { id: newId('Maintainer'), name: unique('M'), members: { create: [{ id: newId('MaintainerMember'), userId: outsider.userId }] } },
  });
  await prisma.organization.update({ where: { id: tenant.organizationId }, data: { maintainerId: maintainer.id } });
  const { project } = await createProject(gateway, tenant);
  return { tenant, maintainer, maintainerMember: outsider, project };
}

async function set(input: SetMetadataInput, as: Credentials) {
  return gateway.execute(SetMetadataDocument, { input }, as);
}

const codes = (payload: { userErrors: { code: string }[] }) => payload.userErrors.map((error) => error.code);

describe('organization metadata', () => {
  test('upserts by provider and key, answers every entry of the organization, and is audited', async () => {
    const { tenant } = await setup();
    const organizationId = tenant.organizationId;
    const first = (await set({ organizationId, provider: 'USER', entries: [{ key: 'tier', value: 'gold' }, { key: 'region', value: 'eu' }] }, tenant.owner.as))
      .expectData().setMetadata!;
    expect(first.userErrors).toEqual([]);
    expect(first.metadata!.map(({ provider, key, value }) => [provider, key, value])).toEqual([['USER', 'tier', 'gold'], ['USER', 'region', 'eu']]);
    const tierId = first.metadata![0]!.id;
    expect(tierId).toMatch(/^md_/);

    const second = (await set({ organizationId, provider: 'USER', entries: [{ key: 'tier', value: 'platinum' }] }, tenant.owner.as)).expectData().setMetadata!;
    expect(second.metadata!.map(({ id, key, value }) => [id, key, value])).toEqual([[tierId, 'tier', 'platinum'], [first.metadata![1]!.id, 'region', 'eu']]);
    const system = (await set({ organizationId, provider: 'SYSTEM', entries: [{ key: 'tier', value: 'internal' }] }, await operator(['organization:write'])))
      .expectData().setMetadata!;
    expect(system.metadata!.map(({ provider, value }) => [provider, value])).toEqual([['USER', 'platinum'], ['USER', 'eu'], ['SYSTEM', 'internal']]);

    const read = (await gateway.execute(OrganizationMetadataDocument, { id: organizationId }, tenant.rootClient.as)).expectData().organization!;
    expect(read.metadata.map((entry) => entry.value)).toEqual(['platinum', 'eu', 'internal']);
    const events = await prisma.auditEvent.findMany({ where: { organizationId, action: { startsWith: 'metadata.' } }, orderBy: { createdAt: 'asc' } });
    expect(events.map((event) => event.action)).toEqual(['metadata.create', 'metadata.create', 'metadata.update', 'metadata.create']);
    expect(events[2]!.changes).toEqual({ organizationId, provider: 'USER', key: 'tier', value: 'platinum' });
  });

  test('OWNER, ADMIN, keys with organization:write and maintainer members write; MEMBERs read only; SYSTEM is the operator\'s', async () => {
    const { tenant, maintainerMember } = await setup();
    const organizationId = tenant.organizationId;
    const entries = [{ key: 'k', value: 'v' }];
    for (const as of [tenant.owner.as, (await tenant.addUser('ADMIN')).as, (await tenant.addKey(['organization:write'])).as, maintainerMember.as]) {
      expect(codes((await set({ organizationId, provider: 'USER', entries }, as)).expectData().setMetadata!)).toEqual([]);
    }
    const member = await tenant.addUser('MEMBER');
    expect((await gateway.execute(OrganizationMetadataDocument, { id: organizationId }, member.as)).expectData().organization!.metadata).toHaveLength(1);
    for (const as of [member.as, tenant.rootClient.as, (await tenant.addKey(['project:write'])).as]) {
      expect((await set({ organizationId, provider: 'USER', entries }, as)).expectError('FORBIDDEN').extensions?.requires).toBe('organization:write');
    }
    for (const as of [tenant.owner.as, maintainerMember.as, tenant.managementKey.as]) {
      expect((await set({ organizationId, provider: 'SYSTEM', entries }, as)).expectError('FORBIDDEN').extensions?.requires).toBe('an operator token');
    }
    const other = await createTenant(database);
    for (const as of [other.owner.as, other.managementKey.as]) {
      const payload = (await set({ organizationId, provider: 'USER', entries }, as)).expectData().setMetadata!;
      expect(payload.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'organizationId'], message: 'organization not found' }]);
      (await gateway.execute(OrganizationMetadataDocument, { id: organizationId }, as)).expectError('NOT_FOUND');
    }
  });
});

describe('project, maintainer and user metadata', () => {
  test('a project: project:write writes, every reader reads, a MEMBER without a role finds nothing', async () => {
    const { tenant, project } = await setup();
    const admin = await tenant.addProjectUser(project.id, 'ADMIN');
    const viewer = await tenant.addProjectUser(project.id, 'VIEWER');
    const outsider = await tenant.addUser('MEMBER');
    const entries = [{ key: 'owner', value: 'team-a' }];
    const set1 = (await set({ projectId: project.slug, provider: 'USER', entries }, admin.as)).expectData().setMetadata!;
    expect(set1.metadata!.map((entry) => entry.value)).toEqual(['team-a']);
    const number = (await prisma.project.findUniqueOrThrow({ where: { id: project.id } })).number;
    expect(codes((await set({ projectId: String(number), provider: 'USER', entries }, tenant.owner.as)).expectData().setMetadata!)).toEqual([]);
    expect((await gateway.execute(ProjectMetadataDocument, { id: project.id }, viewer.as)).expectData().project!.metadata.map((e) => e.key)).toEqual(['owner']);
    expect((await set({ projectId: project.id, provider: 'USER', entries }, viewer.as)).expectError('FORBIDDEN').extensions?.requires).toBe('project:write');
    expect(codes((await set({ projectId: project.id, provider: 'USER', entries }, outsider.as)).expectData().setMetadata!)).toEqual(['NOT_FOUND']);
    const system = (await set({ projectId: project.id, provider: 'SYSTEM', entries }, await operator(['project:write']))).expectData().setMetadata!;
    expect(system.metadata).toHaveLength(2);
  });

  test('a maintainer: its members and the operator with maintainer:write write; organization members find nothing', async () => {
    const { tenant, maintainer, maintainerMember } = await setup();
    const entries = [{ key: 'segment', value: 'enterprise' }];
    expect(codes((await set({ maintainerId: String(maintainer.number), provider: 'USER', entries }, maintainerMember.as)).expectData().setMetadata!)).toEqual([]);
    const reader = await operator(['maintainer:read']);
    expect((await gateway.execute(MaintainerMetadataDocument, { id: maintainer.id }, reader)).expectData().maintainer!.metadata.map((e) => e.value)).toEqual(['enterprise']);
    expect((await set({ maintainerId: maintainer.id, provider: 'USER', entries }, reader)).expectError('FORBIDDEN').extensions?.requires).toBe('maintainer:write');
    const system = (await set({ maintainerId: maintainer.id, provider: 'SYSTEM', entries }, await operator(['maintainer:write']))).expectData().setMetadata!;
    expect(system.metadata!.map((entry) => entry.provider)).toEqual(['USER', 'SYSTEM']);
    expect(codes((await set({ maintainerId: maintainer.id, provider: 'USER', entries }, tenant.owner.as)).expectData().setMetadata!)).toEqual(['NOT_FOUND']);
    expect(codes((await set({ maintainerId: maintainer.id, provider: 'SYSTEM', entries }, tenant.owner.as)).expectData().setMetadata!)).toEqual(['NOT_FOUND']);
  });

  test('a user: the user itself and the operator; colleagues see null with FORBIDDEN and cannot write', async () => {
    const { tenant } = await setup();
    const member = await tenant.addUser('MEMBER');
    const number = (await prisma.user.findUniqueOrThrow({ where: { id: member.userId } })).number;
    const entries = [{ key: 'theme', value: 'dark' }];
    expect(codes((await set({ userId: String(number), provider: 'USER', entries }, member.as)).expectData().setMetadata!)).toEqual([]);
    const own = (await gateway.execute(ViewerMetadataDocument, {}, member.as)).expectData().viewer.user!;
    expect(own.metadata!.map((entry) => [entry.key, entry.value])).toEqual([['theme', 'dark']]);

    const listed = await gateway.execute(MembersMetadataDocument, { id: tenant.organizationId }, tenant.owner.as);
    const forbidden = listed.body.errors!.filter((error) => error.extensions?.code === 'FORBIDDEN');
    expect(forbidden.length).toBeGreaterThan(0);
    const rows = listed.body.data!.organization!.members!.edges.map((edge) => edge.node.user);
    expect(rows.find((user) => user.id === tenant.owner.userId)!.metadata).toEqual([]);
    expect(rows.find((user) => user.id === member.userId)!.metadata).toBeNull();

    expect(codes((await set({ userId: member.userId, provider: 'USER', entries }, tenant.owner.as)).expectData().setMetadata!)).toEqual(['NOT_FOUND']);
    expect(codes((await set({ userId: member.userId, provider: 'USER', entries }, tenant.managementKey.as)).expectData().setMetadata!)).toEqual(['NOT_FOUND']);
    expect((await set({ userId: member.userId, provider: 'SYSTEM', entries }, member.as)).expectError('FORBIDDEN').extensions?.requires).toBe('an operator token');
    (await set({ userId: member.userId, provider: 'USER', entries }, await operator(['member:read']))).expectError('FORBIDDEN');
    const system = (await set({ userId: member.userId, provider: 'SYSTEM', entries }, await operator(['member:write']))).expectData().setMetadata!;
    expect(system.metadata).toHaveLength(2);
    expect(await prisma.auditEvent.count({ where: { organizationId: null, action: 'metadata.create', targetId: { in: system.metadata!.map((e) => e.id) } } })).toBe(2);
  });
});

describe('validation', () => {
  test('exactly one object, a provider, 1 to 100 entries with distinct non-empty keys and bounded values', async () => {
    const { tenant, project } = await setup();
    const organizationId = tenant.organizationId;
    const ok = [{ key: 'k', value: 'v' }];
    const cases: [SetMetadataInput, string[], string][] = [
      [{ provider: 'USER', entries: ok }, ['INVALID'], 'input.maintainerId'],
      [{ organizationId, projectId: project.id, provider: 'USER', entries: ok }, ['INVALID'], 'input.maintainerId'],
      [{ organizationId, provider: 'USER', entries: [] }, ['INVALID'], 'input.entries'],
      [{ organizationId, provider: 'USER', entries: [{ key: '  ', value: 'v' }] }, ['INVALID'], 'input.entries.0.key'],
      [{ organizationId, provider: 'USER', entries: [{ key: 'k'.repeat(256), value: 'v' }] }, ['TOO_LONG'], 'input.entries.0.key'],
      [{ organizationId, provider: 'USER', entries: [{ key: 'k', value: 'v'.repeat(10_001) }] }, ['TOO_LONG'], 'input.entries.0.value'],
      [{ organizationId, provider: 'USER', entries: [{ key: 'k', value: 'a' }, { key: 'k', value: 'b' }] }, ['INVALID'], 'input.entries'],
      [{ organizationId, provider: 'USER', entries: Array.from({ length: 101 }, (_, i) => ({ key: `k${i}`, value: '' })) }, ['TOO_LONG'], 'input.entries'],
    ];
    for (const [input, expected, field] of cases) {
      const payload = (await set(input, tenant.owner.as)).expectData().setMetadata!;
      expect({ input: Object.keys(input), codes: codes(payload), field: payload.userErrors[0]?.field.join('.') }).toEqual({ input: Object.keys(input), codes: expected, field });
      expect(payload.metadata).toBeNull();
    }
    // Empty values are allowed; keys are trimmed.
    const trimmed = (await set({ organizationId, provider: 'USER', entries: [{ key: ' spaced ', value: '' }] }, tenant.owner.as)).expectData().setMetadata!;
    expect(trimmed.metadata!.map((entry) => [entry.key, entry.value])).toEqual([['spaced', '']]);
    expect(await prisma.metadata.count({ where: { organizationId } })).toBe(1);
  });
});

describe('deleteMetadata and node', () => {
  test('whoever may set an entry deletes it, by id or number; SYSTEM entries only the operator; other tenants find nothing', async () => {
    const { tenant, maintainerMember } = await setup();
    const organizationId = tenant.organizationId;
    const [user] = (await set({ organizationId, provider: 'USER', entries: [{ key: 'a', value: '1' }] }, tenant.owner.as)).expectData().setMetadata!.metadata!;
    const writer = await operator(['organization:write']);
    const [, system] = (await set({ organizationId, provider: 'SYSTEM', entries: [{ key: 'a', value: '2' }] }, writer)).expectData().setMetadata!.metadata!;

    const member = await tenant.addUser('MEMBER');
    expect((await gateway.execute(DeleteMetadataDocument, { input: { id: user!.id } }, member.as)).expectError('FORBIDDEN').extensions?.requires).toBe('organization:write');
    expect((await gateway.execute(DeleteMetadataDocument, { input: { id: system!.id } }, tenant.owner.as)).expectError('FORBIDDEN').extensions?.requires).toBe('an operator token');
    const other = await createTenant(database);
    for (const id of [user!.id, String(user!.databaseId), 'md_0000000000000000000000', 'nonsense']) {
      expect(codes((await gateway.execute(DeleteMetadataDocument, { input: { id } }, other.owner.as)).expectData().deleteMetadata!)).toEqual(['NOT_FOUND']);
    }
    (await gateway.execute(MetadataNodeDocument, { id: user!.id }, other.owner.as)).expectError('NOT_FOUND');
    expect((await gateway.execute(MetadataNodeDocument, { id: user!.id }, member.as)).expectData().node).toEqual({ __typename: 'Metadata', id: user!.id, key: 'a', value: '1' });

    const deleted = (await gateway.execute(DeleteMetadataDocument, { input: { id: String(user!.databaseId) } }, maintainerMember.as)).expectData().deleteMetadata!;
    expect(deleted).toEqual({ deletedMetadataId: user!.id, userErrors: [] });
    expect((await gateway.execute(DeleteMetadataDocument, { input: { id: system!.id } }, writer)).expectData().deleteMetadata!.userErrors).toEqual([]);
    expect(await prisma.metadata.count({ where: { organizationId } })).toBe(0);
    const events = await prisma.auditEvent.findMany({ where: { organizationId, action: 'metadata.delete' } });
    expect(events.map((event) => event.targetId).sort()).toEqual([user!.id, system!.id].sort());
  });
});

describe('deleteMetadata with its owner named', () => {
  test('an entry of another object is NOT_FOUND and stays; the owner by id, number or e-mail address; an unreadable owner is NOT_FOUND at its field', async () => {
    const { tenant, maintainer, project } = await setup();
    const { project: sibling } = await createProject(gateway, tenant);
    const organization = await prisma.organization.findUniqueOrThrow({ where: { id: tenant.organizationId } });
    const entries = [{ key: 'k', value: 'v' }];
    const [onProject] = (await set({ projectId: project.id, provider: 'USER', entries }, tenant.owner.as)).expectData().setMetadata!.metadata!;
    const [onOrganization] = (await set({ organizationId: tenant.organizationId, provider: 'USER', entries }, tenant.owner.as)).expectData().setMetadata!.metadata!;
    const [onUser] = (await set({ userId: tenant.owner.userId, provider: 'USER', entries }, tenant.owner.as)).expectData().setMetadata!.metadata!;
    const remove = async (input: { id: string; maintainerId?: string; organizationId?: string; projectId?: string; userId?: string }) =>
      (await gateway.execute(DeleteMetadataDocument, { input }, tenant.owner.as)).expectData().deleteMetadata!;
    const fields = (payload: { userErrors: { code: string; field: string[] }[] }) => payload.userErrors.map((error) => [error.code, error.field.join('.')]);

    const elsewhere = [
      { id: onProject!.id, projectId: sibling.id },
      { id: onProject!.id, organizationId: tenant.organizationId },
      { id: onOrganization!.id, projectId: project.id },
      { id: onUser!.id, organizationId: String(organization.number) },
    ];
    for (const input of elsewhere) expect(fields(await remove(input))).toEqual([['NOT_FOUND', 'input.id']]);
    const stranger = await createTenant(database);
    expect(fields(await remove({ id: onUser!.id, userId: stranger.owner.email }))).toEqual([['NOT_FOUND', 'input.userId']]);
    // The owner is no member of the maintainer, which it does not read.
    expect(fields(await remove({ id: onOrganization!.id, maintainerId: String(maintainer.number) }))).toEqual([['NOT_FOUND', 'input.maintainerId']]);
    expect(fields(await remove({ id: onProject!.id, projectId: project.id, userId: tenant.owner.userId }))).toEqual([['INVALID', 'input.maintainerId']]);
    expect(await prisma.metadata.count({ where: { id: { in: [onProject!.id, onOrganization!.id, onUser!.id] } } })).toBe(3);

    const projectNumber = String((await prisma.project.findUniqueOrThrow({ where: { id: project.id } })).number);
    expect(await remove({ id: String(onProject!.databaseId), projectId: projectNumber })).toEqual({ deletedMetadataId: onProject!.id, userErrors: [] });
    expect(await remove({ id: onOrganization!.id, organizationId: String(organization.number) })).toEqual({ deletedMetadataId: onOrganization!.id, userErrors: [] });
    expect(await remove({ id: onUser!.id, userId: tenant.owner.email.toUpperCase() })).toEqual({ deletedMetadataId: onUser!.id, userErrors: [] });
  });
});

describe('one SQL statement per level', () => {
  test('organization → projects → metadata costs the same SQL for 2 and 12 projects', async () => {
    async function statements(projects: number) {
      const { tenant, maintainerMember } = await setup();
      const organization = await prisma.organization.findUniqueOrThrow({ where: { id: tenant.organizationId } });
      for (let i = 1; i < projects; i++) await createProject(gateway, tenant);
      const all = await prisma.project.findMany({ where: { organizationId: tenant.organizationId } });
      await prisma.metadata.createMany({
        data: all.flatMap((project) => [1, 2].map((n) => ({ id: newId('Metadata'), projectId: project.id, provider: 'USER' as const, key: `k${n}`, value: 'v' }))),
      });
      await prisma.metadata.create({ data: { id: newId('Metadata'), organizationId: organization.id, provider: 'USER', key: 'o', value: 'v' } });
      await prisma.organizationMember.create({ data: { id: newId('OrganizationMember'), organizationId: organization.id, userId: maintainerMember.userId, role: 'ADMIN' } });
      const as = maintainerMember.as;
      (await gateway.execute(MetadataTreeDocument, { id: organization.id }, as)).expectData();
      await gateway.services.credentials.flush();
      const before = database.statements.length;
      const data = (await gateway.execute(MetadataTreeDocument, { id: organization.id }, as)).expectData();
      expect(data.organization!.projects.edges).toHaveLength(projects);
      expect(data.organization!.projects.edges.every((edge) => edge.node.metadata.length === 2)).toBe(true);
      return database.statements.slice(before).length;
    }
    const few = await statements(2);
    const many = await statements(12);
    expect(many).toBe(few);
  });
});
