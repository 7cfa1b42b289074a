import { describe, expect, test } from 'vitest';
import {
  AddProjectMemberDocument,
  ProjectMembersDocument,
  RemoveProjectMemberDocument,
  UpdateProjectMemberDocument,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { createProject, createTenant } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

describe('project members', () => {
  test('a project ADMIN manages project roles; users must belong to the organization', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const projectAdmin = await tenant.addProjectUser(project.id, 'ADMIN');
    const colleague = await tenant.addUser('MEMBER');
    const outsider = (await createTenant(database)).owner;

    const notMember = (await gateway.execute(AddProjectMemberDocument, { input: { projectId: project.id, userId: outsider.userId, role: 'VIEWER' } }, projectAdmin.as))
      .expectData().addProjectMember!;
    expect(notMember.userErrors[0]?.code).toBe('NOT_A_MEMBER');

    const added = (await gateway.execute(AddProjectMemberDocument, { input: { projectId: project.id, userId: colleague.userId, role: 'VIEWER' } }, projectAdmin.as))
      .expectData().addProjectMember!;
    expect(added.member).toMatchObject({ role: 'VIEWER', user: { id: colleague.userId }, project: { id: project.id } });
    const duplicate = (await gateway.execute(AddProjectMemberDocument, { input: { projectId: project.id, userId: colleague.userId, role: 'EDITOR' } }, projectAdmin.as))
      .expectData().addProjectMember!;
    expect(duplicate.userErrors[0]?.code).toBe('ALREADY_MEMBER');

    const updated = (await gateway.execute(UpdateProjectMemberDocument, { input: { id: added.member!.id, role: 'EDITOR' } }, projectAdmin.as))
      .expectData().updateProjectMember!;
    expect(updated.member?.role).toBe('EDITOR');

    const asViewer = await gateway.execute(UpdateProjectMemberDocument, { input: { id: added.member!.id, role: 'ADMIN' } }, colleague.as);
    asViewer.expectError('FORBIDDEN');

    const members = (await gateway.execute(ProjectMembersDocument, { id: project.id }, colleague.as)).expectData();
    expect(members.project?.members?.edges.map((edge) => edge.node.user.id).sort()).toEqual([projectAdmin.userId, colleague.userId].sort());

    const removed = (await gateway.execute(RemoveProjectMemberDocument, { input: { id: added.member!.id } }, projectAdmin.as))
      .expectData().removeProjectMember!;
    expect(removed).toEqual({ removedMemberId: added.member!.id, userErrors: [] });
    (await gateway.execute(ProjectMembersDocument, { id: project.id }, colleague.as)).expectError('NOT_FOUND');
  });
});
