import { describe, expect, test } from 'vitest';
import {
  AuditEventsDocument,
  CreateManagementKeyDocument,
  OrganizationOverviewDocument,
  RotateClientSecretDocument,
  UpdateProjectDocument,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { createProject, createTenant } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

describe('audit log', () => {
  test('every mutation leaves one event, newest first, filterable, without secrets', async () => {
    const tenant = await createTenant(database);
    const { project, client, clientSecret } = await createProject(gateway, tenant);
    await gateway.execute(UpdateProjectDocument, { input: { id: project.id, name: 'Renamed' } }, tenant.managementKey.as);
    const key = (await gateway.execute(CreateManagementKeyDocument, { input: { organizationId: tenant.organizationId, name: 'ci', scopes: ['audit:read'] } }, tenant.owner.as))
      .expectData().createManagementKey!;
    const rotated = (await gateway.execute(RotateClientSecretDocument, { input: { id: client.id } }, tenant.owner.as)).expectData().rotateClientSecret!;

    const events = (await gateway.execute(AuditEventsDocument, { id: tenant.organizationId }, { bearer: key.token! })).expectData()
      .organization!.auditEvents!.edges.map((edge) => edge.node);
    expect(events.map((event) => event.action)).toEqual([
      'client.rotate_secret',
      'management_key.create',
      'project.update',
      'project.create',
      'organization.bootstrap',
    ]);
    expect(events[2]).toMatchObject({
      actor: { kind: 'MANAGEMENT_KEY', id: tenant.managementKey.id },
      targetType: 'Project',
      targetId: project.id,
      changes: { name: 'Renamed' },
    });
    expect(events[3]!.actor).toEqual({ kind: 'USER', id: tenant.owner.userId });
    const everything = JSON.stringify(await database.prisma.auditEvent.findMany({ where: { organizationId: tenant.organizationId } }));
    for (const secret of [clientSecret, rotated.clientSecret!, key.token!, tenant.owner.token]) {
      expect(everything).not.toContain(secret.slice(7));
    }

    const filtered = async (filter: Record<string, string>) =>
      (await gateway.execute(AuditEventsDocument, { id: tenant.organizationId, ...filter }, tenant.owner.as))
        .expectData().organization!.auditEvents!.edges.map((edge) => edge.node.action);
    expect(await filtered({ action: 'project.update' })).toEqual(['project.update']);
    expect(await filtered({ actorId: '', targetId: '' })).toEqual(events.map((event) => event.action)); // empty filters filter nothing
    expect(await filtered({ actorId: tenant.managementKey.id })).toEqual(['project.update']);
    expect(await filtered({ targetId: project.id })).toEqual(['project.update', 'project.create']);
    expect(await filtered({ since: '2100-01-01' })).toEqual([]);
    expect(await filtered({ until: events[3]!.createdAt })).toEqual(['organization.bootstrap']);
  });

  test('a MEMBER may not read it; denied fields are all reported at once, siblings intact', async () => {
    const tenant = await createTenant(database);
    const member = await tenant.addUser('MEMBER');
    const response = await gateway.execute(OrganizationOverviewDocument, { id: tenant.organizationId }, member.as);
    const organization = response.body.data?.organization;
    expect(organization).toMatchObject({ id: tenant.organizationId, clients: null, managementKeys: null, auditEvents: null });
    expect(organization?.members?.edges).toHaveLength(2);
    const denied = response.body.errors ?? [];
    expect(denied.map((error) => [error.path?.join('.'), error.extensions?.code, error.extensions?.requires])).toEqual(
      expect.arrayContaining([
        ['organization.clients', 'FORBIDDEN', 'client:read'],
        ['organization.managementKeys', 'FORBIDDEN', 'key:read'],
        ['organization.auditEvents', 'FORBIDDEN', 'audit:read'],
      ]),
    );
  });
});
