/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ComponentType =
  | 'APPLICATION'
  | 'EXTRACTOR'
  | 'OTHER'
  | 'TRANSFORMATION'
  | 'WRITER';

export type CopyConfigurationRowVersionInput = {
  changeDescription?: string | null | undefined;
  /** Its component’s id or slug: with key, or to check the configuration’s component. */
  componentId?: string | number | null | undefined;
  /** Its id or number. */
  configurationId?: string | number | null | undefined;
  key?: string | null | undefined;
  /** With componentId and key; a storage token’s own project when left out. */
  projectId?: string | number | null | undefined;
  /** Its id or number. */
  rowId?: string | number | null | undefined;
  /** With the configuration named. */
  rowKey?: string | null | undefined;
  /** Its id or number; the row’s own configuration when neither this nor targetKey is given. */
  targetConfigurationId?: string | number | null | undefined;
  /** Or the target configuration’s key, among the row’s component’s configurations in its project (Keboola’s targetConfigId). */
  targetKey?: string | null | undefined;
  version: number;
};

export type CreateConfigurationFromVersionInput = {
  changeDescription?: string | null | undefined;
  /** Its component’s id or slug: with key, or to check the configuration’s component. */
  componentId?: string | number | null | undefined;
  /** Its id or number. */
  configurationId?: string | number | null | undefined;
  /** The version’s when left out. */
  description?: string | null | undefined;
  key?: string | null | undefined;
  name: string;
  /** The new configuration’s key; its number when left out. */
  newKey?: string | null | undefined;
  /** With componentId and key; a storage token’s own project when left out. */
  projectId?: string | number | null | undefined;
  version: number;
};

export type CreateConfigurationInput = {
  changeDescription?: string | null | undefined;
  /** The component’s id or slug. */
  componentId: string | number;
  /** A JSON object (or array): validated against the release the configuration uses. */
  configuration?: unknown;
  description?: string | null | undefined;
  isDisabled?: boolean | null | undefined;
  /** Its number when left out. */
  key?: string | null | undefined;
  name: string;
  /** A storage token’s own project when left out. */
  projectId?: string | number | null | undefined;
  /** A release version to pin; the latest release is followed when left out. */
  release?: string | null | undefined;
  /** Not versioned. */
  state?: unknown;
};

export type CreateConfigurationRowInput = {
  changeDescription?: string | null | undefined;
  /** Its component’s id or slug: with key, or to check the configuration’s component. */
  componentId?: string | number | null | undefined;
  /** A JSON object (or array): validated against the release the configuration uses. */
  configuration?: unknown;
  /** Its id or number. */
  configurationId?: string | number | null | undefined;
  description?: string | null | undefined;
  isDisabled?: boolean | null | undefined;
  key?: string | null | undefined;
  name?: string | null | undefined;
  /** With componentId and key; a storage token’s own project when left out. */
  projectId?: string | number | null | undefined;
  /** Its number when left out. */
  rowKey?: string | null | undefined;
  /** Not versioned. */
  state?: unknown;
};

export type DeleteConfigurationInput = {
  changeDescription?: string | null | undefined;
  /** Its component’s id or slug: with key, or to check the configuration’s component. */
  componentId?: string | number | null | undefined;
  /** Its id or number. */
  configurationId?: string | number | null | undefined;
  key?: string | null | undefined;
  /** With componentId and key; a storage token’s own project when left out. */
  projectId?: string | number | null | undefined;
};

export type DeleteConfigurationMetadataInput = {
  /** Its component’s id or slug: with key, or to check the configuration’s component. */
  componentId?: string | number | null | undefined;
  /** Its id or number. */
  configurationId?: string | number | null | undefined;
  id: string | number;
  key?: string | null | undefined;
  /** With componentId and key; a storage token’s own project when left out. */
  projectId?: string | number | null | undefined;
};

export type DeleteConfigurationRowInput = {
  changeDescription?: string | null | undefined;
  /** Its component’s id or slug: with key, or to check the configuration’s component. */
  componentId?: string | number | null | undefined;
  /** Its id or number. */
  configurationId?: string | number | null | undefined;
  key?: string | null | undefined;
  /** With componentId and key; a storage token’s own project when left out. */
  projectId?: string | number | null | undefined;
  /** Its id or number. */
  rowId?: string | number | null | undefined;
  /** With the configuration named. */
  rowKey?: string | null | undefined;
};

export type MetadataEntryInput = {
  key: string;
  value: string;
};

export type RestoreConfigurationInput = {
  changeDescription?: string | null | undefined;
  /** Its component’s id or slug: with key, or to check the configuration’s component. */
  componentId?: string | number | null | undefined;
  /** Its id or number. */
  configurationId?: string | number | null | undefined;
  key?: string | null | undefined;
  /** With componentId and key; a storage token’s own project when left out. */
  projectId?: string | number | null | undefined;
};

export type RollbackConfigurationInput = {
  changeDescription?: string | null | undefined;
  /** Its component’s id or slug: with key, or to check the configuration’s component. */
  componentId?: string | number | null | undefined;
  /** Its id or number. */
  configurationId?: string | number | null | undefined;
  key?: string | null | undefined;
  /** With componentId and key; a storage token’s own project when left out. */
  projectId?: string | number | null | undefined;
  version: number;
};

export type RollbackConfigurationRowInput = {
  changeDescription?: string | null | undefined;
  /** Its component’s id or slug: with key, or to check the configuration’s component. */
  componentId?: string | number | null | undefined;
  /** Its id or number. */
  configurationId?: string | number | null | undefined;
  key?: string | null | undefined;
  /** With componentId and key; a storage token’s own project when left out. */
  projectId?: string | number | null | undefined;
  /** Its id or number. */
  rowId?: string | number | null | undefined;
  /** With the configuration named. */
  rowKey?: string | null | undefined;
  version: number;
};

export type SetConfigurationMetadataInput = {
  /** Its component’s id or slug: with key, or to check the configuration’s component. */
  componentId?: string | number | null | undefined;
  /** Its id or number. */
  configurationId?: string | number | null | undefined;
  entries: Array<MetadataEntryInput>;
  key?: string | null | undefined;
  /** With componentId and key; a storage token’s own project when left out. */
  projectId?: string | number | null | undefined;
};

export type UpdateConfigurationInput = {
  /** The version of the configuration this change was based on: when it is no longer the latest, STALE_VERSION names the latest and nothing changes. Give it whenever the change was made from what was read. */
  baseVersion?: number | null | undefined;
  changeDescription?: string | null | undefined;
  /** Its component’s id or slug: with key, or to check the configuration’s component. */
  componentId?: string | number | null | undefined;
  /** A JSON object (or array): validated against the release the configuration uses. */
  configuration?: unknown;
  /** Its id or number. */
  configurationId?: string | number | null | undefined;
  description?: string | null | undefined;
  isDisabled?: boolean | null | undefined;
  key?: string | null | undefined;
  name?: string | null | undefined;
  /** With componentId and key; a storage token’s own project when left out. */
  projectId?: string | number | null | undefined;
  /** A release version to pin, or `latest` to follow the latest release. */
  release?: string | null | undefined;
  /** Every row key once, in the order wanted; empty to order rows by key. */
  rowsSortOrder?: Array<string> | null | undefined;
  /** Not versioned. */
  state?: unknown;
};

