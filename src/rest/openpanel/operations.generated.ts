/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CalloutNotificationInput = {
  email: boolean;
  emails: Array<string>;
  inApp: boolean;
};

export type ClientType =
  /** Reads analytics data of its project. */
  | 'READ'
  /** Manages its organization through the management API. */
  | 'ROOT'
  /** Sends events to its project. */
  | 'WRITE';

export type CreateClientInput = {
  name: string;
  organizationId: string | number;
  /** Leave out for an organization-wide client. */
  projectId?: string | number | null | undefined;
  type: ClientType;
};

export type CreateProjectInput = {
  allowUnsafeRevenueTracking?: boolean | null | undefined;
  calloutNotifications?: ProjectCalloutNotificationsInput | null | undefined;
  /** Whether voucher codes compare case-sensitively; true unless given. Fixed once created. */
  caseSensitiveCodes?: boolean | null | undefined;
  clientSideAccess?: ProjectClientSideAccessInput | null | undefined;
  /** Also creates a READ client named "Client-side key" (Voucherify's client-side key); its secret is returned once. */
  clientSideClient?: boolean | null | undefined;
  /** The region; this deployment serves eu1 only. */
  clusterId?: string | null | undefined;
  /** The characters of new voucher codes; null: the default. */
  codeCharset?: string | null | undefined;
  cors?: Array<string> | null | undefined;
  crossDomain?: boolean | null | undefined;
  /** An ISO 4217 code; EUR unless given. */
  currency?: string | null | undefined;
  /** 0 to 90. Changing it needs the platform operator (platform:write). */
  dataRetentionTimeInDays?: number | null | undefined;
  /** snowflake, bigquery, redshift, synapse, exasol or teradata; at creation, the template's unless given. */
  defaultBackend?: string | null | undefined;
  description?: string | null | undefined;
  /** An ITU country dial code such as `+48`; null clears it. */
  dialCode?: string | null | undefined;
  domain?: string | null | undefined;
  /** A sandbox project cannot be deleted. */
  isSandbox?: boolean | null | undefined;
  /** Users of the organization to add, by id or e-mail address (Voucherify’s `users`). */
  members?: Array<NewProjectMemberInput> | null | undefined;
  name: string;
  organizationId: string | number;
  /** Adds every OWNER of the organization to the project as ADMIN, as Voucherify does. */
  ownersAsMembers?: boolean | null | undefined;
  /** The project template (Keboola's project `type`): `production` unless given. Its features are copied and its expirationDays set expiresAt. */
  templateId?: string | number | null | undefined;
  /** An IANA time zone such as `Europe/Prague` or `Etc/GMT+1`; UTC unless given. */
  timezone?: string | null | undefined;
  types?: Array<ProjectType> | null | undefined;
  usageNotifications?: ProjectUsageNotificationsInput | null | undefined;
  /** The version of the webhook payloads: v2024-01-01. */
  webhookVersion?: string | null | undefined;
};

export type CreateReferenceInput = {
  date: string;
  description?: string | null | undefined;
  projectId: string | number;
  title: string;
};

export type DeleteClientInput = {
  id: string | number;
};

export type DeleteProjectInput = {
  id: string | number;
};

export type DeleteReferenceInput = {
  id: string | number;
};

export type NewProjectMemberInput = {
  role: ProjectRole;
  /** A dialect’s name for a narrower role (see ProjectMember.roleName). */
  roleName?: string | null | undefined;
  /** The user’s id or e-mail address; a user of the organization. */
  user: string;
};

/** The kinds to change; those left out keep their settings. */
export type ProjectCalloutNotificationsInput = {
  distributions?: CalloutNotificationInput | null | undefined;
  webhooks?: CalloutNotificationInput | null | undefined;
};

/** The flags to change; those left out keep their value. */
export type ProjectClientSideAccessInput = {
  createCustomer?: boolean | null | undefined;
  listVouchers?: boolean | null | undefined;
  loyaltyEvents?: boolean | null | undefined;
  publish?: boolean | null | undefined;
  redeem?: boolean | null | undefined;
  setVoucherExpirationDate?: boolean | null | undefined;
};

