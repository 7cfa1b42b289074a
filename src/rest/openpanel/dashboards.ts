import { z } from 'zod';
import { listRoute, operation, RestFailure, type Connection, type RestRoute } from '../route.js';
import { OpenPanelDashboardReportsDocument, OpenPanelDashboardsDocument } from './operations.generated.js';

/**
 * OpenPanel's two dashboard routes (compat/openpanel.md, routes 16 and 17): bare arrays without the
 * `data` envelope, and a project outside the organization is a 403, not a 404.
 */

const NO_REPORTS: Connection<never> = { pageInfo: { hasNextPage: false, endCursor: null }, edges: [] };

const notOurs = () => new RestFailure(403, 'Project does not belong to your organization');
const deny = ({ kind }: { kind: string }) => (kind === 'not-found' ? notOurs() : undefined);

export const dashboardRoutes: RestRoute[] = [
  listRoute({
    method: 'GET',
    path: '/projects/:projectId/dashboards',
    operationId: 'listDashboards',
    summary: "A project's dashboards, oldest first",
    resource: 'project',
    response: z.array(z.object({ id: z.string(), name: z.string(), projectId: z.string() })),
    operation: ({ params }) => operation(OpenPanelDashboardsDocument, { projectId: params.projectId! }),
    connection: (data) => data.project?.dashboards,
    respond: (nodes, _call, data) => nodes.map((node) => ({ id: node.id, name: node.name, projectId: data.project!.slug })),
    deny,
  }),
  listRoute({
    method: 'GET',
    path: '/projects/:projectId/dashboards/:dashboardId/reports',
    operationId: 'listDashboardReports',
    summary: "A dashboard's reports, oldest first; none when the dashboard is not the project's",
    resource: 'project',
    response: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        chartType: z.string(),
        range: z.string(),
        interval: z.string(),
        metric: z.string(),
        series: z.array(z.unknown()),
        breakdowns: z.array(z.unknown()),
      }),
    ),
    operation: ({ params }) => operation(OpenPanelDashboardReportsDocument, { projectId: params.projectId!, dashboardId: params.dashboardId! }),
    connection: (data) => (data.project ? (data.project.dashboards?.edges[0]?.node.reports ?? NO_REPORTS) : null),
    respond: (nodes) => nodes,
    deny,
  }),
];