export type UpdateConfigurationRowInput = {
  /** The version of the row this change was based on: when it is no longer the latest, STALE_VERSION names the latest and nothing changes. Give it whenever the change was made from what was read. */
  baseVersion?: number | null | undefined;
  changeDescription?: string | null | undefined;
  /** Its component’s id or slug: with key, or to check the configuration’s component. */
  componentId?: string | number | null | undefined;
  /** A JSON object (or array): validated against the release the configuration uses. */
  configuration?: unknown;
  /** Its id or number. */
  configurationId?: string | number | null | undefined;
  description?: string | null | undefined;
  isDisabled?: boolean | null | undefined;
  key?: string | null | undefined;
  name?: string | null | undefined;
  /** With componentId and key; a storage token’s own project when left out. */
  projectId?: string | number | null | undefined;
  /** Its id or number. */
  rowId?: string | number | null | undefined;
  /** With the configuration named. */
  rowKey?: string | null | undefined;
  /** Not versioned. */
  state?: unknown;
};

export type UpdateConfigurationRowStateInput = {
  /** Its component’s id or slug: with key, or to check the configuration’s component. */
  componentId?: string | number | null | undefined;
  /** Its id or number. */
  configurationId?: string | number | null | undefined;
  key?: string | null | undefined;
  /** With componentId and key; a storage token’s own project when left out. */
  projectId?: string | number | null | undefined;
  /** Its id or number. */
  rowId?: string | number | null | undefined;
  /** With the configuration named. */
  rowKey?: string | null | undefined;
  state: unknown;
};

export type UpdateConfigurationStateInput = {
  /** Its component’s id or slug: with key, or to check the configuration’s component. */
  componentId?: string | number | null | undefined;
  /** Its id or number. */
  configurationId?: string | number | null | undefined;
  key?: string | null | undefined;
  /** With componentId and key; a storage token’s own project when left out. */
  projectId?: string | number | null | undefined;
  state: unknown;
};

export type UserErrorCode =
  | 'ALREADY_ENABLED'
  | 'ALREADY_EXISTS'
  | 'ALREADY_INVITED'
  | 'ALREADY_MEMBER'
  | 'ALREADY_REQUESTED'
  | 'CANNOT_INVITE_SELF'
  | 'DELETED'
  | 'EXPIRED'
  | 'HAS_JOIN_REQUEST'
  | 'HAS_PROJECTS'
  | 'INVALID'
  | 'INVALID_SCOPE'
  | 'JOIN_DIRECTLY'
  | 'KEY_LIMIT_REACHED'
  | 'LAST_MEMBER'
  | 'LAST_OWNER'
  | 'LAST_PROJECT'
  | 'NOT_A_MEMBER'
  | 'NOT_DELETED'
  | 'NOT_ENABLED'
  | 'NOT_FOUND'
  | 'NOT_MANAGEABLE'
  | 'PURGED'
  | 'REVEAL_EXPIRED'
  | 'SANDBOX'
  | 'SHARE_NEEDS_ORGANIZATION_ADMIN'
  | 'STALE_VERSION'
  | 'TOO_LONG';

export type StorageComponentsQueryVariables = Exact<{
  projectId: string | number;
  deleted: boolean;
  after?: string | null | undefined;
  withConfiguration: boolean;
  withRows: boolean;
  withState: boolean;
}>;


