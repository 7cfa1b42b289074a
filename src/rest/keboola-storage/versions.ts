import { z } from 'zod';
import { returned } from '../keboola/shared.js';
import { listRoute, operation, route, type RestRoute } from '../route.js';
import {
  StorageConfigurationVersionDocument,
  StorageConfigurationVersionsDocument,
  StorageCreateConfigurationFromVersionDocument,
  StorageRollbackConfigurationDocument,
} from './operations.generated.js';
import { changeNote } from './configurations.js';
import {
  configuration,
  configurationName,
  configurationQuery,
  configurationResponse,
  count,
  foundConfiguration,
  includes,
  notFound,
  optionalBody,
  projectOf,
  rowVersion,
  text,
  version,
  versionNumber,
  versionResponse,
} from './shared.js';

/** Keboola's default page of versions. */
const DEFAULT_LIMIT = 100;

/** `include`, `offset` and `limit` of a version list. */
export const versionListQuery = z.object({ include: includes(), offset: count('offset'), limit: count('limit') });

/** The page `offset` + `limit` asks for, of nodes read newest first. */
export function page<T>(nodes: T[], query: z.infer<typeof versionListQuery>): T[] {
  const offset = query.offset ?? 0;
  return nodes.slice(offset, offset + (query.limit ?? DEFAULT_LIMIT));
}

export const pageEnd = (query: z.infer<typeof versionListQuery>) => (query.offset ?? 0) + (query.limit ?? DEFAULT_LIMIT);

const PATH = '/components/:componentId/configs/:configurationId/versions';

const newFromVersion = optionalBody(z.object({ name: text(), description: text().nullish(), changeDescription: text().nullish() }).loose());

export const versionRoutes: RestRoute[] = [
  listRoute({
    method: 'GET',
    path: PATH,
    operationId: 'listConfigurationVersions',
    summary: 'The configuration’s versions, newest first (`include`: name, description, configuration, isDisabled, rowsSortOrder; `offset`, `limit` 100 unless given)',
    resource: 'configuration',
    query: versionListQuery,
    response: z.array(versionResponse),
    operation: (call) => operation(StorageConfigurationVersionsDocument, { ...configurationQuery(call), withConfiguration: call.query.include.has('configuration') }),
    take: ({ query }) => pageEnd(query),
    connection: (data, call) => foundConfiguration(projectOf(data), call).versions,
    respond: (nodes, { query }, data) => {
      const { id } = projectOf(data).configurations!.edges[0]!.node;
      return page(nodes, query).map((node) => version(id, node, query.include));
    },
  }),
  route({
    method: 'GET',
    path: `${PATH}/:version`,
    operationId: 'getConfigurationVersion',
    summary: 'One version of the configuration: its content, rows and row order as they were',
    resource: 'configuration',
    response: versionResponse,
    operation: (call) => operation(StorageConfigurationVersionDocument, { ...configurationQuery(call), version: versionNumber(call.params) }),
    respond: (data, call) => {
      const found = foundConfiguration(projectOf(data), call);
      if (!found.versionAt) throw notFound(`Version ${call.params.version} not found`);
      const { rows, ...head } = found.versionAt;
      return {
        ...version(found.id, head, null),
        rows: rows.map(({ row, ...node }) => ({ id: row.key, ...rowVersion(node) })),
      };
    },
  }),
  route({
    method: 'POST',
    path: `${PATH}/:version/rollback`,
    operationId: 'rollbackConfiguration',
    summary: 'Writes a new version with the content, rows and row order of this one (the state stays); answers the configuration',
    resource: 'configuration',
    status: 201,
    body: changeNote,
    response: configurationResponse,
    operation: ({ params, body }) =>
      operation(StorageRollbackConfigurationDocument, { input: { ...configurationName(params), version: versionNumber(params), changeDescription: body.changeDescription } }),
    respond: (data) => configuration(returned(data.rollbackConfiguration?.configuration)),
  }),
  route({
    method: 'POST',
    path: `${PATH}/:version/create`,
    operationId: 'createConfigurationFromVersion',
    summary: 'Creates a configuration (a new id, version 1, empty state) from this version, rows and their ids included; answers it',
    resource: 'configuration',
    status: 201,
    body: newFromVersion,
    response: configurationResponse,
    operation: ({ params, body }) =>
      operation(StorageCreateConfigurationFromVersionDocument, {
        input: { ...configurationName(params), version: versionNumber(params), name: body.name, description: body.description, changeDescription: body.changeDescription },
      }),
    respond: (data) => configuration(returned(data.createConfigurationFromVersion?.configuration)),
  }),
];
