import { z } from 'zod';
import { returned } from '../keboola/shared.js';
import { listRoute, operation, route, type RestRoute } from '../route.js';
import {
  StorageConfigurationDocument,
  StorageConfigurationsDocument,
  StorageCreateConfigurationDocument,
  StorageDeleteConfigurationDocument,
  StorageRestoreConfigurationDocument,
  StorageUpdateConfigurationDocument,
  StorageUpdateConfigurationStateDocument,
} from './operations.generated.js';
import {
  componentDenied,
  configuration,
  configurationName,
  configurationQuery,
  configurationResponse,
  deletedFlag,
  expectedVersion,
  flag,
  foundConfiguration,
  identifier,
  jsonField,
  optionalBody,
  projectOf,
  reaches,
  stateBody,
  storageError,
  text,
  tokenProject,
} from './shared.js';

const CONFIGURATION_FORMAT = { code: 'validation.invalidConfigurationFormat' };
const STATE_FORMAT = { code: 'validation.invalidStateFormat' };

const newConfiguration = optionalBody(
  z
    .object({
      name: text(),
      description: text().nullish(),
      configurationId: identifier().nullish(),
      configuration: jsonField(CONFIGURATION_FORMAT).nullish(),
      state: jsonField(STATE_FORMAT).nullish(),
      changeDescription: text().nullish(),
      isDisabled: flag().nullish(),
    })
    .loose(),
);

const configurationChanges = optionalBody(
  z
    .object({
      name: text().nullish(),
      description: text().nullish(),
      configuration: jsonField(CONFIGURATION_FORMAT).nullish(),
      state: jsonField(STATE_FORMAT).nullish(),
      changeDescription: text().nullish(),
      isDisabled: flag().nullish(),
      rowsSortOrder: z.array(identifier(), { error: 'This value should be of type array.' }).nullish(),
    })
    .loose(),
);

export const changeNote = optionalBody(z.object({ changeDescription: text().nullish() }).loose());

const CONFIGURATION_STATE = { code: 'storage.components.validation' };

const PATH = '/components/:componentId/configs/:configurationId';

export const configurationRoutes: RestRoute[] = [
  listRoute({
    method: 'GET',
    path: '/components/:componentId/configs',
    operationId: 'listComponentConfigurations',
    summary: 'The component’s configurations in the token’s project, with content and rows (`isDeleted`: the trash)',
    resource: 'component',
    query: z.object({ isDeleted: deletedFlag() }),
    response: z.array(configurationResponse),
    operation: (call) => {
      // A component outside the token's reach is Keboola's 403, not an empty list.
      if (!reaches(call, call.params.componentId!)) throw componentDenied(call.params.componentId!);
      return operation(StorageConfigurationsDocument, { projectId: tokenProject(call), componentId: call.params.componentId!, deleted: call.query.isDeleted });
    },
    connection: (data) => projectOf(data).configurations,
    respond: (nodes) => nodes.map(configuration),
  }),
  route({
    method: 'POST',
    path: '/components/:componentId/configs',
    operationId: 'addConfiguration',
    summary: 'Creates a configuration at version 1 (`configurationId` chosen or numbered); the id of one in the trash renews it',
    resource: 'component',
    status: 201,
    body: newConfiguration,
    response: configurationResponse,
    operation: ({ params, body }) =>
      operation(StorageCreateConfigurationDocument, {
        input: {
          componentId: params.componentId!,
          key: body.configurationId,
          name: body.name,
          description: body.description,
          configuration: body.configuration,
          state: body.state,
          changeDescription: body.changeDescription,
          isDisabled: body.isDisabled,
        },
      }),
    respond: (data) => configuration(returned(data.createConfiguration?.configuration)),
  }),
  route({
    method: 'GET',
    path: PATH,
    operationId: 'getConfiguration',
    summary: 'A configuration with its content, state, rows and current version (one in the trash answers 404)',
    resource: 'configuration',
    response: configurationResponse,
    operation: (call) => operation(StorageConfigurationDocument, configurationQuery(call)),
    respond: (data, call) => configuration(foundConfiguration(projectOf(data), call)),
  }),
  route({
    method: 'PUT',
    path: PATH,
    operationId: 'updateConfiguration',
    summary:
      'Changes what is given: a new version unless only the state changed or nothing did (`rowsSortOrder`: every row id; `If-Match: "<version>"`: only if still at that version)',
    resource: 'configuration',
    body: configurationChanges,
    response: configurationResponse,
    operation: ({ params, body, headers }) =>
      operation(StorageUpdateConfigurationDocument, {
        input: {
          ...configurationName(params),
          baseVersion: expectedVersion(headers),
          name: body.name,
          description: body.description,
          configuration: body.configuration,
          state: body.state,
          changeDescription: body.changeDescription,
          isDisabled: body.isDisabled,
          rowsSortOrder: body.rowsSortOrder,
        },
      }),
    respond: (data) => configuration(returned(data.updateConfiguration?.configuration)),
  }),
  route({
    method: 'DELETE',
    path: PATH,
    operationId: 'deleteConfiguration',
    summary: 'Moves the configuration to the trash (a new version); a second DELETE deletes it for good (a token with canPurgeTrash)',
    resource: 'configuration',
    status: 204,
    body: changeNote,
    operation: ({ params, body }) =>
      operation(StorageDeleteConfigurationDocument, { input: { ...configurationName(params), changeDescription: body.changeDescription } }),
    respond: () => undefined,
  }),
  route({
    method: 'POST',
    path: `${PATH}/restore`,
    operationId: 'restoreComponentConfiguration',
    summary: 'Brings a configuration back from the trash with its rows (a new version)',
    resource: 'configuration',
    body: changeNote,
    response: configurationResponse,
    operation: ({ params, body }) =>
      operation(StorageRestoreConfigurationDocument, { input: { ...configurationName(params), changeDescription: body.changeDescription } }),
    respond: (data) => configuration(returned(data.restoreConfiguration?.configuration)),
  }),
  route({
    method: 'POST',
    path: `${PATH}/reset-to-default`,
    operationId: 'resetToDefault',
    summary: 'Resets a development branch’s configuration to the default branch’s: 501 here, where every branch is the default branch',
    resource: 'configuration',
    operation: (call) => operation(StorageConfigurationDocument, configurationQuery(call)),
    respond: (data, call) => {
      foundConfiguration(projectOf(data), call);
      throw storageError(501, 'Reset to default branch is not implemented for default branch', 'notImplemented');
    },
  }),
  route({
    method: 'PUT',
    path: `${PATH}/state`,
    operationId: 'updateConfigurationState',
    summary: 'Sets the state alone (a JSON object, or its JSON text); no new version',
    resource: 'configuration',
    body: stateBody(CONFIGURATION_STATE, CONFIGURATION_STATE),
    response: configurationResponse,
    operation: ({ params, body }) => operation(StorageUpdateConfigurationStateDocument, { input: { ...configurationName(params), state: body.state } }),
    respond: (data) => configuration(returned(data.updateConfigurationState?.configuration)),
  }),
];
