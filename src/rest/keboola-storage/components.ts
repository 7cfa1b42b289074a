import { z } from 'zod';
import { listRoute, operation, route, type RestRoute } from '../route.js';
import { StorageComponentDocument, StorageComponentsDocument, type StorageComponentsQuery } from './operations.generated.js';
import { component, componentResponse, componentType, configuration, configurationResponse, deletedFlag, notFound, projectOf, tokenProject } from './shared.js';

type ConfigurationNode = NonNullable<NonNullable<StorageComponentsQuery['project']>['configurations']>['edges'][number]['node'];

const COMPONENT_INCLUDES = ['configuration', 'rows', 'state'];

const listQuery = z
  .object({
    componentType: z.string().optional(),
    include: z.string().optional(),
    isDeleted: deletedFlag(),
  })
  .transform((query, context) => {
    const include = new Set((query.include ?? '').split(',').map((name) => name.trim()).filter(Boolean));
    const unknown = [...include].filter((name) => !COMPONENT_INCLUDES.includes(name));
    if (unknown.length > 0) {
      context.addIssue({
        code: 'custom',
        path: ['include'],
        message: `Invalid include parameters: "${unknown.join(', ')}". Only following are allowed: ${COMPONENT_INCLUDES.join(', ')}.`,
        params: { code: 'storage.validation', error: 'Invalid request' },
      });
    }
    return { ...query, include };
  });

/** Keboola's list: the components that have configurations in the project, each with them, by component id. */
function componentsWithConfigurations(nodes: ConfigurationNode[], componentTypeFilter: string | undefined, url: URL) {
  const byComponent = new Map<string, { component: ConfigurationNode['component']; configurations: ConfigurationNode[] }>();
  for (const node of nodes) {
    if (componentTypeFilter && componentType(node.component.type) !== componentTypeFilter) continue;
    const entry = byComponent.get(node.component.slug) ?? { component: node.component, configurations: [] };
    entry.configurations.push(node);
    byComponent.set(node.component.slug, entry);
  }
  return [...byComponent.values()]
    .sort((a, b) => a.component.slug.localeCompare(b.component.slug))
    .map((entry) => ({ ...component(entry.component, url), configurations: entry.configurations.map(({ component: _, ...node }) => configuration(node)) }));
}

export const componentRoutes: RestRoute[] = [
  listRoute({
    method: 'GET',
    path: '/components',
    operationId: 'listComponents',
    summary:
      'The components that have configurations in the token’s project, each with its configurations (`include`: configuration, rows, state; `componentType`; `isDeleted` for the trash)',
    resource: 'component',
    query: listQuery,
    response: z.array(componentResponse.extend({ configurations: z.array(configurationResponse) })),
    operation: (call) =>
      operation(StorageComponentsDocument, {
        projectId: tokenProject(call),
        deleted: call.query.isDeleted,
        withConfiguration: call.query.include.has('configuration'),
        withRows: call.query.include.has('rows'),
        withState: call.query.include.has('state'),
      }),
    connection: (data) => projectOf(data).configurations,
    respond: (nodes, { query, url }) => componentsWithConfigurations(nodes, query.componentType, url),
  }),
  route({
    method: 'GET',
    path: '/components/:componentId',
    operationId: 'getComponent',
    summary: 'A component of the catalogue, without configurations',
    resource: 'component',
    response: componentResponse,
    operation: ({ params }) => operation(StorageComponentDocument, { id: params.componentId! }),
    respond: (data, { params, url }) => {
      if (!data.component) throw notFound(`Component ${params.componentId} not found`);
      return component(data.component, url);
    },
  }),
];
