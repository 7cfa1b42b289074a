import type { Dashboard as DashboardRow, Report as ReportRow } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, removedId, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { Project } from '../project/schema.js';
import { createDashboard, createReport, deleteDashboard, deleteReport, renameDashboard, updateReport } from './service.js';

export const Dashboard = builder.prismaNode('Dashboard', {
  id: { field: 'id' },
  description: "A project's named set of reports (OpenPanel's dashboards).",
  authScopes: (dashboard) => ({
    permission: { permission: 'dashboard:read', organizationId: dashboard.organizationId, projectId: dashboard.projectId },
  }),
  fields: (t) => ({
    name: t.exposeString('name'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    project: t.relation('project'),
    reports: t.relatedConnection('reports', { cursor: 'id', description: 'Oldest first.', query: () => ({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }) }),
  }),
});

export const Report = builder.prismaNode('Report', {
  id: { field: 'id' },
  description: "A chart on a dashboard; its settings are data for the frontend that draws it.",
  authScopes: (report) => ({
    permission: { permission: 'dashboard:read', organizationId: report.organizationId, projectId: report.projectId },
  }),
  fields: (t) => ({
    name: t.exposeString('name'),
    chartType: t.exposeString('chartType', { description: 'Such as linear, bar, pie, metric, funnel.' }),
    range: t.exposeString('range', { description: 'Such as 7d, 30d, lastMonth.' }),
    interval: t.exposeString('interval', { description: 'Such as hour, day, month.' }),
    metric: t.exposeString('metric', { description: 'Such as sum, average.' }),
    series: t.expose('series', { type: 'JSON', description: 'The events charted.' }),
    breakdowns: t.expose('breakdowns', { type: 'JSON' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    dashboard: t.relation('dashboard'),
  }),
});

builder.prismaObjectField(Project, 'dashboards', (t) =>
  t.relatedConnection('dashboards', {
    cursor: 'id',
    nullable: true,
    description: 'Oldest first.',
    args: { id: t.arg.id({ required: false, description: 'Only this dashboard (none when it is not of this project).' }) },
    authScopes: (project) => ({
      permission: { permission: 'dashboard:read', organizationId: project.organizationId, projectId: project.id },
    }),
    query: (args) => ({ where: args.id ? { id: args.id } : {}, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  }),
);

const dashboardResult = (t: PayloadFieldBuilder<{ dashboard: DashboardRow }>) => ({
  dashboard: t.field({ type: Dashboard, nullable: true, resolve: (payload) => payload.dashboard }),
});
const reportResult = (t: PayloadFieldBuilder<{ report: ReportRow }>) => ({
  report: t.field({ type: Report, nullable: true, resolve: (payload) => payload.report }),
});

defineMutation('createDashboard', {
  input: (t) => ({ projectId: t.id(), name: t.string() }),
  payload: dashboardResult,
  resolve: (input, context) => createDashboard(context, input),
});

defineMutation('updateDashboard', {
  input: (t) => ({ id: t.id(), name: t.string() }),
  payload: dashboardResult,
  resolve: (input, context) => renameDashboard(context, input),
});

defineMutation('deleteDashboard', {
  input: (t) => ({ id: t.id() }),
  payload: removedId('deletedDashboardId'),
  resolve: (input, context) => deleteDashboard(context, input.id),
});

defineMutation('createReport', {
  input: (t) => ({
    dashboardId: t.id(),
    name: t.string(),
    chartType: t.string(),
    range: t.string(),
    interval: t.string(),
    metric: t.string(),
    series: t.field({ type: ['JSON'], required: false }),
    breakdowns: t.field({ type: ['JSON'], required: false }),
  }),
  payload: reportResult,
  resolve: (input, context) => createReport(context, input),
});

defineMutation('updateReport', {
  input: (t) => ({
    id: t.id(),
    name: t.string({ required: false }),
    chartType: t.string({ required: false }),
    range: t.string({ required: false }),
    interval: t.string({ required: false }),
    metric: t.string({ required: false }),
    series: t.field({ type: ['JSON'], required: false }),
    breakdowns: t.field({ type: ['JSON'], required: false }),
  }),
  payload: reportResult,
  resolve: (input, context) => updateReport(context, input),
});

defineMutation('deleteReport', {
  input: (t) => ({ id: t.id() }),
  payload: removedId('deletedReportId'),
  resolve: (input, context) => deleteReport(context, input.id),
});
