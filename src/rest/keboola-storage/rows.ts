import { z } from 'zod';
import { returned } from '../keboola/shared.js';
import { listRoute, operation, route, type RestRoute, type RouteCall } from '../route.js';
import {
  StorageCopyRowVersionDocument,
  StorageCreateRowDocument,
  StorageDeleteRowDocument,
  StorageRollbackRowDocument,
  StorageRowDocument,
  StorageRowsDocument,
  StorageRowVersionDocument,
  StorageRowVersionsDocument,
  StorageUpdateRowDocument,
  StorageUpdateRowStateDocument,
} from './operations.generated.js';
import { changeNote } from './configurations.js';
import {
  configurationName,
  configurationQuery,
  flag,
  foundConfiguration,
  identifier,
  jsonField,
  notFound,
  optionalBody,
  projectOf,
  row,
  rowName,
  rowQuery,
  rowResponse,
  rowVersion,
  rowVersionResponse,
  stateBody,
  text,
  versionNumber,
} from './shared.js';
import { page, pageEnd, versionListQuery } from './versions.js';

const CONFIGURATION_FORMAT = { code: 'validation.invalidConfigurationFormat' };
const STATE_FORMAT = { code: 'validation.invalidStateFormat' };
const ROW_STATE = { code: 'validation.invalidStateFormat', prefix: 'Invalid state body format: ' };
const ROW_STATE_FIELD = { code: 'storage.componentsRows.validation' };

const rowContent = {
  name: text().nullish(),
  description: text().nullish(),
  configuration: jsonField(CONFIGURATION_FORMAT).nullish(),
  state: jsonField(STATE_FORMAT).nullish(),
  changeDescription: text().nullish(),
  isDisabled: flag().nullish(),
};

const newRow = optionalBody(z.object({ rowId: identifier().nullish(), ...rowContent }).loose());
const rowChanges = optionalBody(z.object(rowContent).loose());
const copyTarget = optionalBody(z.object({ targetConfigId: identifier().nullish(), changeDescription: text().nullish() }).loose());

const CONFIGURATION = '/components/:componentId/configs/:configurationId';
const PATH = `${CONFIGURATION}/rows/:rowId`;

type WithRow<Row> = { project: { configurations: { edges: { node: { row: Row | null } }[] } | null } | null };

/** The row a `row(key)` answer holds, or 404 (the configuration's own 404 first). */
function foundRow<Row>(data: WithRow<Row>, call: RouteCall<unknown, unknown>): Row {
  const found = foundConfiguration(projectOf(data), call);
  if (!found.row) throw notFound(`Row ${call.params.rowId} not found`);
  return found.row;
}