export type ProjectRole =
  | 'ADMIN'
  | 'EDITOR'
  | 'VIEWER';

export type ProjectType =
  | 'APP'
  | 'BACKEND'
  | 'WEBSITE';

/** The kinds to change; those left out keep their settings. */
export type ProjectUsageNotificationsInput = {
  apiCalls?: UsageNotificationInput | null | undefined;
  bulkApiCalls?: UsageNotificationInput | null | undefined;
  cycleCalls?: UsageNotificationInput | null | undefined;
  messages?: UsageNotificationInput | null | undefined;
  redemptions?: UsageNotificationInput | null | undefined;
  webhookCalls?: UsageNotificationInput | null | undefined;
};

export type UpdateClientInput = {
  id: string | number;
  /** Left out: the name stays. */
  name?: string | null | undefined;
};

export type UpdateProjectInput = {
  allowUnsafeRevenueTracking?: boolean | null | undefined;
  calloutNotifications?: ProjectCalloutNotificationsInput | null | undefined;
  clientSideAccess?: ProjectClientSideAccessInput | null | undefined;
  /** The characters of new voucher codes; null: the default. */
  codeCharset?: string | null | undefined;
  cors?: Array<string> | null | undefined;
  crossDomain?: boolean | null | undefined;
  /** An ISO 4217 code; EUR unless given. */
  currency?: string | null | undefined;
  /** 0 to 90. Changing it needs the platform operator (platform:write). */
  dataRetentionTimeInDays?: number | null | undefined;
  /** snowflake, bigquery, redshift, synapse, exasol or teradata; at creation, the template's unless given. */
  defaultBackend?: string | null | undefined;
  description?: string | null | undefined;
  /** An ITU country dial code such as `+48`; null clears it. */
  dialCode?: string | null | undefined;
  domain?: string | null | undefined;
  /** Platform operator (platform:write) only; null: never expires. */
  expiresAt?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  /** Platform operator (platform:write) only. */
  templateId?: string | number | null | undefined;
  /** An IANA time zone such as `Europe/Prague` or `Etc/GMT+1`; UTC unless given. */
  timezone?: string | null | undefined;
  types?: Array<ProjectType> | null | undefined;
  usageNotifications?: ProjectUsageNotificationsInput | null | undefined;
  /** The version of the webhook payloads: v2024-01-01. */
  webhookVersion?: string | null | undefined;
};

export type UpdateReferenceInput = {
  date?: string | null | undefined;
  /** null clears it. */
  description?: string | null | undefined;
  id: string | number;
  title?: string | null | undefined;
};

/** Replaces the kind’s settings whole. */
export type UsageNotificationInput = {
  emails: Array<string>;
  enabled: boolean;
  inApp: boolean;
  /** 10 to 90. */
  threshold: number;
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

export type OpenPanelClientFragment = { id: string, name: string, type: ClientType, createdAt: string, updatedAt: string, project: { slug: string } | null };

export type OrganizationClientsQueryVariables = Exact<{
  organizationId: string | number;
  after?: string | null | undefined;
}>;


export type OrganizationClientsQuery = { organization: { clients: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, type: ClientType, createdAt: string, updatedAt: string, project: { slug: string } | null } }> } | null } | null };

export type ProjectClientsQueryVariables = Exact<{
  projectId: string | number;
  after?: string | null | undefined;
}>;


export type ProjectClientsQuery = { project: { clients: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, type: ClientType, createdAt: string, updatedAt: string, project: { slug: string } | null } }> } | null } | null };

