import { describe, expect, test } from 'vitest';
import {
  CreateClientDocument,
  DeleteClientDocument,
  OrganizationClientsDocument,
  ProjectClientsDocument,
  RotateClientSecretDocument,
  UpdateClientDocument,
  ViewerDocument,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { createProject, createTenant } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

describe('clients', () => {
  test('a ROOT client created here authenticates with its secret, which is shown once', async () => {
    const tenant = await createTenant(database);
    const input = { organizationId: tenant.organizationId, name: 'ci', type: 'ROOT' as const };
    const created = (await gateway.execute(CreateClientDocument, { input }, tenant.owner.as)).expectData().createClient!;
    expect(created.client).toMatchObject({ name: 'ci', type: 'ROOT', project: null, organization: { id: tenant.organizationId } });
    expect(created.client!.id).toMatch(/^[0-9a-f-]{36}$/);
    const as = { clientId: created.client!.id, clientSecret: created.clientSecret! };
    expect((await gateway.execute(ViewerDocument, {}, as)).expectData().viewer.credentialId).toBe(created.client!.id);

    const rotated = (await gateway.execute(RotateClientSecretDocument, { input: { id: created.client!.id } }, tenant.owner.as))
      .expectData().rotateClientSecret!;
    expect(rotated.clientSecret).not.toBe(created.clientSecret);
    expect((await gateway.execute(ViewerDocument, {}, as)).status).toBe(401);
    const fresh = { clientId: created.client!.id, clientSecret: rotated.clientSecret! };
    expect((await gateway.execute(ViewerDocument, {}, fresh)).status).toBe(200);
  });

  test('READ and WRITE clients cannot use the management API', async () => {
    const tenant = await createTenant(database);
    const project = await createProject(gateway, tenant);
    const response = await gateway.execute(ViewerDocument, {}, { clientId: project.client!.id, clientSecret: project.clientSecret! });
    expect(response.status).toBe(401);
    expect(response.expectError('UNAUTHENTICATED').message).toBe('only root clients may use the management API');
  });

  test('project-bound clients need a project of the same organization; ROOT clients are organization-wide', async () => {
    const tenant = await createTenant(database);
    const other = await createTenant(database);
    const foreign = await createProject(gateway, other);
    const project = await createProject(gateway, tenant);
    const base = { organizationId: tenant.organizationId, name: 'reader', type: 'READ' as const };

    const wrong = (await gateway.execute(CreateClientDocument, { input: { ...base, projectId: foreign.project!.id } }, tenant.owner.as))
      .expectData().createClient!;
    expect(wrong.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'projectId'], message: 'project not found in this organization' }]);

    const root = (await gateway.execute(CreateClientDocument, { input: { ...base, type: 'ROOT', projectId: project.project!.id } }, tenant.owner.as))
      .expectData().createClient!;
    expect(root.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'projectId'] });

    const ok = (await gateway.execute(CreateClientDocument, { input: { ...base, projectId: project.project!.id } }, tenant.owner.as))
      .expectData().createClient!;
    expect(ok.client?.project?.id).toBe(project.project!.id);
  });

  test('a project ADMIN manages its clients; an EDITOR neither sees nor creates them', async () => {
    const tenant = await createTenant(database);
    const { project, client } = await createProject(gateway, tenant);
    const admin = await tenant.addProjectUser(project!.id, 'ADMIN');
    const editor = await tenant.addProjectUser(project!.id, 'EDITOR');

    const listed = (await gateway.execute(ProjectClientsDocument, { id: project!.id }, admin.as)).expectData();
    expect(listed.project?.clients?.edges.map((edge) => edge.node.id)).toEqual([client!.id]);

    const denied = await gateway.execute(ProjectClientsDocument, { id: project!.id }, editor.as);
    expect(denied.body.data).toEqual({ project: { clients: null } });
    expect(denied.expectError('FORBIDDEN').path).toEqual(['project', 'clients']);

    const organizationWide = await gateway.execute(OrganizationClientsDocument, { id: tenant.organizationId }, admin.as);
    expect(organizationWide.expectError('FORBIDDEN').path).toEqual(['organization', 'clients']);

    const create = await gateway.execute(CreateClientDocument, { input: { organizationId: tenant.organizationId, projectId: project!.id, name: 'x', type: 'READ' } }, editor.as);
    expect(create.expectError('FORBIDDEN').extensions?.requires).toBe('client:write');

    const renamed = (await gateway.execute(UpdateClientDocument, { input: { id: client!.id, name: 'renamed' } }, admin.as)).expectData().updateClient!;
    expect(renamed).toEqual({ client: { id: client!.id, name: 'renamed' }, userErrors: [] });
    const deleted = (await gateway.execute(DeleteClientDocument, { input: { id: client!.id } }, admin.as)).expectData().deleteClient!;
    expect(deleted).toEqual({ deletedClientId: client!.id, userErrors: [] });
    const gone = (await gateway.execute(DeleteClientDocument, { input: { id: client!.id } }, admin.as)).expectData().deleteClient!;
    expect(gone.userErrors[0]?.code).toBe('NOT_FOUND');
  });

  test('clients of another organization are not found', async () => {
    const tenant = await createTenant(database);
    const other = await createTenant(database);
    for (const id of [other.rootClient.id, '00000000-0000-0000-0000-000000000000', 'nope']) {
      const payload = (await gateway.execute(UpdateClientDocument, { input: { id, name: 'x' } }, tenant.owner.as)).expectData().updateClient!;
      expect(payload.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'client not found' }]);
    }
  });
});
