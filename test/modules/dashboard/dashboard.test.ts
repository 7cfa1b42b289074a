import { describe, expect, test } from 'vitest';
import {
  CreateDashboardDocument,
  CreateReportDocument,
  DeleteDashboardDocument,
  ProjectDashboardsDocument,
  UpdateReportDocument,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { createProject, createTenant } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

const SERIES = [{ id: 'A', name: 'screen_view', displayName: 'Views', segment: 'event', filters: [] }];

async function dashboardOf(as = undefined as undefined | { bearer: string }) {
  const tenant = await createTenant(database);
  const { project } = await createProject(gateway, tenant);
  const created = (await gateway.execute(CreateDashboardDocument, { input: { projectId: project.id, name: 'Overview' } }, as ?? tenant.owner.as))
    .expectData().createDashboard!;
  return { tenant, project, created };
}

describe('dashboards and their reports', () => {
  test('a project editor builds a dashboard of reports whose chart settings are kept as data', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const editor = await tenant.addProjectUser(project.id, 'EDITOR');
    const { dashboard, userErrors } = (await gateway.execute(CreateDashboardDocument, { input: { projectId: project.id, name: ' Overview ' } }, editor.as))
      .expectData().createDashboard!;
    expect(userErrors).toEqual([]);
    expect(dashboard).toMatchObject({ name: 'Overview', project: { id: project.id } });
    const input = { dashboardId: dashboard!.id, name: 'Views', chartType: 'linear', range: '30d', interval: 'day', metric: 'sum', series: SERIES };
    const { report } = (await gateway.execute(CreateReportDocument, { input }, editor.as)).expectData().createReport!;
    expect(report).toEqual({ id: expect.stringMatching(/^rpt_/), ...input, dashboardId: undefined, breakdowns: [], dashboard: { id: dashboard!.id } });
    const updated = (await gateway.execute(UpdateReportDocument, { input: { id: report!.id, chartType: 'bar' } }, editor.as)).expectData().updateReport!;
    expect(updated.report).toEqual({ name: 'Views', chartType: 'bar', series: SERIES });

    const read = (await gateway.execute(ProjectDashboardsDocument, { id: project.id }, tenant.owner.as)).expectData().project!;
    expect(read.dashboards!.edges).toEqual([{ node: { id: dashboard!.id, name: 'Overview', reports: { edges: [{ node: { id: report!.id, name: 'Views' } }] } } }]);
    const events = await database.prisma.auditEvent.findMany({ where: { organizationId: tenant.organizationId, action: { in: ['dashboard.create', 'report.create', 'report.update'] } } });
    expect(events).toHaveLength(3);
  });

  test('a viewer reads dashboards but cannot change them; another tenant sees neither; bad settings are userErrors', async () => {
    const { tenant, project, created } = await dashboardOf();
    const viewer = await tenant.addProjectUser(project.id, 'VIEWER');
    const refused = await gateway.execute(CreateReportDocument, {
      input: { dashboardId: created.dashboard!.id, name: 'x', chartType: 'bar', range: '7d', interval: 'day', metric: 'sum' },
    }, viewer.as);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gateway.execute(ProjectDashboardsDocument, { id: project.id }, viewer.as)).expectData().project!.dashboards!.edges).toHaveLength(1);

    const stranger = await createTenant(database);
    const hidden = await gateway.execute(DeleteDashboardDocument, { input: { id: created.dashboard!.id } }, stranger.owner.as);
    expect(hidden.expectData().deleteDashboard!.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'dashboard not found' }]);

    const invalid = await gateway.execute(CreateReportDocument, {
      input: { dashboardId: created.dashboard!.id, name: '', chartType: 'x'.repeat(51), range: '7d', interval: 'day', metric: 'sum', series: Array(51).fill({}) },
    }, tenant.owner.as);
    expect(invalid.expectData().createReport!.userErrors.map((error) => error.field.at(-1))).toEqual(['name', 'chartType', 'series']);
  });

  test('deleting a dashboard deletes its reports', async () => {
    const { tenant, created } = await dashboardOf();
    const input = { dashboardId: created.dashboard!.id, name: 'r', chartType: 'pie', range: '7d', interval: 'day', metric: 'sum' };
    await gateway.execute(CreateReportDocument, { input }, tenant.owner.as);
    expect((await gateway.execute(DeleteDashboardDocument, { input: { id: created.dashboard!.id } }, tenant.owner.as)).expectData().deleteDashboard!.deletedDashboardId)
      .toBe(created.dashboard!.id);
    expect(await database.prisma.report.count({ where: { dashboardId: created.dashboard!.id } })).toBe(0);
  });
});
