import { describe, expect, test } from 'vitest';
import {
  CreateReferenceDocument,
  DeleteReferenceDocument,
  NodeDocument,
  OrganizationReferencesDocument,
  ProjectReferencesDocument,
  UpdateReferenceDocument,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { createProject, createTenant } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

describe('references', () => {
  test('an EDITOR writes references; a VIEWER reads them, newest date first', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const editor = await tenant.addProjectUser(project.id, 'EDITOR');
    const viewer = await tenant.addProjectUser(project.id, 'VIEWER');
    const create = async (title: string, date: string) =>
      (await gateway.execute(CreateReferenceDocument, { input: { projectId: project.id, title, date } }, editor.as)).expectData().createReference!;
    const older = await create('v1 released', '2026-01-01T00:00:00Z');
    const newer = await create('v2 released', '2026-06-01');
    expect(newer.reference).toMatchObject({ title: 'v2 released', date: '2026-06-01T00:00:00.000Z', description: null, project: { id: project.id } });

    const list = (await gateway.execute(ProjectReferencesDocument, { id: project.id }, viewer.as)).expectData();
    expect(list.project?.references?.edges.map((edge) => edge.node.title)).toEqual(['v2 released', 'v1 released']);

    const denied = await gateway.execute(CreateReferenceDocument, { input: { projectId: project.id, title: 'x', date: '2026-01-01' } }, viewer.as);
    expect(denied.expectError('FORBIDDEN').extensions?.requires).toBe('reference:write');

    const updated = (await gateway.execute(UpdateReferenceDocument, { input: { id: older.reference!.id, description: 'notes' } }, editor.as))
      .expectData().updateReference!;
    expect(updated.reference).toMatchObject({ title: 'v1 released', description: 'notes' });
    const cleared = (await gateway.execute(UpdateReferenceDocument, { input: { id: older.reference!.id, description: null } }, editor.as))
      .expectData().updateReference!;
    expect(cleared.reference?.description).toBeNull();

    const node = (await gateway.execute(NodeDocument, { id: older.reference!.id }, viewer.as)).expectData().node;
    expect(node).toEqual({ __typename: 'Reference', id: older.reference!.id, title: 'v1 released' });

    const deleted = (await gateway.execute(DeleteReferenceDocument, { input: { id: older.reference!.id } }, editor.as)).expectData().deleteReference!;
    expect(deleted).toEqual({ deletedReferenceId: older.reference!.id, userErrors: [] });
  });

  test("reference:read is enough to list the organization's references; a project-limited key lists its projects' only", async () => {
    const tenant = await createTenant(database);
    const first = (await createProject(gateway, tenant)).project;
    const second = (await createProject(gateway, tenant)).project;
    for (const [project, title] of [[first, 'First launch'], [second, 'Second launch']] as const) {
      (await gateway.execute(CreateReferenceDocument, { input: { projectId: project.id, title, date: '2026-01-01' } }, tenant.owner.as)).expectData();
    }
    const titles = async (scopes: string[], projectIds: string[] = []) => {
      const { as } = await tenant.addKey(scopes, projectIds);
      const { organization } = (await gateway.execute(OrganizationReferencesDocument, { id: tenant.organizationId }, as)).expectData();
      return organization?.references?.edges.map((edge) => edge.node.title).sort();
    };
    expect(await titles(['reference:read'])).toEqual(['First launch', 'Second launch']);
    expect(await titles(['reference:read'], [second.id])).toEqual(['Second launch']);
  });

  test('bad dates and oversized text are refused clearly', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const badDate = await gateway.execute(CreateReferenceDocument, { input: { projectId: project.id, title: 't', date: 'yesterday' } }, tenant.owner.as);
    expect(badDate.body.errors?.[0]?.message).toContain('DateTime must be an ISO 8601 date');
    expect(gateway.internalErrors).toEqual([]);

    const input = { projectId: project.id, title: 't'.repeat(201), description: 'd'.repeat(2001), date: '2026-02-30T00:00:00Z' };
    const oversized = await gateway.execute(CreateReferenceDocument, { input }, tenant.owner.as);
    expect(oversized.body.errors?.[0]?.message).toContain('DateTime');

    const payload = (await gateway.execute(CreateReferenceDocument, { input: { ...input, date: '2026-02-01' } }, tenant.owner.as))
      .expectData().createReference!;
    expect(payload.userErrors.map((error) => [error.code, error.field.join('.')])).toEqual([
      ['TOO_LONG', 'input.title'],
      ['TOO_LONG', 'input.description'],
    ]);
  });

  test('references of another organization are not found', async () => {
    const tenant = await createTenant(database);
    const other = await createTenant(database);
    const { project: foreignProject } = await createProject(gateway, other);
    const foreign = (await gateway.execute(CreateReferenceDocument, { input: { projectId: foreignProject.id, title: 't', date: '2026-01-01' } }, other.owner.as))
      .expectData().createReference!.reference!;
    const update = (await gateway.execute(UpdateReferenceDocument, { input: { id: foreign.id, title: 'mine now' } }, tenant.owner.as)).expectData();
    expect(update.updateReference?.userErrors[0]?.code).toBe('NOT_FOUND');
    const create = (await gateway.execute(CreateReferenceDocument, { input: { projectId: foreignProject.id, title: 't', date: '2026-01-01' } }, tenant.owner.as)).expectData();
    expect(create.createReference?.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'projectId'] });
    (await gateway.execute(NodeDocument, { id: foreign.id }, tenant.owner.as)).expectError('NOT_FOUND');
  });
});
