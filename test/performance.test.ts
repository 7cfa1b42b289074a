import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, describe, expect, test } from 'vitest';
import { insertClient } from '../src/access/issue.js';
import { newId } from '../src/db/ids.js';
import { CreateProjectWithSettingsDocument, ProjectSettingsTreeDocument, ProjectTreeDocument, ViewerDocument } from './generated/graphql.js';
import { testEnvironment } from './support/environment.js';
import { testGateway, type Credentials, type TestGateway } from './support/gateway.js';
import { createTenant, unique, type Tenant } from './support/tenant.js';

const { database, gateway: compiled } = await testEnvironment();
const executor = testGateway(database, { gateway: { compiledReads: false } });
afterAll(() => executor.close());

/** Projects with two clients and three references each, written directly: only the read is measured. */
async function seedProjects(tenant: Tenant, count: number) {
  for (let i = 0; i < count; i++) {
    const project = await database.prisma.project.create({
      data: { id: newId('Project'), organizationId: tenant.organizationId, name: `p${i}`, slug: unique(`p${i}`) },
    });
    for (const type of ['READ', 'WRITE'] as const) {
      await insertClient(database.prisma, { organizationId: tenant.organizationId, projectId: project.id, name: type, type });
    }
    await database.prisma.reference.createMany({
      data: [1, 2, 3].map((day) => ({ id: newId('Reference'), organizationId: tenant.organizationId, projectId: project.id, title: `r${day}`, date: new Date(Date.UTC(2026, 0, day)) })),
    });
  }
}

/** The SQL of one tree request, made after a first request has verified and cached the credential. */
async function statementsFor<T>(gateway: TestGateway, tenant: Tenant, as: Credentials, document: TypedDocumentNode<T, { id: string }>) {
  (await gateway.execute(ViewerDocument, {}, as)).expectData();
  await gateway.services.credentials.flush();
  const before = database.statements.length;
  const data = (await gateway.execute(document, { id: tenant.organizationId }, as)).expectData();
  return { data, statements: database.statements.slice(before) };
}

// The SQL of reads is the same through the compiled read path (graphql/compiled-reads/) and the executor.
describe.each([
  ['through compiled plans', compiled],
  ['through the executor', executor],
])('%s', (_path, gateway) => {
  test.each([
    ['an OWNER', (tenant: Tenant) => tenant.owner.as],
    ['a management key', (tenant: Tenant) => tenant.managementKey.as],
  ])('the organization → projects → clients and references tree costs the same SQL for 2 and 20 projects, as %s', async (_who, as) => {
    const small = await createTenant(database);
    const large = await createTenant(database);
    await seedProjects(small, 2);
    await seedProjects(large, 20);

    const few = await statementsFor(gateway, small, as(small), ProjectTreeDocument);
    const many = await statementsFor(gateway, large, as(large), ProjectTreeDocument);
    const projects = many.data.organization!.projects.edges;
    expect(projects).toHaveLength(20);
    expect(projects.every((edge) => edge.node.clients!.edges.length === 2 && edge.node.references!.edges.length === 3)).toBe(true);
    expect(few.data.organization!.projects.edges).toHaveLength(2);

    expect(many.statements.length).toBe(few.statements.length);
    // Memberships (users only) and one statement per level of the tree; nothing per project.
    expect(many.statements.length).toBeLessThanOrEqual(6);
  });

  test('a cached credential costs no SQL, and memberships are read once per request however many objects are checked', async () => {
    const tenant = await createTenant(database);
    await seedProjects(tenant, 20);
    const { statements } = await statementsFor(gateway, tenant, tenant.owner.as, ProjectTreeDocument);
    const credentialReads = statements.filter((sql) => sql.includes('"PersonalAccessToken"'));
    const membershipReads = statements.filter((sql) => /FROM "public"\."(OrganizationMember|ProjectMember)"/.test(sql) && sql.includes('"userId" IN'));
    expect(credentialReads).toEqual([]);
    expect(membershipReads).toHaveLength(2);
  });

  test('the tree reads only the columns its fields need; a field needing more adds its columns to the same statement', async () => {
    const tenant = await createTenant(database);
    await seedProjects(tenant, 2);
    const input = { organizationId: tenant.organizationId, name: unique('p'), dialCode: '+420', clientSideAccess: { redeem: true, publish: true } };
    const created = (await compiled.execute(CreateProjectWithSettingsDocument, { input }, tenant.owner.as)).expectData().createProject!.project!;

    const tree = await statementsFor(gateway, tenant, tenant.managementKey.as, ProjectTreeDocument);
    const statementOf = (statements: string[], model: string) => statements.filter((sql) => sql.includes(`FROM "public"."${model}"`));
    const [projects] = statementOf(tree.statements, 'Project');
    expect(projects).toContain('"name"');
    expect(projects).not.toContain('"clientSideAccess"');
    const [clients] = statementOf(tree.statements, 'Client');
    expect(clients).toContain('"name"');
    expect(clients).not.toContain('"secretDigest"');

    const settings = await statementsFor(gateway, tenant, tenant.managementKey.as, ProjectSettingsTreeDocument);
    expect(settings.data.organization!.projects.edges.map((edge) => edge.node)).toContainEqual(created);
    expect(statementOf(settings.statements, 'Project')).toHaveLength(1);
    expect(statementOf(settings.statements, 'Project')[0]).toContain('"clientSideAccess"');
  });
});
