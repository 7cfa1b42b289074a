import { z } from 'zod';
import type { Context } from '../../context.js';
import { isIdOf, newId } from '../../db/ids.js';
import { parseInput } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { audited } from '../audit/service.js';
import { authorizedProject, existingProject } from '../project/service.js';

const name = z.string().trim().min(1, 'name must not be empty').max(200, 'name must be at most 200 characters');
/** Chart settings are the frontend's to interpret (OpenPanel's `linear`, `30d`, `day`, `sum`): kept as given, within bounds. */
const setting = (field: string) => z.string().trim().min(1, `${field} must not be empty`).max(50, `${field} must be at most 50 characters`);
const jsonList = (field: string) =>
  z
    .array(z.unknown())
    .max(50, `${field} holds at most 50 entries`)
    .refine((list) => JSON.stringify(list).length <= 20_000, `${field} must be at most 20,000 characters of JSON`);

/** The dashboard with this id and its place, if the caller holds `permission` there; NOT_FOUND otherwise. */
async function authorizedDashboard(context: Context, id: string, permission: 'dashboard:read' | 'dashboard:write', field = 'id') {
  const target = isIdOf('Dashboard', id)
    ? await context.prisma.dashboard.findFirst({ where: { id, project: existingProject() }, select: { organizationId: true, projectId: true } })
    : null;
  return context.access.authorizeOrNotFound(permission, target, 'dashboard', field);
}

async function changeableReport(context: Context, id: string) {
  const target = isIdOf('Report', id)
    ? await context.prisma.report.findFirst({
        where: { id, dashboard: { project: existingProject() } },
        select: { organizationId: true, projectId: true, dashboardId: true },
      })
    : null;
  return context.access.authorizeOrNotFound('dashboard:write', target, 'report');
}

const newDashboard = z.object({ projectId: z.string(), name });

export async function createDashboard(context: Context, input: z.input<typeof newDashboard>) {
  const data = parseInput(newDashboard, input);
  const target = await authorizedProject(context, data.projectId, 'dashboard:read', 'projectId');
  await context.access.require('dashboard:write', target);
  const dashboard = await audited(context, async (tx, audit) => {
    const created = await tx.dashboard.create({ data: { id: newId('Dashboard'), organizationId: target.organizationId, projectId: target.projectId, name: data.name } });
    await audit({ ...target, action: 'dashboard.create', target: { type: 'Dashboard', id: created.id }, changes: { name: data.name } });
    return created;
  });
  return { dashboard };
}

export async function renameDashboard(context: Context, input: { id: string; name: string }) {
  const data = parseInput(z.object({ id: z.string(), name }), input);
  const { organizationId, projectId } = await authorizedDashboard(context, data.id, 'dashboard:write');
  const dashboard = await audited(context, async (tx, audit) => {
    await audit({ organizationId, projectId, action: 'dashboard.update', target: { type: 'Dashboard', id: data.id }, changes: { name: data.name } });
    return tx.dashboard.update({ where: { id: data.id }, data: { name: data.name } });
  });
  return { dashboard };
}

/** Deletes the dashboard and its reports. */
export async function deleteDashboard(context: Context, id: string) {
  const { organizationId, projectId } = await authorizedDashboard(context, id, 'dashboard:write');
  await audited(context, async (tx, audit) => {
    const removed = await tx.dashboard.delete({ where: { id } });
    await audit({ organizationId, projectId, action: 'dashboard.delete', target: { type: 'Dashboard', id }, changes: { name: removed.name } });
  });
  return { deletedDashboardId: id };
}

const reportFields = {
  name,
  chartType: setting('chartType'),
  range: setting('range'),
  interval: setting('interval'),
  metric: setting('metric'),
  series: jsonList('series'),
  breakdowns: jsonList('breakdowns'),
};
const newReport = z.object({
  dashboardId: z.string(),
  ...reportFields,
  series: reportFields.series.nullish().transform((list) => list ?? []),
  breakdowns: reportFields.breakdowns.nullish().transform((list) => list ?? []),
});
const reportChanges = z.object({
  id: z.string(),
  name: reportFields.name.nullish(),
  chartType: reportFields.chartType.nullish(),
  range: reportFields.range.nullish(),
  interval: reportFields.interval.nullish(),
  metric: reportFields.metric.nullish(),
  series: reportFields.series.nullish(),
  breakdowns: reportFields.breakdowns.nullish(),
});

export async function createReport(context: Context, input: z.input<typeof newReport>) {
  const data = parseInput(newReport, input);
  const target = await authorizedDashboard(context, data.dashboardId, 'dashboard:read', 'dashboardId');
  await context.access.require('dashboard:write', target);
  const report = await audited(context, async (tx, audit) => {
    const created = await tx.report.create({
      data: { ...data, series: data.series as Prisma.InputJsonValue[], breakdowns: data.breakdowns as Prisma.InputJsonValue[], id: newId('Report'), ...target },
    });
    await audit({ organizationId: target.organizationId, projectId: target.projectId, action: 'report.create', target: { type: 'Report', id: created.id }, changes: { ...data } });
    return created;
  });
  return { report };
}

/** Changes the fields given. */
export async function updateReport(context: Context, input: z.input<typeof reportChanges>) {
  const { id, ...given } = parseInput(reportChanges, input);
  const { organizationId, projectId } = await changeableReport(context, id);
  const changes = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined && value !== null)) as Prisma.ReportUpdateInput;
  const report = await audited(context, async (tx, audit) => {
    await audit({ organizationId, projectId, action: 'report.update', target: { type: 'Report', id }, changes });
    return tx.report.update({ where: { id }, data: changes });
  });
  return { report };
}

export async function deleteReport(context: Context, id: string) {
  const { organizationId, projectId } = await changeableReport(context, id);
  await audited(context, async (tx, audit) => {
    const removed = await tx.report.delete({ where: { id } });
    await audit({ organizationId, projectId, action: 'report.delete', target: { type: 'Report', id }, changes: { name: removed.name } });
  });
  return { deletedReportId: id };
}