export type ClientQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientQuery = { client:
    | { __typename: 'AuditEvent' }
    | { __typename: 'Brand' }
    | { __typename: 'CampaignTemplate' }
    | { __typename: 'Client', id: string, name: string, type: ClientType, createdAt: string, updatedAt: string, project: { slug: string } | null }
    | { __typename: 'Component' }
    | { __typename: 'Configuration' }
    | { __typename: 'ConfigurationRow' }
    | { __typename: 'ConsoleSession' }
    | { __typename: 'CustomEventSchema' }
    | { __typename: 'Dashboard' }
    | { __typename: 'Feature' }
    | { __typename: 'Invitation' }
    | { __typename: 'Job' }
    | { __typename: 'JoinRequest' }
    | { __typename: 'Maintainer' }
    | { __typename: 'MaintainerMember' }
    | { __typename: 'ManagementKey' }
    | { __typename: 'Metadata' }
    | { __typename: 'MetadataSchema' }
    | { __typename: 'Organization' }
    | { __typename: 'OrganizationMember' }
    | { __typename: 'PersonalAccessToken' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectMember' }
    | { __typename: 'Reference' }
    | { __typename: 'Report' }
    | { __typename: 'StorageToken' }
    | { __typename: 'User' }
    | { __typename: 'Webhook' }
   | null };

export type CreateClientMutationVariables = Exact<{
  input: CreateClientInput;
}>;


export type CreateClientMutation = { createClient: { clientSecret: string | null, client: { id: string, name: string, type: ClientType, createdAt: string, updatedAt: string, project: { slug: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type UpdateClientMutationVariables = Exact<{
  input: UpdateClientInput;
}>;


export type UpdateClientMutation = { updateClient: { client: { id: string, name: string, type: ClientType, createdAt: string, updatedAt: string, project: { slug: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type DeleteClientMutationVariables = Exact<{
  input: DeleteClientInput;
}>;


export type DeleteClientMutation = { deleteClient: { deletedClientId: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type OpenPanelDashboardsQueryVariables = Exact<{
  projectId: string | number;
  after?: string | null | undefined;
}>;


export type OpenPanelDashboardsQuery = { project: { slug: string, dashboards: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string } }> } | null } | null };

export type OpenPanelDashboardReportsQueryVariables = Exact<{
  projectId: string | number;
  dashboardId: string | number;
  after?: string | null | undefined;
}>;


export type OpenPanelDashboardReportsQuery = { project: { dashboards: { edges: Array<{ node: { reports: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, chartType: string, range: string, interval: string, metric: string, series: unknown, breakdowns: unknown } }> } } }> } | null } | null };

export type OpenPanelProjectFragment = { id: string, slug: string, name: string, types: Array<ProjectType>, domain: string | null, cors: Array<string>, crossDomain: boolean, allowUnsafeRevenueTracking: boolean, deleteAt: string | null, createdAt: string, updatedAt: string };

export type OrganizationProjectsQueryVariables = Exact<{
  organizationId: string | number;
  after?: string | null | undefined;
}>;


export type OrganizationProjectsQuery = { organization: { projects: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, name: string, types: Array<ProjectType>, domain: string | null, cors: Array<string>, crossDomain: boolean, allowUnsafeRevenueTracking: boolean, deleteAt: string | null, createdAt: string, updatedAt: string } }> } } | null };

export type ProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectQuery = { project: { id: string, slug: string, name: string, types: Array<ProjectType>, domain: string | null, cors: Array<string>, crossDomain: boolean, allowUnsafeRevenueTracking: boolean, deleteAt: string | null, createdAt: string, updatedAt: string } | null };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { createProject: { clientSecret: string | null, project: { id: string, slug: string, name: string, types: Array<ProjectType>, domain: string | null, cors: Array<string>, crossDomain: boolean, allowUnsafeRevenueTracking: boolean, deleteAt: string | null, createdAt: string, updatedAt: string } | null, client: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type UpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type UpdateProjectMutation = { updateProject: { project: { id: string, slug: string, name: string, types: Array<ProjectType>, domain: string | null, cors: Array<string>, crossDomain: boolean, allowUnsafeRevenueTracking: boolean, deleteAt: string | null, createdAt: string, updatedAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type DeleteProjectMutationVariables = Exact<{
  input: DeleteProjectInput;
}>;


export type DeleteProjectMutation = { deleteProject: { project: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type OpenPanelReferenceFragment = { id: string, title: string, description: string | null, date: string, createdAt: string, updatedAt: string, project: { slug: string } };

export type OrganizationReferencesQueryVariables = Exact<{
  organizationId: string | number;
  after?: string | null | undefined;
}>;


export type OrganizationReferencesQuery = { organization: { references: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, description: string | null, date: string, createdAt: string, updatedAt: string, project: { slug: string } } }> } | null } | null };

export type ProjectReferencesQueryVariables = Exact<{
  projectId: string | number;
  after?: string | null | undefined;
}>;


export type ProjectReferencesQuery = { project: { references: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, description: string | null, date: string, createdAt: string, updatedAt: string, project: { slug: string } } }> } | null } | null };

export type ReferenceQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferenceQuery = { reference:
    | { __typename: 'AuditEvent' }
    | { __typename: 'Brand' }
    | { __typename: 'CampaignTemplate' }
    | { __typename: 'Client' }
    | { __typename: 'Component' }
    | { __typename: 'Configuration' }
    | { __typename: 'ConfigurationRow' }
    | { __typename: 'ConsoleSession' }
    | { __typename: 'CustomEventSchema' }
    | { __typename: 'Dashboard' }
    | { __typename: 'Feature' }
    | { __typename: 'Invitation' }
    | { __typename: 'Job' }
    | { __typename: 'JoinRequest' }
    | { __typename: 'Maintainer' }
    | { __typename: 'MaintainerMember' }
    | { __typename: 'ManagementKey' }
    | { __typename: 'Metadata' }
    | { __typename: 'MetadataSchema' }
    | { __typename: 'Organization' }
    | { __typename: 'OrganizationMember' }
    | { __typename: 'PersonalAccessToken' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectMember' }
    | { __typename: 'Reference', id: string, title: string, description: string | null, date: string, createdAt: string, updatedAt: string, project: { slug: string } }
    | { __typename: 'Report' }
    | { __typename: 'StorageToken' }
    | { __typename: 'User' }
    | { __typename: 'Webhook' }
   | null };

export type CreateReferenceMutationVariables = Exact<{
  input: CreateReferenceInput;
}>;


export type CreateReferenceMutation = { createReference: { reference: { id: string, title: string, description: string | null, date: string, createdAt: string, updatedAt: string, project: { slug: string } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type UpdateReferenceMutationVariables = Exact<{
  input: UpdateReferenceInput;
}>;


export type UpdateReferenceMutation = { updateReference: { reference: { id: string, title: string, description: string | null, date: string, createdAt: string, updatedAt: string, project: { slug: string } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type DeleteReferenceMutationVariables = Exact<{
  input: DeleteReferenceInput;
}>;


export type DeleteReferenceMutation = { deleteReference: { deletedReferenceId: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type NextPageFragment = { hasNextPage: boolean, endCursor: string | null };

export type UserErrorFieldsFragment = { code: UserErrorCode, field: Array<string>, message: string };

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
export const OpenPanelClientFragmentDoc = new TypedDocumentString(`
    fragment OpenPanelClient on Client {
  id
  name
  type
  project {
    slug
  }
  createdAt
  updatedAt
}
    `, {"fragmentName":"OpenPanelClient"}) as unknown as TypedDocumentString<OpenPanelClientFragment, unknown>;
export const OpenPanelProjectFragmentDoc = new TypedDocumentString(`
    fragment OpenPanelProject on Project {
  id
  slug
  name
  types
  domain
  cors
  crossDomain
  allowUnsafeRevenueTracking
  deleteAt
  createdAt
  updatedAt
}
    `, {"fragmentName":"OpenPanelProject"}) as unknown as TypedDocumentString<OpenPanelProjectFragment, unknown>;
export const OpenPanelReferenceFragmentDoc = new TypedDocumentString(`
    fragment OpenPanelReference on Reference {
  id
  title
  description
  date
  project {
    slug
  }
  createdAt
  updatedAt
}
    `, {"fragmentName":"OpenPanelReference"}) as unknown as TypedDocumentString<OpenPanelReferenceFragment, unknown>;
export const NextPageFragmentDoc = new TypedDocumentString(`
    fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}
    `, {"fragmentName":"NextPage"}) as unknown as TypedDocumentString<NextPageFragment, unknown>;
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  code
  field
  message
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const OrganizationClientsDocument = new TypedDocumentString(`
    query OrganizationClients($organizationId: ID!, $after: String) {
  organization(id: $organizationId) {
    clients(first: 100, after: $after) {
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...OpenPanelClient
        }
      }
    }
  }
}
    fragment OpenPanelClient on Client {
  id
  name
  type
  project {
    slug
  }
  createdAt
  updatedAt
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<OrganizationClientsQuery, OrganizationClientsQueryVariables>;
export const ProjectClientsDocument = new TypedDocumentString(`
    query ProjectClients($projectId: ID!, $after: String) {
  project(id: $projectId) {
    clients(first: 100, after: $after) {
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...OpenPanelClient
        }
      }
    }
  }
}
    fragment OpenPanelClient on Client {
  id
  name
  type
  project {
    slug
  }
  createdAt
  updatedAt
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<ProjectClientsQuery, ProjectClientsQueryVariables>;
export const ClientDocument = new TypedDocumentString(`
    query Client($id: ID!) {
  client: node(id: $id) {
    __typename
    ...OpenPanelClient
  }
}
    fragment OpenPanelClient on Client {
  id
  name
  type
  project {
    slug
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ClientQuery, ClientQueryVariables>;
export const CreateClientDocument = new TypedDocumentString(`
    mutation CreateClient($input: CreateClientInput!) {
  createClient(input: $input) {
    client {
      ...OpenPanelClient
    }
    clientSecret
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment OpenPanelClient on Client {
  id
  name
  type
  project {
    slug
  }
  createdAt
  updatedAt
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<CreateClientMutation, CreateClientMutationVariables>;
export const UpdateClientDocument = new TypedDocumentString(`
    mutation UpdateClient($input: UpdateClientInput!) {
  updateClient(input: $input) {
    client {
      ...OpenPanelClient
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment OpenPanelClient on Client {
  id
  name
  type
  project {
    slug
  }
  createdAt
  updatedAt
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<UpdateClientMutation, UpdateClientMutationVariables>;
export const DeleteClientDocument = new TypedDocumentString(`
    mutation DeleteClient($input: DeleteClientInput!) {
  deleteClient(input: $input) {
    deletedClientId
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<DeleteClientMutation, DeleteClientMutationVariables>;
export const OpenPanelDashboardsDocument = new TypedDocumentString(`
    query OpenPanelDashboards($projectId: ID!, $after: String) {
  project(id: $projectId) {
    slug
    dashboards(first: 100, after: $after) {
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          name
        }
      }
    }
  }
}
    fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<OpenPanelDashboardsQuery, OpenPanelDashboardsQueryVariables>;
export const OpenPanelDashboardReportsDocument = new TypedDocumentString(`
    query OpenPanelDashboardReports($projectId: ID!, $dashboardId: ID!, $after: String) {
  project(id: $projectId) {
    dashboards(first: 1, id: $dashboardId) {
      edges {
        node {
          reports(first: 100, after: $after) {
            pageInfo {
              ...NextPage
            }
            edges {
              node {
                id
                name
                chartType
                range
                interval
                metric
                series
                breakdowns
              }
            }
          }
        }
      }
    }
  }
}
    fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<OpenPanelDashboardReportsQuery, OpenPanelDashboardReportsQueryVariables>;
export const OrganizationProjectsDocument = new TypedDocumentString(`
    query OrganizationProjects($organizationId: ID!, $after: String) {
  organization(id: $organizationId) {
    projects(first: 100, after: $after) {
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...OpenPanelProject
        }
      }
    }
  }
}
    fragment OpenPanelProject on Project {
  id
  slug
  name
  types
  domain
  cors
  crossDomain
  allowUnsafeRevenueTracking
  deleteAt
  createdAt
  updatedAt
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<OrganizationProjectsQuery, OrganizationProjectsQueryVariables>;
export const ProjectDocument = new TypedDocumentString(`
    query Project($id: ID!) {
  project(id: $id) {
    ...OpenPanelProject
  }
}
    fragment OpenPanelProject on Project {
  id
  slug
  name
  types
  domain
  cors
  crossDomain
  allowUnsafeRevenueTracking
  deleteAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ProjectQuery, ProjectQueryVariables>;
export const CreateProjectDocument = new TypedDocumentString(`
    mutation CreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    project {
      ...OpenPanelProject
    }
    client {
      id
    }
    clientSecret
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment OpenPanelProject on Project {
  id
  slug
  name
  types
  domain
  cors
  crossDomain
  allowUnsafeRevenueTracking
  deleteAt
  createdAt
  updatedAt
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<CreateProjectMutation, CreateProjectMutationVariables>;
export const UpdateProjectDocument = new TypedDocumentString(`
    mutation UpdateProject($input: UpdateProjectInput!) {
  updateProject(input: $input) {
    project {
      ...OpenPanelProject
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment OpenPanelProject on Project {
  id
  slug
  name
  types
  domain
  cors
  crossDomain
  allowUnsafeRevenueTracking
  deleteAt
  createdAt
  updatedAt
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const DeleteProjectDocument = new TypedDocumentString(`
    mutation DeleteProject($input: DeleteProjectInput!) {
  deleteProject(input: $input) {
    project {
      id
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<DeleteProjectMutation, DeleteProjectMutationVariables>;
export const OrganizationReferencesDocument = new TypedDocumentString(`
    query OrganizationReferences($organizationId: ID!, $after: String) {
  organization(id: $organizationId) {
    references(first: 100, after: $after) {
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...OpenPanelReference
        }
      }
    }
  }
}
    fragment OpenPanelReference on Reference {
  id
  title
  description
  date
  project {
    slug
  }
  createdAt
  updatedAt
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<OrganizationReferencesQuery, OrganizationReferencesQueryVariables>;
export const ProjectReferencesDocument = new TypedDocumentString(`
    query ProjectReferences($projectId: ID!, $after: String) {
  project(id: $projectId) {
    references(first: 100, after: $after) {
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...OpenPanelReference
        }
      }
    }
  }
}
    fragment OpenPanelReference on Reference {
  id
  title
  description
  date
  project {
    slug
  }
  createdAt
  updatedAt
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<ProjectReferencesQuery, ProjectReferencesQueryVariables>;
export const ReferenceDocument = new TypedDocumentString(`
    query Reference($id: ID!) {
  reference: node(id: $id) {
    __typename
    ...OpenPanelReference
  }
}
    fragment OpenPanelReference on Reference {
  id
  title
  description
  date
  project {
    slug
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ReferenceQuery, ReferenceQueryVariables>;
export const CreateReferenceDocument = new TypedDocumentString(`
    mutation CreateReference($input: CreateReferenceInput!) {
  createReference(input: $input) {
    reference {
      ...OpenPanelReference
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment OpenPanelReference on Reference {
  id
  title
  description
  date
  project {
    slug
  }
  createdAt
  updatedAt
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<CreateReferenceMutation, CreateReferenceMutationVariables>;
export const UpdateReferenceDocument = new TypedDocumentString(`
    mutation UpdateReference($input: UpdateReferenceInput!) {
  updateReference(input: $input) {
    reference {
      ...OpenPanelReference
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment OpenPanelReference on Reference {
  id
  title
  description
  date
  project {
    slug
  }
  createdAt
  updatedAt
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<UpdateReferenceMutation, UpdateReferenceMutationVariables>;
export const DeleteReferenceDocument = new TypedDocumentString(`
    mutation DeleteReference($input: DeleteReferenceInput!) {
  deleteReference(input: $input) {
    deletedReferenceId
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<DeleteReferenceMutation, DeleteReferenceMutationVariables>;