export const rowRoutes: RestRoute[] = [
  route({
    method: 'GET',
    path: `${CONFIGURATION}/rows`,
    operationId: 'listConfigurationRows',
    summary: 'The configuration’s rows in its row order',
    resource: 'configuration',
    response: z.array(rowResponse),
    operation: (call) => operation(StorageRowsDocument, configurationQuery(call)),
    respond: (data, call) => foundConfiguration(projectOf(data), call).rows.map(row),
  }),
  route({
    method: 'POST',
    path: `${CONFIGURATION}/rows`,
    operationId: 'addConfigurationRow',
    summary: 'Adds a row at its version 1 (`rowId` chosen or numbered) and a version of the configuration; a deleted row’s id brings it back',
    resource: 'configuration',
    status: 201,
    body: newRow,
    response: rowResponse,
    operation: ({ params, body }) =>
      operation(StorageCreateRowDocument, {
        input: {
          ...configurationName(params),
          rowKey: body.rowId,
          name: body.name,
          description: body.description,
          configuration: body.configuration,
          state: body.state,
          changeDescription: body.changeDescription,
          isDisabled: body.isDisabled,
        },
      }),
    respond: (data) => row(returned(data.createConfigurationRow?.row)),
  }),
  route({
    method: 'GET',
    path: PATH,
    operationId: 'getConfigurationRow',
    summary: 'A row with its content and state',
    resource: 'row',
    response: rowResponse,
    operation: (call) => operation(StorageRowDocument, rowQuery(call)),
    respond: (data, call) => row(foundRow(data, call)),
  }),
  route({
    method: 'PUT',
    path: PATH,
    operationId: 'updateConfigurationRow',
    summary: 'Changes what is given: a new version of the row and of the configuration unless only the state changed or nothing did',
    resource: 'row',
    body: rowChanges,
    response: rowResponse,
    operation: ({ params, body }) =>
      operation(StorageUpdateRowDocument, {
        input: {
          ...rowName(params),
          name: body.name,
          description: body.description,
          configuration: body.configuration,
          state: body.state,
          changeDescription: body.changeDescription,
          isDisabled: body.isDisabled,
        },
      }),
    respond: (data) => row(returned(data.updateConfigurationRow?.row)),
  }),
  route({
    method: 'DELETE',
    path: PATH,
    operationId: 'deleteConfigurationRow',
    summary: 'Removes the row, a version of the configuration (`changeDescription` in the body); a rollback brings it back',
    resource: 'row',
    status: 204,
    body: changeNote,
    operation: ({ params, body }) => operation(StorageDeleteRowDocument, { input: { ...rowName(params), changeDescription: body.changeDescription } }),
    respond: () => undefined,
  }),
  route({
    method: 'PUT',
    path: `${PATH}/state`,
    operationId: 'updateConfigurationRowState',
    summary: 'Sets the row’s state alone (a JSON object, or its JSON text); no new version',
    resource: 'row',
    body: stateBody(ROW_STATE, ROW_STATE_FIELD),
    response: rowResponse,
    operation: ({ params, body }) => operation(StorageUpdateRowStateDocument, { input: { ...rowName(params), state: body.state } }),
    respond: (data) => row(returned(data.updateConfigurationRowState?.row)),
  }),
  listRoute({
    method: 'GET',
    path: `${PATH}/versions`,
    operationId: 'listConfigurationRowVersions',
    summary: 'The row’s versions, newest first (`include=configuration`; `offset`, `limit` 100 unless given)',
    resource: 'row',
    query: versionListQuery,
    response: z.array(rowVersionResponse),
    operation: (call) => operation(StorageRowVersionsDocument, { ...rowQuery(call), withConfiguration: call.query.include.has('configuration') }),
    take: ({ query }) => pageEnd(query),
    connection: (data, call) => foundRow(data, call).versions,
    respond: (nodes, { query }) => page(nodes, query).map(rowVersion),
  }),
  route({
    method: 'GET',
    path: `${PATH}/versions/:version`,
    operationId: 'getConfigurationRowVersion',
    summary: 'One version of the row, with its content',
    resource: 'row',
    response: rowVersionResponse,
    operation: (call) => operation(StorageRowVersionDocument, { ...rowQuery(call), version: versionNumber(call.params) }),
    respond: (data, call) => {
      const found = foundRow(data, call);
      if (!found.versionAt) throw notFound(`Version ${call.params.version} not found`);
      return rowVersion(found.versionAt);
    },
  }),
  route({
    method: 'POST',
    path: `${PATH}/versions/:version/rollback`,
    operationId: 'rollbackConfigurationRow',
    summary: 'Writes a new version of the row with this version’s content, and a version of the configuration; answers the row',
    resource: 'row',
    status: 201,
    body: changeNote,
    response: rowResponse,
    operation: ({ params, body }) =>
      operation(StorageRollbackRowDocument, { input: { ...rowName(params), version: versionNumber(params), changeDescription: body.changeDescription } }),
    respond: (data) => row(returned(data.rollbackConfigurationRow?.row)),
  }),
  route({
    method: 'POST',
    path: `${PATH}/versions/:version/create`,
    operationId: 'createConfigurationRowFromVersion',
    summary: 'Copies this version into a new row (version 1, empty state) of the configuration or of `targetConfigId`; answers the row',
    resource: 'row',
    status: 201,
    body: copyTarget,
    response: rowResponse,
    operation: ({ params, body }) =>
      operation(StorageCopyRowVersionDocument, {
        input: { ...rowName(params), version: versionNumber(params), targetKey: body.targetConfigId, changeDescription: body.changeDescription },
      }),
    respond: (data) => row(returned(data.copyConfigurationRowVersion?.row)),
  }),
];
