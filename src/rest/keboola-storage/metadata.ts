import { z } from 'zod';
import { keboolaTime, returned } from '../keboola/shared.js';
import { operation, route, type RestRoute } from '../route.js';
import {
  StorageConfigurationMetadataDocument,
  StorageDeleteConfigurationMetadataDocument,
  StorageSetConfigurationMetadataDocument,
  type StorageMetadataFragment,
} from './operations.generated.js';
import { configurationName, configurationQuery, foundConfiguration, notFound, projectOf } from './shared.js';

/** A configuration's metadata (storage-components.md §2, §3.5): entries of `key`, `value` and `timestamp`. */

function entry(node: StorageMetadataFragment) {
  return { id: String(node.databaseId), key: node.key, value: node.value, timestamp: keboolaTime(node.updatedAt) };
}

const entryResponse = z.object({ id: z.string(), key: z.string(), value: z.string(), timestamp: z.string() });

const newEntries = z
  .object({
    metadata: z
      .array(z.object({ key: z.string({ error: 'key must be set' }), value: z.string({ error: 'value must be a string' }) }), { error: 'metadata must be a list' })
      .min(1, 'give at least one entry'),
  })
  .loose();

const PATH = '/components/:componentId/configs/:configurationId/metadata';

export const metadataRoutes: RestRoute[] = [
  route({
    method: 'GET',
    path: PATH,
    operationId: 'listConfigurationMetadata',
    summary: "The configuration's metadata entries, oldest first",
    resource: 'configuration',
    response: z.array(entryResponse),
    operation: (call) => operation(StorageConfigurationMetadataDocument, configurationQuery(call)),
    respond: (data, call) => foundConfiguration(projectOf(data), call).metadata.map(entry),
  }),
  route({
    method: 'POST',
    path: PATH,
    operationId: 'addConfigurationMetadata',
    summary: 'Sets entries, each replacing the one of the same key; answers every entry of the configuration',
    resource: 'configuration',
    status: 201,
    body: newEntries,
    response: z.array(entryResponse),
    operation: ({ params, body }) => operation(StorageSetConfigurationMetadataDocument, { input: { ...configurationName(params), entries: body.metadata } }),
    respond: (data) => returned(data.setConfigurationMetadata?.metadata).map(entry),
  }),
  route({
    method: 'DELETE',
    path: `${PATH}/:metadataId`,
    operationId: 'deleteConfigurationMetadata',
    summary: 'Deletes one entry',
    resource: 'configuration',
    status: 204,
    operation: ({ params }) => operation(StorageDeleteConfigurationMetadataDocument, { input: { ...configurationName(params), id: params.metadataId! } }),
    respond: () => undefined,
    deny: (denial, call) =>
      denial.kind === 'user-error' && denial.error.code === 'NOT_FOUND' && denial.error.field.at(-1) === 'id'
        ? notFound(`Metadata with id "${call.params.metadataId}" not found for "${call.params.componentId}" configuration "${call.params.configurationId}"`)
        : undefined,
  }),
];
