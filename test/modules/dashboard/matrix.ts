import { newId } from '../../../src/db/ids.js';
import { input, missingId, mutation, type MatrixRows, type Side } from '../../support/matrix.js';

/** A dashboard (with one report) of the side's project; for the missing side, ids that name nothing. */
export const dashboardRows: MatrixRows = ({ database }) => {
  const dashboardOf = async (side: Side, scope: string) => {
    if (scope === 'missing') return { dashboardId: missingId('dsh'), reportId: missingId('rpt') };
    const place = { organizationId: side.organizationId, projectId: side.projectId };
    const dashboard = await database.prisma.dashboard.create({ data: { id: newId('Dashboard'), ...place, name: 'd' } });
    const report = await database.prisma.report.create({
      data: { id: newId('Report'), ...place, dashboardId: dashboard.id, name: 'r', chartType: 'bar', range: '7d', interval: 'day', metric: 'sum' },
    });
    return { dashboardId: dashboard.id, reportId: report.id };
  };
  const report = { name: 'r', chartType: 'bar', range: '7d', interval: 'day', metric: 'sum' };
  return {
    createDashboard: {
      document: mutation('createDashboard', 'CreateDashboardInput'),
      own: 'DDNFNNFNN',
      variables: (s) => input({ projectId: s.projectId, name: 'd' }),
    },
    updateDashboard: {
      document: mutation('updateDashboard', 'UpdateDashboardInput'),
      own: 'DDNFNNFNN',
      variables: async (s, scope) => input({ id: (await dashboardOf(s, scope)).dashboardId, name: 'renamed' }),
    },
    deleteDashboard: {
      document: mutation('deleteDashboard', 'DeleteDashboardInput'),
      own: 'DDNFNNFNN',
      variables: async (s, scope) => input({ id: (await dashboardOf(s, scope)).dashboardId }),
    },
    createReport: {
      document: mutation('createReport', 'CreateReportInput'),
      own: 'DDNFNNFNN',
      variables: async (s, scope) => input({ dashboardId: (await dashboardOf(s, scope)).dashboardId, ...report }),
    },
    updateReport: {
      document: mutation('updateReport', 'UpdateReportInput'),
      own: 'DDNFNNFNN',
      variables: async (s, scope) => input({ id: (await dashboardOf(s, scope)).reportId, name: 'renamed' }),
    },
    deleteReport: {
      document: mutation('deleteReport', 'DeleteReportInput'),
      own: 'DDNFNNFNN',
      variables: async (s, scope) => input({ id: (await dashboardOf(s, scope)).reportId }),
    },
  };
};