export type StorageComponentsQuery = { project: { configurations: { edges: Array<{ node: { configuration?: unknown, state?: unknown, id: string, key: string, name: string, description: string, isDisabled: boolean, isDeleted: boolean, version: number, rowsSortOrder: Array<string>, createdAt: string, component: { slug: string, type: ComponentType, name: string, description: string, flags: Array<string>, documentationUrl: string | null, latestRelease: { number: number, configurationSchema: unknown, rowConfigurationSchema: unknown } | null }, rows?: Array<{ key: string, name: string, description: string, isDisabled: boolean, version: number, createdAt: string, configuration?: unknown, state?: unknown, currentVersion: { changeDescription: string, creatorToken: { databaseId: number, description: string } | null } }>, firstVersion: { creatorToken: { databaseId: number, description: string } | null } | null, currentVersion: { version: number, createdAt: string, changeDescription: string, creatorToken: { databaseId: number, description: string } | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type StorageComponentQueryVariables = Exact<{
  id: string | number;
}>;


export type StorageComponentQuery = { component: { slug: string, type: ComponentType, name: string, description: string, flags: Array<string>, documentationUrl: string | null, latestRelease: { number: number, configurationSchema: unknown, rowConfigurationSchema: unknown } | null } | null };

export type StorageConfigurationsQueryVariables = Exact<{
  projectId: string | number;
  componentId: string | number;
  deleted: boolean;
  after?: string | null | undefined;
}>;


export type StorageConfigurationsQuery = { component: { slug: string } | null, project: { configurations: { edges: Array<{ node: { configuration: unknown, state: unknown, id: string, key: string, name: string, description: string, isDisabled: boolean, isDeleted: boolean, version: number, rowsSortOrder: Array<string>, createdAt: string, rows: Array<{ key: string, name: string, description: string, configuration: unknown, state: unknown, isDisabled: boolean, version: number, createdAt: string, currentVersion: { changeDescription: string, creatorToken: { databaseId: number, description: string } | null } }>, firstVersion: { creatorToken: { databaseId: number, description: string } | null } | null, currentVersion: { version: number, createdAt: string, changeDescription: string, creatorToken: { databaseId: number, description: string } | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type StorageConfigurationQueryVariables = Exact<{
  projectId: string | number;
  componentId: string | number;
  key: string;
}>;


export type StorageConfigurationQuery = { project: { configurations: { edges: Array<{ node: { configuration: unknown, state: unknown, id: string, key: string, name: string, description: string, isDisabled: boolean, isDeleted: boolean, version: number, rowsSortOrder: Array<string>, createdAt: string, rows: Array<{ key: string, name: string, description: string, configuration: unknown, state: unknown, isDisabled: boolean, version: number, createdAt: string, currentVersion: { changeDescription: string, creatorToken: { databaseId: number, description: string } | null } }>, firstVersion: { creatorToken: { databaseId: number, description: string } | null } | null, currentVersion: { version: number, createdAt: string, changeDescription: string, creatorToken: { databaseId: number, description: string } | null } } }> } | null } | null };

export type StorageCreateConfigurationMutationVariables = Exact<{
  input: CreateConfigurationInput;
}>;


export type StorageCreateConfigurationMutation = { createConfiguration: { configuration: { configuration: unknown, state: unknown, id: string, key: string, name: string, description: string, isDisabled: boolean, isDeleted: boolean, version: number, rowsSortOrder: Array<string>, createdAt: string, rows: Array<{ key: string, name: string, description: string, configuration: unknown, state: unknown, isDisabled: boolean, version: number, createdAt: string, currentVersion: { changeDescription: string, creatorToken: { databaseId: number, description: string } | null } }>, firstVersion: { creatorToken: { databaseId: number, description: string } | null } | null, currentVersion: { version: number, createdAt: string, changeDescription: string, creatorToken: { databaseId: number, description: string } | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type StorageUpdateConfigurationMutationVariables = Exact<{
  input: UpdateConfigurationInput;
}>;


export type StorageUpdateConfigurationMutation = { updateConfiguration: { configuration: { configuration: unknown, state: unknown, id: string, key: string, name: string, description: string, isDisabled: boolean, isDeleted: boolean, version: number, rowsSortOrder: Array<string>, createdAt: string, rows: Array<{ key: string, name: string, description: string, configuration: unknown, state: unknown, isDisabled: boolean, version: number, createdAt: string, currentVersion: { changeDescription: string, creatorToken: { databaseId: number, description: string } | null } }>, firstVersion: { creatorToken: { databaseId: number, description: string } | null } | null, currentVersion: { version: number, createdAt: string, changeDescription: string, creatorToken: { databaseId: number, description: string } | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type StorageUpdateConfigurationStateMutationVariables = Exact<{
  input: UpdateConfigurationStateInput;
}>;


export type StorageUpdateConfigurationStateMutation = { updateConfigurationState: { configuration: { configuration: unknown, state: unknown, id: string, key: string, name: string, description: string, isDisabled: boolean, isDeleted: boolean, version: number, rowsSortOrder: Array<string>, createdAt: string, rows: Array<{ key: string, name: string, description: string, configuration: unknown, state: unknown, isDisabled: boolean, version: number, createdAt: string, currentVersion: { changeDescription: string, creatorToken: { databaseId: number, description: string } | null } }>, firstVersion: { creatorToken: { databaseId: number, description: string } | null } | null, currentVersion: { version: number, createdAt: string, changeDescription: string, creatorToken: { databaseId: number, description: string } | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type StorageDeleteConfigurationMutationVariables = Exact<{
  input: DeleteConfigurationInput;
}>;


export type StorageDeleteConfigurationMutation = { deleteConfiguration: { deletedConfigurationId: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type StorageRestoreConfigurationMutationVariables = Exact<{
  input: RestoreConfigurationInput;
}>;


export type StorageRestoreConfigurationMutation = { restoreConfiguration: { configuration: { configuration: unknown, state: unknown, id: string, key: string, name: string, description: string, isDisabled: boolean, isDeleted: boolean, version: number, rowsSortOrder: Array<string>, createdAt: string, rows: Array<{ key: string, name: string, description: string, configuration: unknown, state: unknown, isDisabled: boolean, version: number, createdAt: string, currentVersion: { changeDescription: string, creatorToken: { databaseId: number, description: string } | null } }>, firstVersion: { creatorToken: { databaseId: number, description: string } | null } | null, currentVersion: { version: number, createdAt: string, changeDescription: string, creatorToken: { databaseId: number, description: string } | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type StorageMetadataFragment = { databaseId: number, key: string, value: string, updatedAt: string };

export type StorageConfigurationMetadataQueryVariables = Exact<{
  projectId: string | number;
  componentId: string | number;
  key: string;
}>;


export type StorageConfigurationMetadataQuery = { project: { configurations: { edges: Array<{ node: { metadata: Array<{ databaseId: number, key: string, value: string, updatedAt: string }> } }> } | null } | null };

export type StorageSetConfigurationMetadataMutationVariables = Exact<{
  input: SetConfigurationMetadataInput;
}>;


export type StorageSetConfigurationMetadataMutation = { setConfigurationMetadata: { metadata: Array<{ databaseId: number, key: string, value: string, updatedAt: string }> | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type StorageDeleteConfigurationMetadataMutationVariables = Exact<{
  input: DeleteConfigurationMetadataInput;
}>;


export type StorageDeleteConfigurationMetadataMutation = { deleteConfigurationMetadata: { deletedMetadataId: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type StorageRowsQueryVariables = Exact<{
  projectId: string | number;
  componentId: string | number;
  key: string;
}>;


export type StorageRowsQuery = { project: { configurations: { edges: Array<{ node: { rows: Array<{ key: string, name: string, description: string, configuration: unknown, state: unknown, isDisabled: boolean, version: number, createdAt: string, currentVersion: { changeDescription: string, creatorToken: { databaseId: number, description: string } | null } }> } }> } | null } | null };

export type StorageRowQueryVariables = Exact<{
  projectId: string | number;
  componentId: string | number;
  key: string;
  rowKey: string;
}>;


export type StorageRowQuery = { project: { configurations: { edges: Array<{ node: { row: { key: string, name: string, description: string, configuration: unknown, state: unknown, isDisabled: boolean, version: number, createdAt: string, currentVersion: { changeDescription: string, creatorToken: { databaseId: number, description: string } | null } } | null } }> } | null } | null };

export type StorageRowVersionsQueryVariables = Exact<{
  projectId: string | number;
  componentId: string | number;
  key: string;
  rowKey: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  withConfiguration: boolean;
}>;


export type StorageRowVersionsQuery = { project: { configurations: { edges: Array<{ node: { row: { versions: { edges: Array<{ node: { configuration?: unknown, version: number, name: string, description: string, isDisabled: boolean, changeDescription: string, createdAt: string, creatorToken: { databaseId: number, description: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null } }> } | null } | null };

export type StorageRowVersionQueryVariables = Exact<{
  projectId: string | number;
  componentId: string | number;
  key: string;
  rowKey: string;
  version: number;
}>;


export type StorageRowVersionQuery = { project: { configurations: { edges: Array<{ node: { row: { versionAt: { configuration: unknown, version: number, name: string, description: string, isDisabled: boolean, changeDescription: string, createdAt: string, creatorToken: { databaseId: number, description: string } | null } | null } | null } }> } | null } | null };

export type StorageCreateRowMutationVariables = Exact<{
  input: CreateConfigurationRowInput;
}>;


export type StorageCreateRowMutation = { createConfigurationRow: { row: { key: string, name: string, description: string, configuration: unknown, state: unknown, isDisabled: boolean, version: number, createdAt: string, currentVersion: { changeDescription: string, creatorToken: { databaseId: number, description: string } | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type StorageUpdateRowMutationVariables = Exact<{
  input: UpdateConfigurationRowInput;
}>;


export type StorageUpdateRowMutation = { updateConfigurationRow: { row: { key: string, name: string, description: string, configuration: unknown, state: unknown, isDisabled: boolean, version: number, createdAt: string, currentVersion: { changeDescription: string, creatorToken: { databaseId: number, description: string } | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type StorageUpdateRowStateMutationVariables = Exact<{
  input: UpdateConfigurationRowStateInput;
}>;


export type StorageUpdateRowStateMutation = { updateConfigurationRowState: { row: { key: string, name: string, description: string, configuration: unknown, state: unknown, isDisabled: boolean, version: number, createdAt: string, currentVersion: { changeDescription: string, creatorToken: { databaseId: number, description: string } | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type StorageDeleteRowMutationVariables = Exact<{
  input: DeleteConfigurationRowInput;
}>;


export type StorageDeleteRowMutation = { deleteConfigurationRow: { deletedRowId: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type StorageRollbackRowMutationVariables = Exact<{
  input: RollbackConfigurationRowInput;
}>;


export type StorageRollbackRowMutation = { rollbackConfigurationRow: { row: { key: string, name: string, description: string, configuration: unknown, state: unknown, isDisabled: boolean, version: number, createdAt: string, currentVersion: { changeDescription: string, creatorToken: { databaseId: number, description: string } | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type StorageCopyRowVersionMutationVariables = Exact<{
  input: CopyConfigurationRowVersionInput;
}>;


export type StorageCopyRowVersionMutation = { copyConfigurationRowVersion: { row: { key: string, name: string, description: string, configuration: unknown, state: unknown, isDisabled: boolean, version: number, createdAt: string, currentVersion: { changeDescription: string, creatorToken: { databaseId: number, description: string } | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type StoragePageFragment = { hasNextPage: boolean, endCursor: string | null };

export type StorageUserErrorsFragment = { code: UserErrorCode, field: Array<string>, message: string };

export type StorageCreatorTokenFragment = { databaseId: number, description: string };

export type StorageComponentFragment = { slug: string, type: ComponentType, name: string, description: string, flags: Array<string>, documentationUrl: string | null, latestRelease: { number: number, configurationSchema: unknown, rowConfigurationSchema: unknown } | null };

export type StorageRowFragment = { key: string, name: string, description: string, configuration: unknown, state: unknown, isDisabled: boolean, version: number, createdAt: string, currentVersion: { changeDescription: string, creatorToken: { databaseId: number, description: string } | null } };

export type StorageConfigurationHeadFragment = { id: string, key: string, name: string, description: string, isDisabled: boolean, isDeleted: boolean, version: number, rowsSortOrder: Array<string>, createdAt: string, firstVersion: { creatorToken: { databaseId: number, description: string } | null } | null, currentVersion: { version: number, createdAt: string, changeDescription: string, creatorToken: { databaseId: number, description: string } | null } };

export type StorageConfigurationFragment = { configuration: unknown, state: unknown, id: string, key: string, name: string, description: string, isDisabled: boolean, isDeleted: boolean, version: number, rowsSortOrder: Array<string>, createdAt: string, rows: Array<{ key: string, name: string, description: string, configuration: unknown, state: unknown, isDisabled: boolean, version: number, createdAt: string, currentVersion: { changeDescription: string, creatorToken: { databaseId: number, description: string } | null } }>, firstVersion: { creatorToken: { databaseId: number, description: string } | null } | null, currentVersion: { version: number, createdAt: string, changeDescription: string, creatorToken: { databaseId: number, description: string } | null } };

export type StorageVersionHeadFragment = { version: number, name: string, description: string, isDisabled: boolean, isDeleted: boolean, rowsSortOrder: Array<string>, changeDescription: string, createdAt: string, creatorToken: { databaseId: number, description: string } | null };

export type StorageRowVersionHeadFragment = { version: number, name: string, description: string, isDisabled: boolean, changeDescription: string, createdAt: string, creatorToken: { databaseId: number, description: string } | null };

export type StorageConfigurationVersionsQueryVariables = Exact<{
  projectId: string | number;
  componentId: string | number;
  key: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  withConfiguration: boolean;
}>;


export type StorageConfigurationVersionsQuery = { project: { configurations: { edges: Array<{ node: { id: string, versions: { edges: Array<{ node: { configuration?: unknown, version: number, name: string, description: string, isDisabled: boolean, isDeleted: boolean, rowsSortOrder: Array<string>, changeDescription: string, createdAt: string, creatorToken: { databaseId: number, description: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } }> } | null } | null };

export type StorageConfigurationVersionQueryVariables = Exact<{
  projectId: string | number;
  componentId: string | number;
  key: string;
  version: number;
}>;


export type StorageConfigurationVersionQuery = { project: { configurations: { edges: Array<{ node: { id: string, versionAt: { configuration: unknown, version: number, name: string, description: string, isDisabled: boolean, isDeleted: boolean, rowsSortOrder: Array<string>, changeDescription: string, createdAt: string, rows: Array<{ configuration: unknown, version: number, name: string, description: string, isDisabled: boolean, changeDescription: string, createdAt: string, row: { key: string }, creatorToken: { databaseId: number, description: string } | null }>, creatorToken: { databaseId: number, description: string } | null } | null } }> } | null } | null };

export type StorageRollbackConfigurationMutationVariables = Exact<{
  input: RollbackConfigurationInput;
}>;


export type StorageRollbackConfigurationMutation = { rollbackConfiguration: { configuration: { configuration: unknown, state: unknown, id: string, key: string, name: string, description: string, isDisabled: boolean, isDeleted: boolean, version: number, rowsSortOrder: Array<string>, createdAt: string, rows: Array<{ key: string, name: string, description: string, configuration: unknown, state: unknown, isDisabled: boolean, version: number, createdAt: string, currentVersion: { changeDescription: string, creatorToken: { databaseId: number, description: string } | null } }>, firstVersion: { creatorToken: { databaseId: number, description: string } | null } | null, currentVersion: { version: number, createdAt: string, changeDescription: string, creatorToken: { databaseId: number, description: string } | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type StorageCreateConfigurationFromVersionMutationVariables = Exact<{
  input: CreateConfigurationFromVersionInput;
}>;


export type StorageCreateConfigurationFromVersionMutation = { createConfigurationFromVersion: { configuration: { configuration: unknown, state: unknown, id: string, key: string, name: string, description: string, isDisabled: boolean, isDeleted: boolean, version: number, rowsSortOrder: Array<string>, createdAt: string, rows: Array<{ key: string, name: string, description: string, configuration: unknown, state: unknown, isDisabled: boolean, version: number, createdAt: string, currentVersion: { changeDescription: string, creatorToken: { databaseId: number, description: string } | null } }>, firstVersion: { creatorToken: { databaseId: number, description: string } | null } | null, currentVersion: { version: number, createdAt: string, changeDescription: string, creatorToken: { databaseId: number, description: string } | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const StorageMetadataFragmentDoc = new TypedDocumentString(`
    fragment StorageMetadata on Metadata {
  databaseId
  key
  value
  updatedAt
}
    `, {"fragmentName":"StorageMetadata"}) as unknown as TypedDocumentString<StorageMetadataFragment, unknown>;
export const StoragePageFragmentDoc = new TypedDocumentString(`
    fragment StoragePage on PageInfo {
  hasNextPage
  endCursor
}
    `, {"fragmentName":"StoragePage"}) as unknown as TypedDocumentString<StoragePageFragment, unknown>;
export const StorageUserErrorsFragmentDoc = new TypedDocumentString(`
    fragment StorageUserErrors on UserError {
  code
  field
  message
}
    `, {"fragmentName":"StorageUserErrors"}) as unknown as TypedDocumentString<StorageUserErrorsFragment, unknown>;
export const StorageComponentFragmentDoc = new TypedDocumentString(`
    fragment StorageComponent on Component {
  slug
  type
  name
  description
  flags
  documentationUrl
  latestRelease {
    number
    configurationSchema
    rowConfigurationSchema
  }
}
    `, {"fragmentName":"StorageComponent"}) as unknown as TypedDocumentString<StorageComponentFragment, unknown>;
export const StorageCreatorTokenFragmentDoc = new TypedDocumentString(`
    fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}
    `, {"fragmentName":"StorageCreatorToken"}) as unknown as TypedDocumentString<StorageCreatorTokenFragment, unknown>;
export const StorageConfigurationHeadFragmentDoc = new TypedDocumentString(`
    fragment StorageConfigurationHead on Configuration {
  id
  key
  name
  description
  isDisabled
  isDeleted
  version
  rowsSortOrder
  createdAt
  firstVersion: versionAt(version: 1) {
    creatorToken {
      ...StorageCreatorToken
    }
  }
  currentVersion {
    version
    createdAt
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}
    fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}`, {"fragmentName":"StorageConfigurationHead"}) as unknown as TypedDocumentString<StorageConfigurationHeadFragment, unknown>;
export const StorageRowFragmentDoc = new TypedDocumentString(`
    fragment StorageRow on ConfigurationRow {
  key
  name
  description
  configuration
  state
  isDisabled
  version
  createdAt
  currentVersion {
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}
    fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}`, {"fragmentName":"StorageRow"}) as unknown as TypedDocumentString<StorageRowFragment, unknown>;
export const StorageConfigurationFragmentDoc = new TypedDocumentString(`
    fragment StorageConfiguration on Configuration {
  ...StorageConfigurationHead
  configuration
  state
  rows {
    ...StorageRow
  }
}
    fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}
fragment StorageRow on ConfigurationRow {
  key
  name
  description
  configuration
  state
  isDisabled
  version
  createdAt
  currentVersion {
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}
fragment StorageConfigurationHead on Configuration {
  id
  key
  name
  description
  isDisabled
  isDeleted
  version
  rowsSortOrder
  createdAt
  firstVersion: versionAt(version: 1) {
    creatorToken {
      ...StorageCreatorToken
    }
  }
  currentVersion {
    version
    createdAt
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}`, {"fragmentName":"StorageConfiguration"}) as unknown as TypedDocumentString<StorageConfigurationFragment, unknown>;
export const StorageVersionHeadFragmentDoc = new TypedDocumentString(`
    fragment StorageVersionHead on ConfigurationVersion {
  version
  name
  description
  isDisabled
  isDeleted
  rowsSortOrder
  changeDescription
  createdAt
  creatorToken {
    ...StorageCreatorToken
  }
}
    fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}`, {"fragmentName":"StorageVersionHead"}) as unknown as TypedDocumentString<StorageVersionHeadFragment, unknown>;
export const StorageRowVersionHeadFragmentDoc = new TypedDocumentString(`
    fragment StorageRowVersionHead on ConfigurationRowVersion {
  version
  name
  description
  isDisabled
  changeDescription
  createdAt
  creatorToken {
    ...StorageCreatorToken
  }
}
    fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}`, {"fragmentName":"StorageRowVersionHead"}) as unknown as TypedDocumentString<StorageRowVersionHeadFragment, unknown>;
export const StorageComponentsDocument = new TypedDocumentString(`
    query StorageComponents($projectId: ID!, $deleted: Boolean!, $after: String, $withConfiguration: Boolean!, $withRows: Boolean!, $withState: Boolean!) {
  project(id: $projectId) {
    configurations(deleted: $deleted, first: 50, after: $after) {
      edges {
        node {
          ...StorageConfigurationHead
          configuration @include(if: $withConfiguration)
          state @include(if: $withState)
          component {
            ...StorageComponent
          }
          rows @include(if: $withRows) {
            key
            name
            description
            isDisabled
            version
            createdAt
            configuration @include(if: $withConfiguration)
            state @include(if: $withState)
            currentVersion {
              changeDescription
              creatorToken {
                ...StorageCreatorToken
              }
            }
          }
        }
      }
      pageInfo {
        ...StoragePage
      }
    }
  }
}
    fragment StoragePage on PageInfo {
  hasNextPage
  endCursor
}
fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}
fragment StorageComponent on Component {
  slug
  type
  name
  description
  flags
  documentationUrl
  latestRelease {
    number
    configurationSchema
    rowConfigurationSchema
  }
}
fragment StorageConfigurationHead on Configuration {
  id
  key
  name
  description
  isDisabled
  isDeleted
  version
  rowsSortOrder
  createdAt
  firstVersion: versionAt(version: 1) {
    creatorToken {
      ...StorageCreatorToken
    }
  }
  currentVersion {
    version
    createdAt
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}`) as unknown as TypedDocumentString<StorageComponentsQuery, StorageComponentsQueryVariables>;
export const StorageComponentDocument = new TypedDocumentString(`
    query StorageComponent($id: ID!) {
  component(id: $id) {
    ...StorageComponent
  }
}
    fragment StorageComponent on Component {
  slug
  type
  name
  description
  flags
  documentationUrl
  latestRelease {
    number
    configurationSchema
    rowConfigurationSchema
  }
}`) as unknown as TypedDocumentString<StorageComponentQuery, StorageComponentQueryVariables>;
export const StorageConfigurationsDocument = new TypedDocumentString(`
    query StorageConfigurations($projectId: ID!, $componentId: ID!, $deleted: Boolean!, $after: String) {
  component(id: $componentId) {
    slug
  }
  project(id: $projectId) {
    configurations(
      componentId: $componentId
      deleted: $deleted
      first: 50
      after: $after
    ) {
      edges {
        node {
          ...StorageConfiguration
        }
      }
      pageInfo {
        ...StoragePage
      }
    }
  }
}
    fragment StoragePage on PageInfo {
  hasNextPage
  endCursor
}
fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}
fragment StorageRow on ConfigurationRow {
  key
  name
  description
  configuration
  state
  isDisabled
  version
  createdAt
  currentVersion {
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}
fragment StorageConfigurationHead on Configuration {
  id
  key
  name
  description
  isDisabled
  isDeleted
  version
  rowsSortOrder
  createdAt
  firstVersion: versionAt(version: 1) {
    creatorToken {
      ...StorageCreatorToken
    }
  }
  currentVersion {
    version
    createdAt
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}
fragment StorageConfiguration on Configuration {
  ...StorageConfigurationHead
  configuration
  state
  rows {
    ...StorageRow
  }
}`) as unknown as TypedDocumentString<StorageConfigurationsQuery, StorageConfigurationsQueryVariables>;
export const StorageConfigurationDocument = new TypedDocumentString(`
    query StorageConfiguration($projectId: ID!, $componentId: ID!, $key: String!) {
  project(id: $projectId) {
    configurations(componentId: $componentId, key: $key, first: 1) {
      edges {
        node {
          ...StorageConfiguration
        }
      }
    }
  }
}
    fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}
fragment StorageRow on ConfigurationRow {
  key
  name
  description
  configuration
  state
  isDisabled
  version
  createdAt
  currentVersion {
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}
fragment StorageConfigurationHead on Configuration {
  id
  key
  name
  description
  isDisabled
  isDeleted
  version
  rowsSortOrder
  createdAt
  firstVersion: versionAt(version: 1) {
    creatorToken {
      ...StorageCreatorToken
    }
  }
  currentVersion {
    version
    createdAt
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}
fragment StorageConfiguration on Configuration {
  ...StorageConfigurationHead
  configuration
  state
  rows {
    ...StorageRow
  }
}`) as unknown as TypedDocumentString<StorageConfigurationQuery, StorageConfigurationQueryVariables>;
export const StorageCreateConfigurationDocument = new TypedDocumentString(`
    mutation StorageCreateConfiguration($input: CreateConfigurationInput!) {
  createConfiguration(input: $input) {
    configuration {
      ...StorageConfiguration
    }
    userErrors {
      ...StorageUserErrors
    }
  }
}
    fragment StorageUserErrors on UserError {
  code
  field
  message
}
fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}
fragment StorageRow on ConfigurationRow {
  key
  name
  description
  configuration
  state
  isDisabled
  version
  createdAt
  currentVersion {
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}
fragment StorageConfigurationHead on Configuration {
  id
  key
  name
  description
  isDisabled
  isDeleted
  version
  rowsSortOrder
  createdAt
  firstVersion: versionAt(version: 1) {
    creatorToken {
      ...StorageCreatorToken
    }
  }
  currentVersion {
    version
    createdAt
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}
fragment StorageConfiguration on Configuration {
  ...StorageConfigurationHead
  configuration
  state
  rows {
    ...StorageRow
  }
}`) as unknown as TypedDocumentString<StorageCreateConfigurationMutation, StorageCreateConfigurationMutationVariables>;
export const StorageUpdateConfigurationDocument = new TypedDocumentString(`
    mutation StorageUpdateConfiguration($input: UpdateConfigurationInput!) {
  updateConfiguration(input: $input) {
    configuration {
      ...StorageConfiguration
    }
    userErrors {
      ...StorageUserErrors
    }
  }
}
    fragment StorageUserErrors on UserError {
  code
  field
  message
}
fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}
fragment StorageRow on ConfigurationRow {
  key
  name
  description
  configuration
  state
  isDisabled
  version
  createdAt
  currentVersion {
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}
fragment StorageConfigurationHead on Configuration {
  id
  key
  name
  description
  isDisabled
  isDeleted
  version
  rowsSortOrder
  createdAt
  firstVersion: versionAt(version: 1) {
    creatorToken {
      ...StorageCreatorToken
    }
  }
  currentVersion {
    version
    createdAt
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}
fragment StorageConfiguration on Configuration {
  ...StorageConfigurationHead
  configuration
  state
  rows {
    ...StorageRow
  }
}`) as unknown as TypedDocumentString<StorageUpdateConfigurationMutation, StorageUpdateConfigurationMutationVariables>;
export const StorageUpdateConfigurationStateDocument = new TypedDocumentString(`
    mutation StorageUpdateConfigurationState($input: UpdateConfigurationStateInput!) {
  updateConfigurationState(input: $input) {
    configuration {
      ...StorageConfiguration
    }
    userErrors {
      ...StorageUserErrors
    }
  }
}
    fragment StorageUserErrors on UserError {
  code
  field
  message
}
fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}
fragment StorageRow on ConfigurationRow {
  key
  name
  description
  configuration
  state
  isDisabled
  version
  createdAt
  currentVersion {
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}
fragment StorageConfigurationHead on Configuration {
  id
  key
  name
  description
  isDisabled
  isDeleted
  version
  rowsSortOrder
  createdAt
  firstVersion: versionAt(version: 1) {
    creatorToken {
      ...StorageCreatorToken
    }
  }
  currentVersion {
    version
    createdAt
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}
fragment StorageConfiguration on Configuration {
  ...StorageConfigurationHead
  configuration
  state
  rows {
    ...StorageRow
  }
}`) as unknown as TypedDocumentString<StorageUpdateConfigurationStateMutation, StorageUpdateConfigurationStateMutationVariables>;
export const StorageDeleteConfigurationDocument = new TypedDocumentString(`
    mutation StorageDeleteConfiguration($input: DeleteConfigurationInput!) {
  deleteConfiguration(input: $input) {
    deletedConfigurationId
    userErrors {
      ...StorageUserErrors
    }
  }
}
    fragment StorageUserErrors on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<StorageDeleteConfigurationMutation, StorageDeleteConfigurationMutationVariables>;
export const StorageRestoreConfigurationDocument = new TypedDocumentString(`
    mutation StorageRestoreConfiguration($input: RestoreConfigurationInput!) {
  restoreConfiguration(input: $input) {
    configuration {
      ...StorageConfiguration
    }
    userErrors {
      ...StorageUserErrors
    }
  }
}
    fragment StorageUserErrors on UserError {
  code
  field
  message
}
fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}
fragment StorageRow on ConfigurationRow {
  key
  name
  description
  configuration
  state
  isDisabled
  version
  createdAt
  currentVersion {
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}
fragment StorageConfigurationHead on Configuration {
  id
  key
  name
  description
  isDisabled
  isDeleted
  version
  rowsSortOrder
  createdAt
  firstVersion: versionAt(version: 1) {
    creatorToken {
      ...StorageCreatorToken
    }
  }
  currentVersion {
    version
    createdAt
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}
fragment StorageConfiguration on Configuration {
  ...StorageConfigurationHead
  configuration
  state
  rows {
    ...StorageRow
  }
}`) as unknown as TypedDocumentString<StorageRestoreConfigurationMutation, StorageRestoreConfigurationMutationVariables>;
export const StorageConfigurationMetadataDocument = new TypedDocumentString(`
    query StorageConfigurationMetadata($projectId: ID!, $componentId: ID!, $key: String!) {
  project(id: $projectId) {
    configurations(componentId: $componentId, key: $key, first: 1) {
      edges {
        node {
          metadata {
            ...StorageMetadata
          }
        }
      }
    }
  }
}
    fragment StorageMetadata on Metadata {
  databaseId
  key
  value
  updatedAt
}`) as unknown as TypedDocumentString<StorageConfigurationMetadataQuery, StorageConfigurationMetadataQueryVariables>;
export const StorageSetConfigurationMetadataDocument = new TypedDocumentString(`
    mutation StorageSetConfigurationMetadata($input: SetConfigurationMetadataInput!) {
  setConfigurationMetadata(input: $input) {
    metadata {
      ...StorageMetadata
    }
    userErrors {
      ...StorageUserErrors
    }
  }
}
    fragment StorageMetadata on Metadata {
  databaseId
  key
  value
  updatedAt
}
fragment StorageUserErrors on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<StorageSetConfigurationMetadataMutation, StorageSetConfigurationMetadataMutationVariables>;
export const StorageDeleteConfigurationMetadataDocument = new TypedDocumentString(`
    mutation StorageDeleteConfigurationMetadata($input: DeleteConfigurationMetadataInput!) {
  deleteConfigurationMetadata(input: $input) {
    deletedMetadataId
    userErrors {
      ...StorageUserErrors
    }
  }
}
    fragment StorageUserErrors on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<StorageDeleteConfigurationMetadataMutation, StorageDeleteConfigurationMetadataMutationVariables>;
export const StorageRowsDocument = new TypedDocumentString(`
    query StorageRows($projectId: ID!, $componentId: ID!, $key: String!) {
  project(id: $projectId) {
    configurations(componentId: $componentId, key: $key, first: 1) {
      edges {
        node {
          rows {
            ...StorageRow
          }
        }
      }
    }
  }
}
    fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}
fragment StorageRow on ConfigurationRow {
  key
  name
  description
  configuration
  state
  isDisabled
  version
  createdAt
  currentVersion {
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}`) as unknown as TypedDocumentString<StorageRowsQuery, StorageRowsQueryVariables>;
export const StorageRowDocument = new TypedDocumentString(`
    query StorageRow($projectId: ID!, $componentId: ID!, $key: String!, $rowKey: String!) {
  project(id: $projectId) {
    configurations(componentId: $componentId, key: $key, first: 1) {
      edges {
        node {
          row(key: $rowKey) {
            ...StorageRow
          }
        }
      }
    }
  }
}
    fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}
fragment StorageRow on ConfigurationRow {
  key
  name
  description
  configuration
  state
  isDisabled
  version
  createdAt
  currentVersion {
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}`) as unknown as TypedDocumentString<StorageRowQuery, StorageRowQueryVariables>;
export const StorageRowVersionsDocument = new TypedDocumentString(`
    query StorageRowVersions($projectId: ID!, $componentId: ID!, $key: String!, $rowKey: String!, $first: Int = 100, $after: String, $withConfiguration: Boolean!) {
  project(id: $projectId) {
    configurations(componentId: $componentId, key: $key, first: 1) {
      edges {
        node {
          row(key: $rowKey) {
            versions(first: $first, after: $after) {
              edges {
                node {
                  ...StorageRowVersionHead
                  configuration @include(if: $withConfiguration)
                }
              }
              pageInfo {
                ...StoragePage
              }
            }
          }
        }
      }
    }
  }
}
    fragment StoragePage on PageInfo {
  hasNextPage
  endCursor
}
fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}
fragment StorageRowVersionHead on ConfigurationRowVersion {
  version
  name
  description
  isDisabled
  changeDescription
  createdAt
  creatorToken {
    ...StorageCreatorToken
  }
}`) as unknown as TypedDocumentString<StorageRowVersionsQuery, StorageRowVersionsQueryVariables>;
export const StorageRowVersionDocument = new TypedDocumentString(`
    query StorageRowVersion($projectId: ID!, $componentId: ID!, $key: String!, $rowKey: String!, $version: Int!) {
  project(id: $projectId) {
    configurations(componentId: $componentId, key: $key, first: 1) {
      edges {
        node {
          row(key: $rowKey) {
            versionAt(version: $version) {
              ...StorageRowVersionHead
              configuration
            }
          }
        }
      }
    }
  }
}
    fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}
fragment StorageRowVersionHead on ConfigurationRowVersion {
  version
  name
  description
  isDisabled
  changeDescription
  createdAt
  creatorToken {
    ...StorageCreatorToken
  }
}`) as unknown as TypedDocumentString<StorageRowVersionQuery, StorageRowVersionQueryVariables>;
export const StorageCreateRowDocument = new TypedDocumentString(`
    mutation StorageCreateRow($input: CreateConfigurationRowInput!) {
  createConfigurationRow(input: $input) {
    row {
      ...StorageRow
    }
    userErrors {
      ...StorageUserErrors
    }
  }
}
    fragment StorageUserErrors on UserError {
  code
  field
  message
}
fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}
fragment StorageRow on ConfigurationRow {
  key
  name
  description
  configuration
  state
  isDisabled
  version
  createdAt
  currentVersion {
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}`) as unknown as TypedDocumentString<StorageCreateRowMutation, StorageCreateRowMutationVariables>;
export const StorageUpdateRowDocument = new TypedDocumentString(`
    mutation StorageUpdateRow($input: UpdateConfigurationRowInput!) {
  updateConfigurationRow(input: $input) {
    row {
      ...StorageRow
    }
    userErrors {
      ...StorageUserErrors
    }
  }
}
    fragment StorageUserErrors on UserError {
  code
  field
  message
}
fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}
fragment StorageRow on ConfigurationRow {
  key
  name
  description
  configuration
  state
  isDisabled
  version
  createdAt
  currentVersion {
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}`) as unknown as TypedDocumentString<StorageUpdateRowMutation, StorageUpdateRowMutationVariables>;
export const StorageUpdateRowStateDocument = new TypedDocumentString(`
    mutation StorageUpdateRowState($input: UpdateConfigurationRowStateInput!) {
  updateConfigurationRowState(input: $input) {
    row {
      ...StorageRow
    }
    userErrors {
      ...StorageUserErrors
    }
  }
}
    fragment StorageUserErrors on UserError {
  code
  field
  message
}
fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}
fragment StorageRow on ConfigurationRow {
  key
  name
  description
  configuration
  state
  isDisabled
  version
  createdAt
  currentVersion {
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}`) as unknown as TypedDocumentString<StorageUpdateRowStateMutation, StorageUpdateRowStateMutationVariables>;
export const StorageDeleteRowDocument = new TypedDocumentString(`
    mutation StorageDeleteRow($input: DeleteConfigurationRowInput!) {
  deleteConfigurationRow(input: $input) {
    deletedRowId
    userErrors {
      ...StorageUserErrors
    }
  }
}
    fragment StorageUserErrors on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<StorageDeleteRowMutation, StorageDeleteRowMutationVariables>;
export const StorageRollbackRowDocument = new TypedDocumentString(`
    mutation StorageRollbackRow($input: RollbackConfigurationRowInput!) {
  rollbackConfigurationRow(input: $input) {
    row {
      ...StorageRow
    }
    userErrors {
      ...StorageUserErrors
    }
  }
}
    fragment StorageUserErrors on UserError {
  code
  field
  message
}
fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}
fragment StorageRow on ConfigurationRow {
  key
  name
  description
  configuration
  state
  isDisabled
  version
  createdAt
  currentVersion {
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}`) as unknown as TypedDocumentString<StorageRollbackRowMutation, StorageRollbackRowMutationVariables>;
export const StorageCopyRowVersionDocument = new TypedDocumentString(`
    mutation StorageCopyRowVersion($input: CopyConfigurationRowVersionInput!) {
  copyConfigurationRowVersion(input: $input) {
    row {
      ...StorageRow
    }
    userErrors {
      ...StorageUserErrors
    }
  }
}
    fragment StorageUserErrors on UserError {
  code
  field
  message
}
fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}
fragment StorageRow on ConfigurationRow {
  key
  name
  description
  configuration
  state
  isDisabled
  version
  createdAt
  currentVersion {
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}`) as unknown as TypedDocumentString<StorageCopyRowVersionMutation, StorageCopyRowVersionMutationVariables>;
export const StorageConfigurationVersionsDocument = new TypedDocumentString(`
    query StorageConfigurationVersions($projectId: ID!, $componentId: ID!, $key: String!, $first: Int = 100, $after: String, $withConfiguration: Boolean!) {
  project(id: $projectId) {
    configurations(componentId: $componentId, key: $key, first: 1) {
      edges {
        node {
          id
          versions(first: $first, after: $after) {
            edges {
              node {
                ...StorageVersionHead
                configuration @include(if: $withConfiguration)
              }
            }
            pageInfo {
              ...StoragePage
            }
          }
        }
      }
    }
  }
}
    fragment StoragePage on PageInfo {
  hasNextPage
  endCursor
}
fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}
fragment StorageVersionHead on ConfigurationVersion {
  version
  name
  description
  isDisabled
  isDeleted
  rowsSortOrder
  changeDescription
  createdAt
  creatorToken {
    ...StorageCreatorToken
  }
}`) as unknown as TypedDocumentString<StorageConfigurationVersionsQuery, StorageConfigurationVersionsQueryVariables>;
export const StorageConfigurationVersionDocument = new TypedDocumentString(`
    query StorageConfigurationVersion($projectId: ID!, $componentId: ID!, $key: String!, $version: Int!) {
  project(id: $projectId) {
    configurations(componentId: $componentId, key: $key, first: 1) {
      edges {
        node {
          id
          versionAt(version: $version) {
            ...StorageVersionHead
            configuration
            rows {
              ...StorageRowVersionHead
              configuration
              row {
                key
              }
            }
          }
        }
      }
    }
  }
}
    fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}
fragment StorageVersionHead on ConfigurationVersion {
  version
  name
  description
  isDisabled
  isDeleted
  rowsSortOrder
  changeDescription
  createdAt
  creatorToken {
    ...StorageCreatorToken
  }
}
fragment StorageRowVersionHead on ConfigurationRowVersion {
  version
  name
  description
  isDisabled
  changeDescription
  createdAt
  creatorToken {
    ...StorageCreatorToken
  }
}`) as unknown as TypedDocumentString<StorageConfigurationVersionQuery, StorageConfigurationVersionQueryVariables>;
export const StorageRollbackConfigurationDocument = new TypedDocumentString(`
    mutation StorageRollbackConfiguration($input: RollbackConfigurationInput!) {
  rollbackConfiguration(input: $input) {
    configuration {
      ...StorageConfiguration
    }
    userErrors {
      ...StorageUserErrors
    }
  }
}
    fragment StorageUserErrors on UserError {
  code
  field
  message
}
fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}
fragment StorageRow on ConfigurationRow {
  key
  name
  description
  configuration
  state
  isDisabled
  version
  createdAt
  currentVersion {
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}
fragment StorageConfigurationHead on Configuration {
  id
  key
  name
  description
  isDisabled
  isDeleted
  version
  rowsSortOrder
  createdAt
  firstVersion: versionAt(version: 1) {
    creatorToken {
      ...StorageCreatorToken
    }
  }
  currentVersion {
    version
    createdAt
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}
fragment StorageConfiguration on Configuration {
  ...StorageConfigurationHead
  configuration
  state
  rows {
    ...StorageRow
  }
}`) as unknown as TypedDocumentString<StorageRollbackConfigurationMutation, StorageRollbackConfigurationMutationVariables>;
export const StorageCreateConfigurationFromVersionDocument = new TypedDocumentString(`
    mutation StorageCreateConfigurationFromVersion($input: CreateConfigurationFromVersionInput!) {
  createConfigurationFromVersion(input: $input) {
    configuration {
      ...StorageConfiguration
    }
    userErrors {
      ...StorageUserErrors
    }
  }
}
    fragment StorageUserErrors on UserError {
  code
  field
  message
}
fragment StorageCreatorToken on CreatorToken {
  databaseId
  description
}
fragment StorageRow on ConfigurationRow {
  key
  name
  description
  configuration
  state
  isDisabled
  version
  createdAt
  currentVersion {
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}
fragment StorageConfigurationHead on Configuration {
  id
  key
  name
  description
  isDisabled
  isDeleted
  version
  rowsSortOrder
  createdAt
  firstVersion: versionAt(version: 1) {
    creatorToken {
      ...StorageCreatorToken
    }
  }
  currentVersion {
    version
    createdAt
    changeDescription
    creatorToken {
      ...StorageCreatorToken
    }
  }
}
fragment StorageConfiguration on Configuration {
  ...StorageConfigurationHead
  configuration
  state
  rows {
    ...StorageRow
  }
}`) as unknown as TypedDocumentString<StorageCreateConfigurationFromVersionMutation, StorageCreateConfigurationFromVersionMutationVariables>;