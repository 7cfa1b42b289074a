/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  /** The invitation’s id or number. */
  id: string | number;
  /** The kind the invitation must be, as a Keboola path says it: one of another kind is NOT_FOUND. */
  kind?: InvitationKind | null | undefined;
};

export type AddMaintainerMemberInput = {
  email?: string | null | undefined;
  maintainerId: string | number;
  userId?: string | number | null | undefined;
};

export type AddOrganizationMemberInput = {
  /** The user to add; a user with this address is created when none exists. */
  email?: string | null | undefined;
  /** Display name for a user created by this call. */
  name?: string | null | undefined;
  organizationId: string | number;
  role: OrganizationRole;
  /** Or the user by id or number: one the caller can see. */
  userId?: string | number | null | undefined;
};

export type AddProjectMemberInput = {
  /** Only with role ADMIN; granted by an OWNER or ADMIN of the organization only. */
  canShare?: boolean | null | undefined;
  /** The user to add, inside the organization or not; a user with this address is created when none exists. */
  email?: string | null | undefined;
  /** With `email`: only a member of the organization is added, no user is created (Voucherify’s rule). */
  existingUserOnly?: boolean | null | undefined;
  /** The membership grants nothing after this many seconds. */
  expiresInSeconds?: number | null | undefined;
  projectId: string | number;
  reason?: string | null | undefined;
  role: ProjectRole;
  /** A dialect’s name for a narrower role, kept and read back as given (upper case, such as MERCHANT); a role change without one clears it. */
  roleName?: string | null | undefined;
  /** The user to add, one the caller can see; or give `email`. */
  userId?: string | number | null | undefined;
};

export type AddTemplateFeatureInput = {
  /** The feature's id, number or name. */
  feature: string;
  templateId: string | number;
};

export type ApproveJoinRequestInput = {
  /** The request’s id or number. */
  id: string | number;
  /** The project the request must be to (id, slug or number), as a Keboola path names it: a request to another project is NOT_FOUND. */
  projectId?: string | number | null | undefined;
};

export type CalloutNotificationInput = {
  email: boolean;
  emails: Array<string>;
  inApp: boolean;
};

export type CancelInvitationInput = {
  /** The invitation’s id or number. */
  id: string | number;
  /** The maintainer the invitation must be to (id or number), as a Keboola path names it: an invitation elsewhere is NOT_FOUND. At most one place. */
  maintainerId?: string | number | null | undefined;
  /** The organization the invitation must be to (id or number), as a Keboola path names it: an invitation elsewhere is NOT_FOUND. At most one place. */
  organizationId?: string | number | null | undefined;
  /** The project the invitation must be to (id or number), as a Keboola path names it: an invitation elsewhere is NOT_FOUND. At most one place. */
  projectId?: string | number | null | undefined;
};

export type CancelJoinRequestInput = {
  id: string | number;
};

export type CreateFeatureInput = {
  canBeManagedByAdmin?: boolean | null | undefined;
  canBeManagedViaApi?: boolean | null | undefined;
  description: string;
  name: string;
  title: string;
  type: FeatureType;
};

export type CreateMaintainerInput = {
  name: string;
  zendeskUrl?: string | null | undefined;
};

export type CreateOrganizationInput = {
  crmId?: string | null | undefined;
  maintainerId?: string | number | null | undefined;
  name: string;
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

export type CreateStorageTokenInput = {
  /** An object of bucket id (`in.c-main`) → `read`, `write` or `manage`. */
  bucketPermissions?: unknown;
  /** Every bucket of the project; excludes bucketPermissions. */
  canManageBuckets?: boolean | null | undefined;
  /** Refused when true: only master tokens manage tokens (Keboola’s Storage API fails later on such a token). */
  canManageTokens?: boolean | null | undefined;
  canPurgeTrash?: boolean | null | undefined;
  canReadAllFileUploads?: boolean | null | undefined;
  canReadAllProjectEvents?: boolean | null | undefined;
  /** Component ids (`keboola.ex-db-snowflake`) the token may use. */
  componentAccess?: Array<string> | null | undefined;
  description: string;
  /** 1 to 315360000 (ten years); leave out for a token that never expires. */
  expiresInSeconds?: number | null | undefined;
  /** The project’s id, slug or number. */
  projectId: string | number;
};

/** The type of a credential, in the words of Keboola’s token verification where it has them. */
export type CredentialType =
  /** A personal access token, bound to its user (Keboola’s `admin`). */
  | 'ADMIN'
  /** A session of the admin console, bound to its user. */
  | 'CONSOLE_SESSION'
  /** An organization management key. */
  | 'MANAGEMENT_KEY'
  /** A root API client (OpenPanel). */
  | 'ROOT_CLIENT'
  /** A project storage token (Keboola’s Storage API token). */
  | 'STORAGE_TOKEN'
  /** The platform operator token (Keboola’s `super`). */
  | 'SUPER';

export type DeclineInvitationInput = {
  /** The invitation’s id or number. */
  id: string | number;
  /** The kind the invitation must be, as a Keboola path says it: one of another kind is NOT_FOUND. */
  kind?: InvitationKind | null | undefined;
};

export type DeleteFeatureInput = {
  /** The id, number or name. */
  id: string | number;
};

export type DeleteMaintainerInput = {
  id: string | number;
};

export type DeleteMetadataInput = {
  id: string | number;
  /** The maintainer (id or number) the entry must belong to, as a Keboola path names it: an entry of another object is NOT_FOUND. At most one owner. */
  maintainerId?: string | number | null | undefined;
  /** The organization (id or number) the entry must belong to, as a Keboola path names it: an entry of another object is NOT_FOUND. At most one owner. */
  organizationId?: string | number | null | undefined;
  /** The project (id, slug or number) the entry must belong to, as a Keboola path names it: an entry of another object is NOT_FOUND. At most one owner. */
  projectId?: string | number | null | undefined;
  /** The user (id, number or e-mail address) the entry must belong to, as a Keboola path names it: an entry of another object is NOT_FOUND. At most one owner. */
  userId?: string | number | null | undefined;
};

export type DeleteOrganizationInput = {
  id: string | number;
};

export type DeleteProjectInput = {
  id: string | number;
};

export type DisableProjectFeatureInput = {
  /** The feature's name. */
  feature: string;
  projectId: string | number;
};

export type DisableUserFeatureInput = {
  /** The feature's name. */
  feature: string;
  /** The id, number or e-mail address. */
  userId: string | number;
};

export type EnableProjectFeatureInput = {
  /** The feature's name. */
  feature: string;
  projectId: string | number;
};

export type EnableUserFeatureInput = {
  /** The feature's name. */
  feature: string;
  /** The id, number or e-mail address. */
  userId: string | number;
};

/** Whom a feature is switched on for: a project, or a user (Keboola's `admin` features). */
export type FeatureType =
  | 'PROJECT'
  | 'USER';

export type InvitationKind =
  | 'MAINTAINER'
  | 'ORGANIZATION'
  | 'PROJECT';

export type InviteToMaintainerInput = {
  email: string;
  maintainerId: string | number;
};

export type InviteToOrganizationInput = {
  email: string;
  organizationId: string | number;
};

export type InviteToProjectInput = {
  /** Only with role ADMIN; granted by an OWNER or ADMIN of the organization only. */
  canShare?: boolean | null | undefined;
  email: string;
  /** Seconds until the invitation, and from its acceptance the membership, expires. */
  expiresInSeconds?: number | null | undefined;
  projectId: string | number;
  reason?: string | null | undefined;
  /** ADMIN when not given. */
  role?: ProjectRole | null | undefined;
};

export type JoinProjectInput = {
  /** Seconds until the membership expires. */
  expiresInSeconds?: number | null | undefined;
  projectId: string | number;
  reason?: string | null | undefined;
};

export type MetadataEntryInput = {
  key: string;
  value: string;
};

/** Who wrote an entry: USER entries, whoever may change the object; SYSTEM entries, only the platform operator. */
export type MetadataProvider =
  | 'SYSTEM'
  | 'USER';

export type NewProjectMemberInput = {
  role: ProjectRole;
  /** A dialect’s name for a narrower role (see ProjectMember.roleName). */
  roleName?: string | null | undefined;
  /** The user’s id or e-mail address; a user of the organization. */
  user: string;
};

export type OrganizationRole =
  | 'ADMIN'
  | 'MEMBER'
  | 'OWNER';

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

export type ProjectLimitInput = {
  name: string;
  value: number;
};

/** A LIMIT the platform sets on a project, or a METRIC it measures. */
export type ProjectLimitKind =
  | 'LIMIT'
  | 'METRIC';

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

export type PurgeProjectInput = {
  id: string | number;
};

export type RejectJoinRequestInput = {
  /** The request’s id or number. */
  id: string | number;
  /** The project the request must be to (id, slug or number), as a Keboola path names it: a request to another project is NOT_FOUND. */
  projectId?: string | number | null | undefined;
};

export type RemoveMaintainerMemberInput = {
  email?: string | null | undefined;
  maintainerId: string | number;
  userId?: string | number | null | undefined;
};

export type RemoveOrganizationMemberInput = {
  /** The membership; or name it by organizationId and user. */
  id?: string | number | null | undefined;
  organizationId?: string | number | null | undefined;
  /** The user’s id, number or e-mail address. */
  user?: string | null | undefined;
};

export type RemoveProjectLimitInput = {
  /** LIMIT unless given. */
  kind?: ProjectLimitKind | null | undefined;
  name: string;
  projectId: string | number;
};

export type RemoveProjectMemberInput = {
  /** The membership; or name it by projectId and user. */
  id?: string | number | null | undefined;
  projectId?: string | number | null | undefined;
  /** Refuse (LAST_PROJECT) when the user would be left with no project of the organization, as Voucherify does. */
  refuseLastProject?: boolean | null | undefined;
  /** The user’s id, number or e-mail address. */
  user?: string | null | undefined;
};

export type RemoveTemplateFeatureInput = {
  /** The feature's id, number or name. */
  feature: string;
  templateId: string | number;
};

export type RequestProjectAccessInput = {
  /** Seconds until the request, and from its approval the membership, expires. */
  expiresInSeconds?: number | null | undefined;
  projectId: string | number;
  reason?: string | null | undefined;
};

export type SetMetadataInput = {
  entries: Array<MetadataEntryInput>;
  maintainerId?: string | number | null | undefined;
  organizationId?: string | number | null | undefined;
  projectId?: string | number | null | undefined;
  provider: MetadataProvider;
  userId?: string | number | null | undefined;
};

export type SetProjectDisabledInput = {
  disabled: boolean;
  estimatedEndTime?: string | null | undefined;
  id: string | number;
  reason?: string | null | undefined;
};

export type SetProjectLimitsInput = {
  /** LIMIT unless given. */
  kind?: ProjectLimitKind | null | undefined;
  limits: Array<ProjectLimitInput>;
  projectId: string | number;
};

export type TransferProjectInput = {
  id: string | number;
  organizationId: string | number;
};

export type UndeleteProjectInput = {
  expirationDays?: number | null | undefined;
  id: string | number;
};

export type UpdateFeatureInput = {
  canBeManagedByAdmin?: boolean | null | undefined;
  canBeManagedViaApi?: boolean | null | undefined;
  description?: string | null | undefined;
  /** The id, number or name. */
  id: string | number;
  title?: string | null | undefined;
};

export type UpdateMaintainerInput = {
  id: string | number;
  name?: string | null | undefined;
  zendeskUrl?: string | null | undefined;
};

export type UpdateOrganizationInput = {
  allowAutoJoin?: boolean | null | undefined;
  /** Null or empty removes it. */
  crmId?: string | null | undefined;
  id: string | number;
  /** The maintainer to move to (id or number); null leaves every maintainer. */
  maintainerId?: string | number | null | undefined;
  mfaRequired?: boolean | null | undefined;
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

export type UpdateProjectMemberInput = {
  /** Granting it needs an OWNER or ADMIN of the organization. */
  canShare?: boolean | null | undefined;
  /** The membership; or name it by projectId and user. */
  id?: string | number | null | undefined;
  projectId?: string | number | null | undefined;
  role?: ProjectRole | null | undefined;
  /** A dialect’s name for a narrower role, kept and read back as given (upper case, such as MERCHANT); a role change without one clears it. */
  roleName?: string | null | undefined;
  /** The user’s id, number or e-mail address. */
  user?: string | null | undefined;
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

export type KeboolaPersonFragment = { databaseId: number, name: string, email: string | null };

export type KeboolaInvitationFragment = { databaseId: number, createdAt: string, expiresAt: string | null, reason: string | null, role: ProjectRole | null, canShare: boolean, user: { databaseId: number, name: string, email: string | null }, invitedBy: { databaseId: number, name: string, email: string | null } | null };

export type KeboolaMyInvitationFragment = { databaseId: number, createdAt: string, expiresAt: string | null, reason: string | null, role: ProjectRole | null, canShare: boolean, invitedBy: { databaseId: number, name: string, email: string | null } | null, project: { databaseId: number, name: string } | null, organization: { databaseId: number, name: string } | null, maintainer: { databaseId: number, name: string } | null };

export type KeboolaJoinRequestFragment = { databaseId: number, createdAt: string, expiresAt: string | null, reason: string | null, user: { databaseId: number, name: string, email: string | null } };

export type KeboolaMyJoinRequestFragment = { databaseId: number, createdAt: string, expiresAt: string | null, reason: string | null, project: { databaseId: number, name: string } };

export type KeboolaProjectInvitationsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type KeboolaProjectInvitationsQuery = { project: { deleteAt: string | null, invitations: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { databaseId: number, createdAt: string, expiresAt: string | null, reason: string | null, role: ProjectRole | null, canShare: boolean, user: { databaseId: number, name: string, email: string | null }, invitedBy: { databaseId: number, name: string, email: string | null } | null } }> } | null } | null };

export type KeboolaOrganizationInvitationsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type KeboolaOrganizationInvitationsQuery = { organization: { invitations: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { databaseId: number, createdAt: string, expiresAt: string | null, reason: string | null, role: ProjectRole | null, canShare: boolean, user: { databaseId: number, name: string, email: string | null }, invitedBy: { databaseId: number, name: string, email: string | null } | null } }> } | null } | null };

export type KeboolaMaintainerInvitationsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type KeboolaMaintainerInvitationsQuery = { maintainer: { invitations: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { databaseId: number, createdAt: string, expiresAt: string | null, reason: string | null, role: ProjectRole | null, canShare: boolean, user: { databaseId: number, name: string, email: string | null }, invitedBy: { databaseId: number, name: string, email: string | null } | null } }> } | null } | null };

export type KeboolaMyInvitationsQueryVariables = Exact<{
  kind: InvitationKind;
  after?: string | null | undefined;
}>;


export type KeboolaMyInvitationsQuery = { viewer: { invitations: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { databaseId: number, createdAt: string, expiresAt: string | null, reason: string | null, role: ProjectRole | null, canShare: boolean, invitedBy: { databaseId: number, name: string, email: string | null } | null, project: { databaseId: number, name: string } | null, organization: { databaseId: number, name: string } | null, maintainer: { databaseId: number, name: string } | null } }> } } };

export type KeboolaInviteToProjectMutationVariables = Exact<{
  input: InviteToProjectInput;
}>;


export type KeboolaInviteToProjectMutation = { inviteToProject: { invitation: { databaseId: number, createdAt: string, expiresAt: string | null, reason: string | null, role: ProjectRole | null, canShare: boolean, user: { databaseId: number, name: string, email: string | null }, invitedBy: { databaseId: number, name: string, email: string | null } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaInviteToOrganizationMutationVariables = Exact<{
  input: InviteToOrganizationInput;
}>;


export type KeboolaInviteToOrganizationMutation = { inviteToOrganization: { invitation: { databaseId: number, createdAt: string, expiresAt: string | null, reason: string | null, role: ProjectRole | null, canShare: boolean, user: { databaseId: number, name: string, email: string | null }, invitedBy: { databaseId: number, name: string, email: string | null } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaInviteToMaintainerMutationVariables = Exact<{
  input: InviteToMaintainerInput;
}>;


export type KeboolaInviteToMaintainerMutation = { inviteToMaintainer: { invitation: { databaseId: number, createdAt: string, expiresAt: string | null, reason: string | null, role: ProjectRole | null, canShare: boolean, user: { databaseId: number, name: string, email: string | null }, invitedBy: { databaseId: number, name: string, email: string | null } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaCancelInvitationMutationVariables = Exact<{
  input: CancelInvitationInput;
}>;


export type KeboolaCancelInvitationMutation = { cancelInvitation: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaAcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type KeboolaAcceptInvitationMutation = { acceptInvitation: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaDeclineInvitationMutationVariables = Exact<{
  input: DeclineInvitationInput;
}>;


export type KeboolaDeclineInvitationMutation = { declineInvitation: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaProjectJoinRequestsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type KeboolaProjectJoinRequestsQuery = { project: { deleteAt: string | null, joinRequests: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { databaseId: number, createdAt: string, expiresAt: string | null, reason: string | null, user: { databaseId: number, name: string, email: string | null } } }> } | null } | null };

export type KeboolaMyJoinRequestsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type KeboolaMyJoinRequestsQuery = { viewer: { joinRequests: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { databaseId: number, createdAt: string, expiresAt: string | null, reason: string | null, project: { databaseId: number, name: string } } }> } } };

export type KeboolaJoinProjectMutationVariables = Exact<{
  input: JoinProjectInput;
}>;


export type KeboolaJoinProjectMutation = { joinProject: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaRequestProjectAccessMutationVariables = Exact<{
  input: RequestProjectAccessInput;
}>;


export type KeboolaRequestProjectAccessMutation = { requestProjectAccess: { joinRequest: { databaseId: number, createdAt: string, expiresAt: string | null, reason: string | null, project: { databaseId: number, name: string } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaApproveJoinRequestMutationVariables = Exact<{
  input: ApproveJoinRequestInput;
}>;


export type KeboolaApproveJoinRequestMutation = { approveJoinRequest: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaRejectJoinRequestMutationVariables = Exact<{
  input: RejectJoinRequestInput;
}>;


export type KeboolaRejectJoinRequestMutation = { rejectJoinRequest: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaCancelJoinRequestMutationVariables = Exact<{
  input: CancelJoinRequestInput;
}>;


export type KeboolaCancelJoinRequestMutation = { cancelJoinRequest: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaMaintainersQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type KeboolaMaintainersQuery = { maintainers: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { databaseId: number, name: string, zendeskUrl: string | null, createdAt: string } }> } };

export type KeboolaMaintainerQueryVariables = Exact<{
  id: string | number;
}>;


export type KeboolaMaintainerQuery = { maintainer: { databaseId: number, name: string, zendeskUrl: string | null, createdAt: string } | null };

export type KeboolaCreateMaintainerMutationVariables = Exact<{
  input: CreateMaintainerInput;
}>;


export type KeboolaCreateMaintainerMutation = { createMaintainer: { maintainer: { databaseId: number, name: string, zendeskUrl: string | null, createdAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaUpdateMaintainerMutationVariables = Exact<{
  input: UpdateMaintainerInput;
}>;


export type KeboolaUpdateMaintainerMutation = { updateMaintainer: { maintainer: { databaseId: number, name: string, zendeskUrl: string | null, createdAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaDeleteMaintainerMutationVariables = Exact<{
  input: DeleteMaintainerInput;
}>;


export type KeboolaDeleteMaintainerMutation = { deleteMaintainer: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaMaintainerUsersQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type KeboolaMaintainerUsersQuery = { maintainer: { members: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { createdAt: string, user: { databaseId: number, name: string, email: string | null, features: Array<string> }, addedBy: { databaseId: number, name: string, email: string | null, features: Array<string> } | null } }> } } | null };

export type KeboolaAddMaintainerUserMutationVariables = Exact<{
  input: AddMaintainerMemberInput;
}>;


export type KeboolaAddMaintainerUserMutation = { addMaintainerMember: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaRemoveMaintainerUserMutationVariables = Exact<{
  input: RemoveMaintainerMemberInput;
}>;


export type KeboolaRemoveMaintainerUserMutation = { removeMaintainerMember: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaMaintainerOrganizationsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type KeboolaMaintainerOrganizationsQuery = { maintainer: { organizations: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { databaseId: number, name: string, createdAt: string, allowAutoJoin: boolean, mfaRequired: boolean, crmId: string | null, maintainer: { databaseId: number, name: string, zendeskUrl: string | null, createdAt: string } | null } }> } } | null };

export type KeboolaCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type KeboolaCreateOrganizationMutation = { createOrganization: { organization: { databaseId: number, name: string, createdAt: string, allowAutoJoin: boolean, mfaRequired: boolean, crmId: string | null, maintainer: { databaseId: number, name: string, zendeskUrl: string | null, createdAt: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaOrganizationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type KeboolaOrganizationsQuery = { organizations: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { databaseId: number, name: string, createdAt: string, allowAutoJoin: boolean, mfaRequired: boolean, crmId: string | null, maintainer: { databaseId: number, name: string, zendeskUrl: string | null, createdAt: string } | null } }> } };

export type KeboolaOrganizationWithProjectsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type KeboolaOrganizationWithProjectsQuery = { organization: { databaseId: number, name: string, createdAt: string, allowAutoJoin: boolean, mfaRequired: boolean, crmId: string | null, projects: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { databaseId: number, name: string, description: string | null, createdAt: string, expiresAt: string | null, deleteAt: string | null, deletedAt: string | null, purgedAt: string | null, defaultBackend: string, dataRetentionTimeInDays: number | null, features: Array<string>, isDisabled: boolean, disabledReason: string | null, disabledUntil: string | null, template: { id: string, hasTryModeOn: boolean, billedMonthlyPrice: number | null }, limits: Array<{ name: string, value: number }> | null, metrics: Array<{ name: string, value: number }> | null, organization: { databaseId: number, name: string, createdAt: string, allowAutoJoin: boolean, mfaRequired: boolean, crmId: string | null, maintainer: { databaseId: number, name: string, zendeskUrl: string | null, createdAt: string } | null } } }> }, maintainer: { databaseId: number, name: string, zendeskUrl: string | null, createdAt: string } | null } | null };

export type KeboolaUpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type KeboolaUpdateOrganizationMutation = { updateOrganization: { organization: { databaseId: number, name: string, createdAt: string, allowAutoJoin: boolean, mfaRequired: boolean, crmId: string | null, maintainer: { databaseId: number, name: string, zendeskUrl: string | null, createdAt: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaOrganizationUsersQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type KeboolaOrganizationUsersQuery = { organization: { members: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { createdAt: string, user: { databaseId: number, name: string, email: string | null, features: Array<string> } } }> } | null } | null };

export type KeboolaAddOrganizationUserMutationVariables = Exact<{
  input: AddOrganizationMemberInput;
}>;


export type KeboolaAddOrganizationUserMutation = { addOrganizationMember: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaDeleteOrganizationMutationVariables = Exact<{
  input: DeleteOrganizationInput;
}>;


export type KeboolaDeleteOrganizationMutation = { deleteOrganization: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaRemoveOrganizationUserMutationVariables = Exact<{
  input: RemoveOrganizationMemberInput;
}>;


export type KeboolaRemoveOrganizationUserMutation = { removeOrganizationMember: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaOrganizationProjectUsersQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type KeboolaOrganizationProjectUsersQuery = { organization: { projectUsers: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { databaseId: number, name: string, email: string | null, features: Array<string> } }> } | null } | null };

export type KeboolaFeatureFragment = { databaseId: number, name: string, type: FeatureType, title: string, description: string, canBeManagedByAdmin: boolean, canBeManagedViaApi: boolean, createdAt: string };

export type KeboolaProjectTemplateFragment = { id: string, name: string, description: string, expirationDays: number | null, billedMonthlyPrice: number | null, hasTryModeOn: boolean, defaultBackend: string };

export type KeboolaMetadataFragment = { databaseId: number, provider: MetadataProvider, key: string, value: string, updatedAt: string };

export type KeboolaFeaturesQueryVariables = Exact<{
  type?: FeatureType | null | undefined;
  after?: string | null | undefined;
}>;


export type KeboolaFeaturesQuery = { features: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { databaseId: number, name: string, type: FeatureType, title: string, description: string, canBeManagedByAdmin: boolean, canBeManagedViaApi: boolean, createdAt: string } }> } };

export type KeboolaFeatureQueryVariables = Exact<{
  id: string | number;
}>;


export type KeboolaFeatureQuery = { feature: { databaseId: number, name: string, type: FeatureType, title: string, description: string, canBeManagedByAdmin: boolean, canBeManagedViaApi: boolean, createdAt: string } | null };

export type KeboolaFeatureProjectsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type KeboolaFeatureProjectsQuery = { feature: { projects: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { databaseId: number, name: string } }> } | null } | null };

export type KeboolaFeatureAdminsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type KeboolaFeatureAdminsQuery = { feature: { users: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { databaseId: number, name: string, email: string | null } }> } | null } | null };

export type KeboolaCreateFeatureMutationVariables = Exact<{
  input: CreateFeatureInput;
}>;


export type KeboolaCreateFeatureMutation = { createFeature: { feature: { databaseId: number, name: string, type: FeatureType, title: string, description: string, canBeManagedByAdmin: boolean, canBeManagedViaApi: boolean, createdAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaUpdateFeatureMutationVariables = Exact<{
  input: UpdateFeatureInput;
}>;


export type KeboolaUpdateFeatureMutation = { updateFeature: { feature: { databaseId: number, name: string, type: FeatureType, title: string, description: string, canBeManagedByAdmin: boolean, canBeManagedViaApi: boolean, createdAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaDeleteFeatureMutationVariables = Exact<{
  input: DeleteFeatureInput;
}>;


export type KeboolaDeleteFeatureMutation = { deleteFeature: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaEnableProjectFeatureMutationVariables = Exact<{
  input: EnableProjectFeatureInput;
}>;


export type KeboolaEnableProjectFeatureMutation = { enableProjectFeature: { project: { databaseId: number, name: string, description: string | null, createdAt: string, expiresAt: string | null, deleteAt: string | null, deletedAt: string | null, purgedAt: string | null, defaultBackend: string, dataRetentionTimeInDays: number | null, features: Array<string>, isDisabled: boolean, disabledReason: string | null, disabledUntil: string | null, template: { id: string, hasTryModeOn: boolean, billedMonthlyPrice: number | null }, limits: Array<{ name: string, value: number }> | null, metrics: Array<{ name: string, value: number }> | null, organization: { databaseId: number, name: string, createdAt: string, allowAutoJoin: boolean, mfaRequired: boolean, crmId: string | null, maintainer: { databaseId: number, name: string, zendeskUrl: string | null, createdAt: string } | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaDisableProjectFeatureMutationVariables = Exact<{
  input: DisableProjectFeatureInput;
}>;


export type KeboolaDisableProjectFeatureMutation = { disableProjectFeature: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaEnableUserFeatureMutationVariables = Exact<{
  input: EnableUserFeatureInput;
}>;


export type KeboolaEnableUserFeatureMutation = { enableUserFeature: { user: { databaseId: number, name: string, email: string | null, features: Array<string> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaDisableUserFeatureMutationVariables = Exact<{
  input: DisableUserFeatureInput;
}>;


export type KeboolaDisableUserFeatureMutation = { disableUserFeature: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaProjectTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type KeboolaProjectTemplatesQuery = { projectTemplates: Array<{ id: string, name: string, description: string, expirationDays: number | null, billedMonthlyPrice: number | null, hasTryModeOn: boolean, defaultBackend: string }> };

export type KeboolaProjectTemplateQueryVariables = Exact<{
  id: string | number;
}>;


export type KeboolaProjectTemplateQuery = { projectTemplate: { id: string, name: string, description: string, expirationDays: number | null, billedMonthlyPrice: number | null, hasTryModeOn: boolean, defaultBackend: string } | null };

export type KeboolaProjectTemplateFeaturesQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type KeboolaProjectTemplateFeaturesQuery = { projectTemplate: { features: Array<string> } | null, features: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { databaseId: number, name: string, type: FeatureType, title: string, description: string, canBeManagedByAdmin: boolean, canBeManagedViaApi: boolean, createdAt: string } }> } };

export type KeboolaAddTemplateFeatureMutationVariables = Exact<{
  input: AddTemplateFeatureInput;
}>;


export type KeboolaAddTemplateFeatureMutation = { addTemplateFeature: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaRemoveTemplateFeatureMutationVariables = Exact<{
  input: RemoveTemplateFeatureInput;
}>;


export type KeboolaRemoveTemplateFeatureMutation = { removeTemplateFeature: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaSetProjectLimitsMutationVariables = Exact<{
  input: SetProjectLimitsInput;
}>;


export type KeboolaSetProjectLimitsMutation = { setProjectLimits: { project: { databaseId: number, name: string, description: string | null, createdAt: string, expiresAt: string | null, deleteAt: string | null, deletedAt: string | null, purgedAt: string | null, defaultBackend: string, dataRetentionTimeInDays: number | null, features: Array<string>, isDisabled: boolean, disabledReason: string | null, disabledUntil: string | null, template: { id: string, hasTryModeOn: boolean, billedMonthlyPrice: number | null }, limits: Array<{ name: string, value: number }> | null, metrics: Array<{ name: string, value: number }> | null, organization: { databaseId: number, name: string, createdAt: string, allowAutoJoin: boolean, mfaRequired: boolean, crmId: string | null, maintainer: { databaseId: number, name: string, zendeskUrl: string | null, createdAt: string } | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaRemoveProjectLimitMutationVariables = Exact<{
  input: RemoveProjectLimitInput;
}>;


export type KeboolaRemoveProjectLimitMutation = { removeProjectLimit: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaSetProjectDisabledMutationVariables = Exact<{
  input: SetProjectDisabledInput;
}>;


export type KeboolaSetProjectDisabledMutation = { setProjectDisabled: { project: { databaseId: number, name: string, description: string | null, createdAt: string, expiresAt: string | null, deleteAt: string | null, deletedAt: string | null, purgedAt: string | null, defaultBackend: string, dataRetentionTimeInDays: number | null, features: Array<string>, isDisabled: boolean, disabledReason: string | null, disabledUntil: string | null, template: { id: string, hasTryModeOn: boolean, billedMonthlyPrice: number | null }, limits: Array<{ name: string, value: number }> | null, metrics: Array<{ name: string, value: number }> | null, organization: { databaseId: number, name: string, createdAt: string, allowAutoJoin: boolean, mfaRequired: boolean, crmId: string | null, maintainer: { databaseId: number, name: string, zendeskUrl: string | null, createdAt: string } | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaDeletedProjectsQueryVariables = Exact<{
  organizationId?: string | number | null | undefined;
  name?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type KeboolaDeletedProjectsQuery = { deletedProjects: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { databaseId: number, name: string, description: string | null, createdAt: string, expiresAt: string | null, deleteAt: string | null, deletedAt: string | null, purgedAt: string | null, defaultBackend: string, dataRetentionTimeInDays: number | null, features: Array<string>, isDisabled: boolean, disabledReason: string | null, disabledUntil: string | null, template: { id: string, hasTryModeOn: boolean, billedMonthlyPrice: number | null }, limits: Array<{ name: string, value: number }> | null, metrics: Array<{ name: string, value: number }> | null, organization: { databaseId: number, name: string, createdAt: string, allowAutoJoin: boolean, mfaRequired: boolean, crmId: string | null, maintainer: { databaseId: number, name: string, zendeskUrl: string | null, createdAt: string } | null } } }> } };

export type KeboolaDeletedProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type KeboolaDeletedProjectQuery = { deletedProject: { databaseId: number, name: string, description: string | null, createdAt: string, expiresAt: string | null, deleteAt: string | null, deletedAt: string | null, purgedAt: string | null, defaultBackend: string, dataRetentionTimeInDays: number | null, features: Array<string>, isDisabled: boolean, disabledReason: string | null, disabledUntil: string | null, template: { id: string, hasTryModeOn: boolean, billedMonthlyPrice: number | null }, limits: Array<{ name: string, value: number }> | null, metrics: Array<{ name: string, value: number }> | null, organization: { databaseId: number, name: string, createdAt: string, allowAutoJoin: boolean, mfaRequired: boolean, crmId: string | null, maintainer: { databaseId: number, name: string, zendeskUrl: string | null, createdAt: string } | null } } | null };

export type KeboolaUndeleteProjectMutationVariables = Exact<{
  input: UndeleteProjectInput;
}>;


export type KeboolaUndeleteProjectMutation = { undeleteProject: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaPurgeProjectMutationVariables = Exact<{
  input: PurgeProjectInput;
}>;


export type KeboolaPurgeProjectMutation = { purgeProject: { job: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaCreateStorageTokenMutationVariables = Exact<{
  input: CreateStorageTokenInput;
}>;


export type KeboolaCreateStorageTokenMutation = { createStorageToken: { token: string | null, storageToken: { databaseId: number, description: string, createdAt: string, expiresAt: string | null, isExpired: boolean, isDisabled: boolean, isMasterToken: boolean, canManageBuckets: boolean, canManageTokens: boolean, canReadAllFileUploads: boolean, canPurgeTrash: boolean, canReadAllProjectEvents: boolean, bucketPermissions: unknown, componentAccess: Array<string> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaMaintainerMetadataQueryVariables = Exact<{
  id: string | number;
}>;


export type KeboolaMaintainerMetadataQuery = { maintainer: { metadata: Array<{ databaseId: number, provider: MetadataProvider, key: string, value: string, updatedAt: string }> } | null };

export type KeboolaOrganizationMetadataQueryVariables = Exact<{
  id: string | number;
}>;


export type KeboolaOrganizationMetadataQuery = { organization: { metadata: Array<{ databaseId: number, provider: MetadataProvider, key: string, value: string, updatedAt: string }> } | null };

export type KeboolaProjectMetadataQueryVariables = Exact<{
  id: string | number;
}>;


export type KeboolaProjectMetadataQuery = { project: { deleteAt: string | null, metadata: Array<{ databaseId: number, provider: MetadataProvider, key: string, value: string, updatedAt: string }> } | null };

export type KeboolaUserMetadataQueryVariables = Exact<{
  id: string | number;
}>;


export type KeboolaUserMetadataQuery = { user: { metadata: Array<{ databaseId: number, provider: MetadataProvider, key: string, value: string, updatedAt: string }> | null } };

export type KeboolaSetMetadataMutationVariables = Exact<{
  input: SetMetadataInput;
}>;


export type KeboolaSetMetadataMutation = { setMetadata: { metadata: Array<{ databaseId: number, provider: MetadataProvider, key: string, value: string, updatedAt: string }> | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaDeleteMetadataMutationVariables = Exact<{
  input: DeleteMetadataInput;
}>;


export type KeboolaDeleteMetadataMutation = { deleteMetadata: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type KeboolaProjectQuery = { project: { databaseId: number, name: string, description: string | null, createdAt: string, expiresAt: string | null, deleteAt: string | null, deletedAt: string | null, purgedAt: string | null, defaultBackend: string, dataRetentionTimeInDays: number | null, features: Array<string>, isDisabled: boolean, disabledReason: string | null, disabledUntil: string | null, template: { id: string, hasTryModeOn: boolean, billedMonthlyPrice: number | null }, limits: Array<{ name: string, value: number }> | null, metrics: Array<{ name: string, value: number }> | null, organization: { databaseId: number, name: string, createdAt: string, allowAutoJoin: boolean, mfaRequired: boolean, crmId: string | null, maintainer: { databaseId: number, name: string, zendeskUrl: string | null, createdAt: string } | null } } | null };

export type KeboolaCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type KeboolaCreateProjectMutation = { createProject: { project: { databaseId: number, name: string, description: string | null, createdAt: string, expiresAt: string | null, deleteAt: string | null, deletedAt: string | null, purgedAt: string | null, defaultBackend: string, dataRetentionTimeInDays: number | null, features: Array<string>, isDisabled: boolean, disabledReason: string | null, disabledUntil: string | null, template: { id: string, hasTryModeOn: boolean, billedMonthlyPrice: number | null }, limits: Array<{ name: string, value: number }> | null, metrics: Array<{ name: string, value: number }> | null, organization: { databaseId: number, name: string, createdAt: string, allowAutoJoin: boolean, mfaRequired: boolean, crmId: string | null, maintainer: { databaseId: number, name: string, zendeskUrl: string | null, createdAt: string } | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaUpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type KeboolaUpdateProjectMutation = { updateProject: { project: { databaseId: number, name: string, description: string | null, createdAt: string, expiresAt: string | null, deleteAt: string | null, deletedAt: string | null, purgedAt: string | null, defaultBackend: string, dataRetentionTimeInDays: number | null, features: Array<string>, isDisabled: boolean, disabledReason: string | null, disabledUntil: string | null, template: { id: string, hasTryModeOn: boolean, billedMonthlyPrice: number | null }, limits: Array<{ name: string, value: number }> | null, metrics: Array<{ name: string, value: number }> | null, organization: { databaseId: number, name: string, createdAt: string, allowAutoJoin: boolean, mfaRequired: boolean, crmId: string | null, maintainer: { databaseId: number, name: string, zendeskUrl: string | null, createdAt: string } | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaDeleteProjectMutationVariables = Exact<{
  input: DeleteProjectInput;
}>;


export type KeboolaDeleteProjectMutation = { deleteProject: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaMembershipFragment = { role: ProjectRole, canShare: boolean, createdAt: string, expiresAt: string | null, reason: string | null, user: { databaseId: number, name: string, email: string | null, features: Array<string> }, addedBy: { databaseId: number, name: string, email: string | null, features: Array<string> } | null };

export type KeboolaProjectUsersQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type KeboolaProjectUsersQuery = { project: { deleteAt: string | null, members: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { role: ProjectRole, canShare: boolean, createdAt: string, expiresAt: string | null, reason: string | null, user: { databaseId: number, name: string, email: string | null, features: Array<string> }, addedBy: { databaseId: number, name: string, email: string | null, features: Array<string> } | null } }> } | null } | null };

export type KeboolaAddProjectUserMutationVariables = Exact<{
  input: AddProjectMemberInput;
}>;


export type KeboolaAddProjectUserMutation = { addProjectMember: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaUpdateProjectUserMutationVariables = Exact<{
  input: UpdateProjectMemberInput;
}>;


export type KeboolaUpdateProjectUserMutation = { updateProjectMember: { member: { role: ProjectRole, canShare: boolean, createdAt: string, expiresAt: string | null, reason: string | null, user: { databaseId: number, name: string, email: string | null, features: Array<string> }, addedBy: { databaseId: number, name: string, email: string | null, features: Array<string> } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaRemoveProjectUserMutationVariables = Exact<{
  input: RemoveProjectMemberInput;
}>;


export type KeboolaRemoveProjectUserMutation = { removeProjectMember: { userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type KeboolaTransferProjectMutationVariables = Exact<{
  input: TransferProjectInput;
}>;


export type KeboolaTransferProjectMutation = { transferProject: { project: { databaseId: number, name: string, description: string | null, createdAt: string, expiresAt: string | null, deleteAt: string | null, deletedAt: string | null, purgedAt: string | null, defaultBackend: string, dataRetentionTimeInDays: number | null, features: Array<string>, isDisabled: boolean, disabledReason: string | null, disabledUntil: string | null, template: { id: string, hasTryModeOn: boolean, billedMonthlyPrice: number | null }, limits: Array<{ name: string, value: number }> | null, metrics: Array<{ name: string, value: number }> | null, organization: { databaseId: number, name: string, createdAt: string, allowAutoJoin: boolean, mfaRequired: boolean, crmId: string | null, maintainer: { databaseId: number, name: string, zendeskUrl: string | null, createdAt: string } | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type NextPageFragment = { hasNextPage: boolean, endCursor: string | null };

export type UserErrorFieldsFragment = { code: UserErrorCode, field: Array<string>, message: string };

export type KeboolaUserFragment = { databaseId: number, name: string, email: string | null, features: Array<string> };

export type KeboolaMaintainerFragment = { databaseId: number, name: string, zendeskUrl: string | null, createdAt: string };

export type KeboolaOrganizationFragment = { databaseId: number, name: string, createdAt: string, allowAutoJoin: boolean, mfaRequired: boolean, crmId: string | null, maintainer: { databaseId: number, name: string, zendeskUrl: string | null, createdAt: string } | null };

export type KeboolaProjectFragment = { databaseId: number, name: string, description: string | null, createdAt: string, expiresAt: string | null, deleteAt: string | null, deletedAt: string | null, purgedAt: string | null, defaultBackend: string, dataRetentionTimeInDays: number | null, features: Array<string>, isDisabled: boolean, disabledReason: string | null, disabledUntil: string | null, template: { id: string, hasTryModeOn: boolean, billedMonthlyPrice: number | null }, limits: Array<{ name: string, value: number }> | null, metrics: Array<{ name: string, value: number }> | null, organization: { databaseId: number, name: string, createdAt: string, allowAutoJoin: boolean, mfaRequired: boolean, crmId: string | null, maintainer: { databaseId: number, name: string, zendeskUrl: string | null, createdAt: string } | null } };

export type KeboolaVerifyTokenQueryVariables = Exact<{ [key: string]: never; }>;


export type KeboolaVerifyTokenQuery = { viewer: { credential: { id: string, type: CredentialType, description: string, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, isExpired: boolean, isDisabled: boolean, scopes: Array<string>, user: { databaseId: number, name: string, email: string | null, features: Array<string> } | null } | null } };

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
export const KeboolaPersonFragmentDoc = new TypedDocumentString(`
    fragment KeboolaPerson on User {
  databaseId
  name
  email
}
    `, {"fragmentName":"KeboolaPerson"}) as unknown as TypedDocumentString<KeboolaPersonFragment, unknown>;
export const KeboolaInvitationFragmentDoc = new TypedDocumentString(`
    fragment KeboolaInvitation on Invitation {
  databaseId
  createdAt
  expiresAt
  reason
  role
  canShare
  user {
    ...KeboolaPerson
  }
  invitedBy {
    ...KeboolaPerson
  }
}
    fragment KeboolaPerson on User {
  databaseId
  name
  email
}`, {"fragmentName":"KeboolaInvitation"}) as unknown as TypedDocumentString<KeboolaInvitationFragment, unknown>;
export const KeboolaMyInvitationFragmentDoc = new TypedDocumentString(`
    fragment KeboolaMyInvitation on Invitation {
  databaseId
  createdAt
  expiresAt
  reason
  role
  canShare
  invitedBy {
    ...KeboolaPerson
  }
  project {
    databaseId
    name
  }
  organization {
    databaseId
    name
  }
  maintainer {
    databaseId
    name
  }
}
    fragment KeboolaPerson on User {
  databaseId
  name
  email
}`, {"fragmentName":"KeboolaMyInvitation"}) as unknown as TypedDocumentString<KeboolaMyInvitationFragment, unknown>;
export const KeboolaJoinRequestFragmentDoc = new TypedDocumentString(`
    fragment KeboolaJoinRequest on JoinRequest {
  databaseId
  createdAt
  expiresAt
  reason
  user {
    ...KeboolaPerson
  }
}
    fragment KeboolaPerson on User {
  databaseId
  name
  email
}`, {"fragmentName":"KeboolaJoinRequest"}) as unknown as TypedDocumentString<KeboolaJoinRequestFragment, unknown>;
export const KeboolaMyJoinRequestFragmentDoc = new TypedDocumentString(`
    fragment KeboolaMyJoinRequest on JoinRequest {
  databaseId
  createdAt
  expiresAt
  reason
  project {
    databaseId
    name
  }
}
    `, {"fragmentName":"KeboolaMyJoinRequest"}) as unknown as TypedDocumentString<KeboolaMyJoinRequestFragment, unknown>;
export const KeboolaFeatureFragmentDoc = new TypedDocumentString(`
    fragment KeboolaFeature on Feature {
  databaseId
  name
  type
  title
  description
  canBeManagedByAdmin
  canBeManagedViaApi
  createdAt
}
    `, {"fragmentName":"KeboolaFeature"}) as unknown as TypedDocumentString<KeboolaFeatureFragment, unknown>;
export const KeboolaProjectTemplateFragmentDoc = new TypedDocumentString(`
    fragment KeboolaProjectTemplate on ProjectTemplate {
  id
  name
  description
  expirationDays
  billedMonthlyPrice
  hasTryModeOn
  defaultBackend
}
    `, {"fragmentName":"KeboolaProjectTemplate"}) as unknown as TypedDocumentString<KeboolaProjectTemplateFragment, unknown>;
export const KeboolaMetadataFragmentDoc = new TypedDocumentString(`
    fragment KeboolaMetadata on Metadata {
  databaseId
  provider
  key
  value
  updatedAt
}
    `, {"fragmentName":"KeboolaMetadata"}) as unknown as TypedDocumentString<KeboolaMetadataFragment, unknown>;
export const KeboolaUserFragmentDoc = new TypedDocumentString(`
    fragment KeboolaUser on User {
  databaseId
  name
  email
  features
}
    `, {"fragmentName":"KeboolaUser"}) as unknown as TypedDocumentString<KeboolaUserFragment, unknown>;
export const KeboolaMembershipFragmentDoc = new TypedDocumentString(`
    fragment KeboolaMembership on ProjectMember {
  role
  canShare
  createdAt
  expiresAt
  reason
  user {
    ...KeboolaUser
  }
  addedBy {
    ...KeboolaUser
  }
}
    fragment KeboolaUser on User {
  databaseId
  name
  email
  features
}`, {"fragmentName":"KeboolaMembership"}) as unknown as TypedDocumentString<KeboolaMembershipFragment, unknown>;
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
export const KeboolaMaintainerFragmentDoc = new TypedDocumentString(`
    fragment KeboolaMaintainer on Maintainer {
  databaseId
  name
  zendeskUrl
  createdAt
}
    `, {"fragmentName":"KeboolaMaintainer"}) as unknown as TypedDocumentString<KeboolaMaintainerFragment, unknown>;
export const KeboolaOrganizationFragmentDoc = new TypedDocumentString(`
    fragment KeboolaOrganization on Organization {
  databaseId
  name
  createdAt
  allowAutoJoin
  mfaRequired
  crmId
  maintainer {
    ...KeboolaMaintainer
  }
}
    fragment KeboolaMaintainer on Maintainer {
  databaseId
  name
  zendeskUrl
  createdAt
}`, {"fragmentName":"KeboolaOrganization"}) as unknown as TypedDocumentString<KeboolaOrganizationFragment, unknown>;
export const KeboolaProjectFragmentDoc = new TypedDocumentString(`
    fragment KeboolaProject on Project {
  databaseId
  name
  description
  createdAt
  expiresAt
  deleteAt
  deletedAt
  purgedAt
  defaultBackend
  dataRetentionTimeInDays
  features
  isDisabled
  disabledReason
  disabledUntil
  template {
    id
    hasTryModeOn
    billedMonthlyPrice
  }
  limits {
    name
    value
  }
  metrics {
    name
    value
  }
  organization {
    ...KeboolaOrganization
  }
}
    fragment KeboolaMaintainer on Maintainer {
  databaseId
  name
  zendeskUrl
  createdAt
}
fragment KeboolaOrganization on Organization {
  databaseId
  name
  createdAt
  allowAutoJoin
  mfaRequired
  crmId
  maintainer {
    ...KeboolaMaintainer
  }
}`, {"fragmentName":"KeboolaProject"}) as unknown as TypedDocumentString<KeboolaProjectFragment, unknown>;
export const KeboolaProjectInvitationsDocument = new TypedDocumentString(`
    query KeboolaProjectInvitations($id: ID!, $after: String) {
  project(id: $id) {
    deleteAt
    invitations(first: 100, after: $after) {
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...KeboolaInvitation
        }
      }
    }
  }
}
    fragment KeboolaPerson on User {
  databaseId
  name
  email
}
fragment KeboolaInvitation on Invitation {
  databaseId
  createdAt
  expiresAt
  reason
  role
  canShare
  user {
    ...KeboolaPerson
  }
  invitedBy {
    ...KeboolaPerson
  }
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<KeboolaProjectInvitationsQuery, KeboolaProjectInvitationsQueryVariables>;
export const KeboolaOrganizationInvitationsDocument = new TypedDocumentString(`
    query KeboolaOrganizationInvitations($id: ID!, $after: String) {
  organization(id: $id) {
    invitations(first: 100, after: $after) {
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...KeboolaInvitation
        }
      }
    }
  }
}
    fragment KeboolaPerson on User {
  databaseId
  name
  email
}
fragment KeboolaInvitation on Invitation {
  databaseId
  createdAt
  expiresAt
  reason
  role
  canShare
  user {
    ...KeboolaPerson
  }
  invitedBy {
    ...KeboolaPerson
  }
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<KeboolaOrganizationInvitationsQuery, KeboolaOrganizationInvitationsQueryVariables>;
export const KeboolaMaintainerInvitationsDocument = new TypedDocumentString(`
    query KeboolaMaintainerInvitations($id: ID!, $after: String) {
  maintainer(id: $id) {
    invitations(first: 100, after: $after) {
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...KeboolaInvitation
        }
      }
    }
  }
}
    fragment KeboolaPerson on User {
  databaseId
  name
  email
}
fragment KeboolaInvitation on Invitation {
  databaseId
  createdAt
  expiresAt
  reason
  role
  canShare
  user {
    ...KeboolaPerson
  }
  invitedBy {
    ...KeboolaPerson
  }
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<KeboolaMaintainerInvitationsQuery, KeboolaMaintainerInvitationsQueryVariables>;
export const KeboolaMyInvitationsDocument = new TypedDocumentString(`
    query KeboolaMyInvitations($kind: InvitationKind!, $after: String) {
  viewer {
    invitations(kind: $kind, first: 100, after: $after) {
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...KeboolaMyInvitation
        }
      }
    }
  }
}
    fragment KeboolaPerson on User {
  databaseId
  name
  email
}
fragment KeboolaMyInvitation on Invitation {
  databaseId
  createdAt
  expiresAt
  reason
  role
  canShare
  invitedBy {
    ...KeboolaPerson
  }
  project {
    databaseId
    name
  }
  organization {
    databaseId
    name
  }
  maintainer {
    databaseId
    name
  }
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<KeboolaMyInvitationsQuery, KeboolaMyInvitationsQueryVariables>;
export const KeboolaInviteToProjectDocument = new TypedDocumentString(`
    mutation KeboolaInviteToProject($input: InviteToProjectInput!) {
  inviteToProject(input: $input) {
    invitation {
      ...KeboolaInvitation
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment KeboolaPerson on User {
  databaseId
  name
  email
}
fragment KeboolaInvitation on Invitation {
  databaseId
  createdAt
  expiresAt
  reason
  role
  canShare
  user {
    ...KeboolaPerson
  }
  invitedBy {
    ...KeboolaPerson
  }
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaInviteToProjectMutation, KeboolaInviteToProjectMutationVariables>;
export const KeboolaInviteToOrganizationDocument = new TypedDocumentString(`
    mutation KeboolaInviteToOrganization($input: InviteToOrganizationInput!) {
  inviteToOrganization(input: $input) {
    invitation {
      ...KeboolaInvitation
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment KeboolaPerson on User {
  databaseId
  name
  email
}
fragment KeboolaInvitation on Invitation {
  databaseId
  createdAt
  expiresAt
  reason
  role
  canShare
  user {
    ...KeboolaPerson
  }
  invitedBy {
    ...KeboolaPerson
  }
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaInviteToOrganizationMutation, KeboolaInviteToOrganizationMutationVariables>;
export const KeboolaInviteToMaintainerDocument = new TypedDocumentString(`
    mutation KeboolaInviteToMaintainer($input: InviteToMaintainerInput!) {
  inviteToMaintainer(input: $input) {
    invitation {
      ...KeboolaInvitation
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment KeboolaPerson on User {
  databaseId
  name
  email
}
fragment KeboolaInvitation on Invitation {
  databaseId
  createdAt
  expiresAt
  reason
  role
  canShare
  user {
    ...KeboolaPerson
  }
  invitedBy {
    ...KeboolaPerson
  }
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaInviteToMaintainerMutation, KeboolaInviteToMaintainerMutationVariables>;
export const KeboolaCancelInvitationDocument = new TypedDocumentString(`
    mutation KeboolaCancelInvitation($input: CancelInvitationInput!) {
  cancelInvitation(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaCancelInvitationMutation, KeboolaCancelInvitationMutationVariables>;
export const KeboolaAcceptInvitationDocument = new TypedDocumentString(`
    mutation KeboolaAcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaAcceptInvitationMutation, KeboolaAcceptInvitationMutationVariables>;
export const KeboolaDeclineInvitationDocument = new TypedDocumentString(`
    mutation KeboolaDeclineInvitation($input: DeclineInvitationInput!) {
  declineInvitation(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaDeclineInvitationMutation, KeboolaDeclineInvitationMutationVariables>;
export const KeboolaProjectJoinRequestsDocument = new TypedDocumentString(`
    query KeboolaProjectJoinRequests($id: ID!, $after: String) {
  project(id: $id) {
    deleteAt
    joinRequests(first: 100, after: $after) {
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...KeboolaJoinRequest
        }
      }
    }
  }
}
    fragment KeboolaPerson on User {
  databaseId
  name
  email
}
fragment KeboolaJoinRequest on JoinRequest {
  databaseId
  createdAt
  expiresAt
  reason
  user {
    ...KeboolaPerson
  }
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<KeboolaProjectJoinRequestsQuery, KeboolaProjectJoinRequestsQueryVariables>;
export const KeboolaMyJoinRequestsDocument = new TypedDocumentString(`
    query KeboolaMyJoinRequests($after: String) {
  viewer {
    joinRequests(first: 100, after: $after) {
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...KeboolaMyJoinRequest
        }
      }
    }
  }
}
    fragment KeboolaMyJoinRequest on JoinRequest {
  databaseId
  createdAt
  expiresAt
  reason
  project {
    databaseId
    name
  }
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<KeboolaMyJoinRequestsQuery, KeboolaMyJoinRequestsQueryVariables>;
export const KeboolaJoinProjectDocument = new TypedDocumentString(`
    mutation KeboolaJoinProject($input: JoinProjectInput!) {
  joinProject(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaJoinProjectMutation, KeboolaJoinProjectMutationVariables>;
export const KeboolaRequestProjectAccessDocument = new TypedDocumentString(`
    mutation KeboolaRequestProjectAccess($input: RequestProjectAccessInput!) {
  requestProjectAccess(input: $input) {
    joinRequest {
      ...KeboolaMyJoinRequest
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment KeboolaMyJoinRequest on JoinRequest {
  databaseId
  createdAt
  expiresAt
  reason
  project {
    databaseId
    name
  }
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaRequestProjectAccessMutation, KeboolaRequestProjectAccessMutationVariables>;
export const KeboolaApproveJoinRequestDocument = new TypedDocumentString(`
    mutation KeboolaApproveJoinRequest($input: ApproveJoinRequestInput!) {
  approveJoinRequest(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaApproveJoinRequestMutation, KeboolaApproveJoinRequestMutationVariables>;
export const KeboolaRejectJoinRequestDocument = new TypedDocumentString(`
    mutation KeboolaRejectJoinRequest($input: RejectJoinRequestInput!) {
  rejectJoinRequest(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaRejectJoinRequestMutation, KeboolaRejectJoinRequestMutationVariables>;
export const KeboolaCancelJoinRequestDocument = new TypedDocumentString(`
    mutation KeboolaCancelJoinRequest($input: CancelJoinRequestInput!) {
  cancelJoinRequest(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaCancelJoinRequestMutation, KeboolaCancelJoinRequestMutationVariables>;
export const KeboolaMaintainersDocument = new TypedDocumentString(`
    query KeboolaMaintainers($after: String) {
  maintainers(first: 100, after: $after) {
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        ...KeboolaMaintainer
      }
    }
  }
}
    fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}
fragment KeboolaMaintainer on Maintainer {
  databaseId
  name
  zendeskUrl
  createdAt
}`) as unknown as TypedDocumentString<KeboolaMaintainersQuery, KeboolaMaintainersQueryVariables>;
export const KeboolaMaintainerDocument = new TypedDocumentString(`
    query KeboolaMaintainer($id: ID!) {
  maintainer(id: $id) {
    ...KeboolaMaintainer
  }
}
    fragment KeboolaMaintainer on Maintainer {
  databaseId
  name
  zendeskUrl
  createdAt
}`) as unknown as TypedDocumentString<KeboolaMaintainerQuery, KeboolaMaintainerQueryVariables>;
export const KeboolaCreateMaintainerDocument = new TypedDocumentString(`
    mutation KeboolaCreateMaintainer($input: CreateMaintainerInput!) {
  createMaintainer(input: $input) {
    maintainer {
      ...KeboolaMaintainer
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
}
fragment KeboolaMaintainer on Maintainer {
  databaseId
  name
  zendeskUrl
  createdAt
}`) as unknown as TypedDocumentString<KeboolaCreateMaintainerMutation, KeboolaCreateMaintainerMutationVariables>;
export const KeboolaUpdateMaintainerDocument = new TypedDocumentString(`
    mutation KeboolaUpdateMaintainer($input: UpdateMaintainerInput!) {
  updateMaintainer(input: $input) {
    maintainer {
      ...KeboolaMaintainer
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
}
fragment KeboolaMaintainer on Maintainer {
  databaseId
  name
  zendeskUrl
  createdAt
}`) as unknown as TypedDocumentString<KeboolaUpdateMaintainerMutation, KeboolaUpdateMaintainerMutationVariables>;
export const KeboolaDeleteMaintainerDocument = new TypedDocumentString(`
    mutation KeboolaDeleteMaintainer($input: DeleteMaintainerInput!) {
  deleteMaintainer(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaDeleteMaintainerMutation, KeboolaDeleteMaintainerMutationVariables>;
export const KeboolaMaintainerUsersDocument = new TypedDocumentString(`
    query KeboolaMaintainerUsers($id: ID!, $after: String) {
  maintainer(id: $id) {
    members(first: 100, after: $after) {
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          createdAt
          user {
            ...KeboolaUser
          }
          addedBy {
            ...KeboolaUser
          }
        }
      }
    }
  }
}
    fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}
fragment KeboolaUser on User {
  databaseId
  name
  email
  features
}`) as unknown as TypedDocumentString<KeboolaMaintainerUsersQuery, KeboolaMaintainerUsersQueryVariables>;
export const KeboolaAddMaintainerUserDocument = new TypedDocumentString(`
    mutation KeboolaAddMaintainerUser($input: AddMaintainerMemberInput!) {
  addMaintainerMember(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaAddMaintainerUserMutation, KeboolaAddMaintainerUserMutationVariables>;
export const KeboolaRemoveMaintainerUserDocument = new TypedDocumentString(`
    mutation KeboolaRemoveMaintainerUser($input: RemoveMaintainerMemberInput!) {
  removeMaintainerMember(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaRemoveMaintainerUserMutation, KeboolaRemoveMaintainerUserMutationVariables>;
export const KeboolaMaintainerOrganizationsDocument = new TypedDocumentString(`
    query KeboolaMaintainerOrganizations($id: ID!, $after: String) {
  maintainer(id: $id) {
    organizations(first: 100, after: $after) {
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...KeboolaOrganization
        }
      }
    }
  }
}
    fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}
fragment KeboolaMaintainer on Maintainer {
  databaseId
  name
  zendeskUrl
  createdAt
}
fragment KeboolaOrganization on Organization {
  databaseId
  name
  createdAt
  allowAutoJoin
  mfaRequired
  crmId
  maintainer {
    ...KeboolaMaintainer
  }
}`) as unknown as TypedDocumentString<KeboolaMaintainerOrganizationsQuery, KeboolaMaintainerOrganizationsQueryVariables>;
export const KeboolaCreateOrganizationDocument = new TypedDocumentString(`
    mutation KeboolaCreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    organization {
      ...KeboolaOrganization
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
}
fragment KeboolaMaintainer on Maintainer {
  databaseId
  name
  zendeskUrl
  createdAt
}
fragment KeboolaOrganization on Organization {
  databaseId
  name
  createdAt
  allowAutoJoin
  mfaRequired
  crmId
  maintainer {
    ...KeboolaMaintainer
  }
}`) as unknown as TypedDocumentString<KeboolaCreateOrganizationMutation, KeboolaCreateOrganizationMutationVariables>;
export const KeboolaOrganizationsDocument = new TypedDocumentString(`
    query KeboolaOrganizations($after: String) {
  organizations(first: 100, after: $after) {
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        ...KeboolaOrganization
      }
    }
  }
}
    fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}
fragment KeboolaMaintainer on Maintainer {
  databaseId
  name
  zendeskUrl
  createdAt
}
fragment KeboolaOrganization on Organization {
  databaseId
  name
  createdAt
  allowAutoJoin
  mfaRequired
  crmId
  maintainer {
    ...KeboolaMaintainer
  }
}`) as unknown as TypedDocumentString<KeboolaOrganizationsQuery, KeboolaOrganizationsQueryVariables>;
export const KeboolaOrganizationWithProjectsDocument = new TypedDocumentString(`
    query KeboolaOrganizationWithProjects($id: ID!, $after: String) {
  organization(id: $id) {
    ...KeboolaOrganization
    projects(first: 100, after: $after) {
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...KeboolaProject
        }
      }
    }
  }
}
    fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}
fragment KeboolaMaintainer on Maintainer {
  databaseId
  name
  zendeskUrl
  createdAt
}
fragment KeboolaOrganization on Organization {
  databaseId
  name
  createdAt
  allowAutoJoin
  mfaRequired
  crmId
  maintainer {
    ...KeboolaMaintainer
  }
}
fragment KeboolaProject on Project {
  databaseId
  name
  description
  createdAt
  expiresAt
  deleteAt
  deletedAt
  purgedAt
  defaultBackend
  dataRetentionTimeInDays
  features
  isDisabled
  disabledReason
  disabledUntil
  template {
    id
    hasTryModeOn
    billedMonthlyPrice
  }
  limits {
    name
    value
  }
  metrics {
    name
    value
  }
  organization {
    ...KeboolaOrganization
  }
}`) as unknown as TypedDocumentString<KeboolaOrganizationWithProjectsQuery, KeboolaOrganizationWithProjectsQueryVariables>;
export const KeboolaUpdateOrganizationDocument = new TypedDocumentString(`
    mutation KeboolaUpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    organization {
      ...KeboolaOrganization
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
}
fragment KeboolaMaintainer on Maintainer {
  databaseId
  name
  zendeskUrl
  createdAt
}
fragment KeboolaOrganization on Organization {
  databaseId
  name
  createdAt
  allowAutoJoin
  mfaRequired
  crmId
  maintainer {
    ...KeboolaMaintainer
  }
}`) as unknown as TypedDocumentString<KeboolaUpdateOrganizationMutation, KeboolaUpdateOrganizationMutationVariables>;
export const KeboolaOrganizationUsersDocument = new TypedDocumentString(`
    query KeboolaOrganizationUsers($id: ID!, $after: String) {
  organization(id: $id) {
    members(first: 100, after: $after) {
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          createdAt
          user {
            ...KeboolaUser
          }
        }
      }
    }
  }
}
    fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}
fragment KeboolaUser on User {
  databaseId
  name
  email
  features
}`) as unknown as TypedDocumentString<KeboolaOrganizationUsersQuery, KeboolaOrganizationUsersQueryVariables>;
export const KeboolaAddOrganizationUserDocument = new TypedDocumentString(`
    mutation KeboolaAddOrganizationUser($input: AddOrganizationMemberInput!) {
  addOrganizationMember(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaAddOrganizationUserMutation, KeboolaAddOrganizationUserMutationVariables>;
export const KeboolaDeleteOrganizationDocument = new TypedDocumentString(`
    mutation KeboolaDeleteOrganization($input: DeleteOrganizationInput!) {
  deleteOrganization(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaDeleteOrganizationMutation, KeboolaDeleteOrganizationMutationVariables>;
export const KeboolaRemoveOrganizationUserDocument = new TypedDocumentString(`
    mutation KeboolaRemoveOrganizationUser($input: RemoveOrganizationMemberInput!) {
  removeOrganizationMember(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaRemoveOrganizationUserMutation, KeboolaRemoveOrganizationUserMutationVariables>;
export const KeboolaOrganizationProjectUsersDocument = new TypedDocumentString(`
    query KeboolaOrganizationProjectUsers($id: ID!, $after: String) {
  organization(id: $id) {
    projectUsers(first: 100, after: $after) {
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...KeboolaUser
        }
      }
    }
  }
}
    fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}
fragment KeboolaUser on User {
  databaseId
  name
  email
  features
}`) as unknown as TypedDocumentString<KeboolaOrganizationProjectUsersQuery, KeboolaOrganizationProjectUsersQueryVariables>;
export const KeboolaFeaturesDocument = new TypedDocumentString(`
    query KeboolaFeatures($type: FeatureType, $after: String) {
  features(first: 100, after: $after, type: $type) {
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        ...KeboolaFeature
      }
    }
  }
}
    fragment KeboolaFeature on Feature {
  databaseId
  name
  type
  title
  description
  canBeManagedByAdmin
  canBeManagedViaApi
  createdAt
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<KeboolaFeaturesQuery, KeboolaFeaturesQueryVariables>;
export const KeboolaFeatureDocument = new TypedDocumentString(`
    query KeboolaFeature($id: ID!) {
  feature(id: $id) {
    ...KeboolaFeature
  }
}
    fragment KeboolaFeature on Feature {
  databaseId
  name
  type
  title
  description
  canBeManagedByAdmin
  canBeManagedViaApi
  createdAt
}`) as unknown as TypedDocumentString<KeboolaFeatureQuery, KeboolaFeatureQueryVariables>;
export const KeboolaFeatureProjectsDocument = new TypedDocumentString(`
    query KeboolaFeatureProjects($id: ID!, $after: String) {
  feature(id: $id) {
    projects(first: 100, after: $after) {
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          databaseId
          name
        }
      }
    }
  }
}
    fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<KeboolaFeatureProjectsQuery, KeboolaFeatureProjectsQueryVariables>;
export const KeboolaFeatureAdminsDocument = new TypedDocumentString(`
    query KeboolaFeatureAdmins($id: ID!, $after: String) {
  feature(id: $id) {
    users(first: 100, after: $after) {
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          databaseId
          name
          email
        }
      }
    }
  }
}
    fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<KeboolaFeatureAdminsQuery, KeboolaFeatureAdminsQueryVariables>;
export const KeboolaCreateFeatureDocument = new TypedDocumentString(`
    mutation KeboolaCreateFeature($input: CreateFeatureInput!) {
  createFeature(input: $input) {
    feature {
      ...KeboolaFeature
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment KeboolaFeature on Feature {
  databaseId
  name
  type
  title
  description
  canBeManagedByAdmin
  canBeManagedViaApi
  createdAt
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaCreateFeatureMutation, KeboolaCreateFeatureMutationVariables>;
export const KeboolaUpdateFeatureDocument = new TypedDocumentString(`
    mutation KeboolaUpdateFeature($input: UpdateFeatureInput!) {
  updateFeature(input: $input) {
    feature {
      ...KeboolaFeature
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment KeboolaFeature on Feature {
  databaseId
  name
  type
  title
  description
  canBeManagedByAdmin
  canBeManagedViaApi
  createdAt
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaUpdateFeatureMutation, KeboolaUpdateFeatureMutationVariables>;
export const KeboolaDeleteFeatureDocument = new TypedDocumentString(`
    mutation KeboolaDeleteFeature($input: DeleteFeatureInput!) {
  deleteFeature(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaDeleteFeatureMutation, KeboolaDeleteFeatureMutationVariables>;
export const KeboolaEnableProjectFeatureDocument = new TypedDocumentString(`
    mutation KeboolaEnableProjectFeature($input: EnableProjectFeatureInput!) {
  enableProjectFeature(input: $input) {
    project {
      ...KeboolaProject
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
}
fragment KeboolaMaintainer on Maintainer {
  databaseId
  name
  zendeskUrl
  createdAt
}
fragment KeboolaOrganization on Organization {
  databaseId
  name
  createdAt
  allowAutoJoin
  mfaRequired
  crmId
  maintainer {
    ...KeboolaMaintainer
  }
}
fragment KeboolaProject on Project {
  databaseId
  name
  description
  createdAt
  expiresAt
  deleteAt
  deletedAt
  purgedAt
  defaultBackend
  dataRetentionTimeInDays
  features
  isDisabled
  disabledReason
  disabledUntil
  template {
    id
    hasTryModeOn
    billedMonthlyPrice
  }
  limits {
    name
    value
  }
  metrics {
    name
    value
  }
  organization {
    ...KeboolaOrganization
  }
}`) as unknown as TypedDocumentString<KeboolaEnableProjectFeatureMutation, KeboolaEnableProjectFeatureMutationVariables>;
export const KeboolaDisableProjectFeatureDocument = new TypedDocumentString(`
    mutation KeboolaDisableProjectFeature($input: DisableProjectFeatureInput!) {
  disableProjectFeature(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaDisableProjectFeatureMutation, KeboolaDisableProjectFeatureMutationVariables>;
export const KeboolaEnableUserFeatureDocument = new TypedDocumentString(`
    mutation KeboolaEnableUserFeature($input: EnableUserFeatureInput!) {
  enableUserFeature(input: $input) {
    user {
      ...KeboolaUser
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
}
fragment KeboolaUser on User {
  databaseId
  name
  email
  features
}`) as unknown as TypedDocumentString<KeboolaEnableUserFeatureMutation, KeboolaEnableUserFeatureMutationVariables>;
export const KeboolaDisableUserFeatureDocument = new TypedDocumentString(`
    mutation KeboolaDisableUserFeature($input: DisableUserFeatureInput!) {
  disableUserFeature(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaDisableUserFeatureMutation, KeboolaDisableUserFeatureMutationVariables>;
export const KeboolaProjectTemplatesDocument = new TypedDocumentString(`
    query KeboolaProjectTemplates {
  projectTemplates {
    ...KeboolaProjectTemplate
  }
}
    fragment KeboolaProjectTemplate on ProjectTemplate {
  id
  name
  description
  expirationDays
  billedMonthlyPrice
  hasTryModeOn
  defaultBackend
}`) as unknown as TypedDocumentString<KeboolaProjectTemplatesQuery, KeboolaProjectTemplatesQueryVariables>;
export const KeboolaProjectTemplateDocument = new TypedDocumentString(`
    query KeboolaProjectTemplate($id: ID!) {
  projectTemplate(id: $id) {
    ...KeboolaProjectTemplate
  }
}
    fragment KeboolaProjectTemplate on ProjectTemplate {
  id
  name
  description
  expirationDays
  billedMonthlyPrice
  hasTryModeOn
  defaultBackend
}`) as unknown as TypedDocumentString<KeboolaProjectTemplateQuery, KeboolaProjectTemplateQueryVariables>;
export const KeboolaProjectTemplateFeaturesDocument = new TypedDocumentString(`
    query KeboolaProjectTemplateFeatures($id: ID!, $after: String) {
  projectTemplate(id: $id) {
    features
  }
  features(first: 100, after: $after, type: PROJECT) {
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        ...KeboolaFeature
      }
    }
  }
}
    fragment KeboolaFeature on Feature {
  databaseId
  name
  type
  title
  description
  canBeManagedByAdmin
  canBeManagedViaApi
  createdAt
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<KeboolaProjectTemplateFeaturesQuery, KeboolaProjectTemplateFeaturesQueryVariables>;
export const KeboolaAddTemplateFeatureDocument = new TypedDocumentString(`
    mutation KeboolaAddTemplateFeature($input: AddTemplateFeatureInput!) {
  addTemplateFeature(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaAddTemplateFeatureMutation, KeboolaAddTemplateFeatureMutationVariables>;
export const KeboolaRemoveTemplateFeatureDocument = new TypedDocumentString(`
    mutation KeboolaRemoveTemplateFeature($input: RemoveTemplateFeatureInput!) {
  removeTemplateFeature(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaRemoveTemplateFeatureMutation, KeboolaRemoveTemplateFeatureMutationVariables>;
export const KeboolaSetProjectLimitsDocument = new TypedDocumentString(`
    mutation KeboolaSetProjectLimits($input: SetProjectLimitsInput!) {
  setProjectLimits(input: $input) {
    project {
      ...KeboolaProject
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
}
fragment KeboolaMaintainer on Maintainer {
  databaseId
  name
  zendeskUrl
  createdAt
}
fragment KeboolaOrganization on Organization {
  databaseId
  name
  createdAt
  allowAutoJoin
  mfaRequired
  crmId
  maintainer {
    ...KeboolaMaintainer
  }
}
fragment KeboolaProject on Project {
  databaseId
  name
  description
  createdAt
  expiresAt
  deleteAt
  deletedAt
  purgedAt
  defaultBackend
  dataRetentionTimeInDays
  features
  isDisabled
  disabledReason
  disabledUntil
  template {
    id
    hasTryModeOn
    billedMonthlyPrice
  }
  limits {
    name
    value
  }
  metrics {
    name
    value
  }
  organization {
    ...KeboolaOrganization
  }
}`) as unknown as TypedDocumentString<KeboolaSetProjectLimitsMutation, KeboolaSetProjectLimitsMutationVariables>;
export const KeboolaRemoveProjectLimitDocument = new TypedDocumentString(`
    mutation KeboolaRemoveProjectLimit($input: RemoveProjectLimitInput!) {
  removeProjectLimit(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaRemoveProjectLimitMutation, KeboolaRemoveProjectLimitMutationVariables>;
export const KeboolaSetProjectDisabledDocument = new TypedDocumentString(`
    mutation KeboolaSetProjectDisabled($input: SetProjectDisabledInput!) {
  setProjectDisabled(input: $input) {
    project {
      ...KeboolaProject
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
}
fragment KeboolaMaintainer on Maintainer {
  databaseId
  name
  zendeskUrl
  createdAt
}
fragment KeboolaOrganization on Organization {
  databaseId
  name
  createdAt
  allowAutoJoin
  mfaRequired
  crmId
  maintainer {
    ...KeboolaMaintainer
  }
}
fragment KeboolaProject on Project {
  databaseId
  name
  description
  createdAt
  expiresAt
  deleteAt
  deletedAt
  purgedAt
  defaultBackend
  dataRetentionTimeInDays
  features
  isDisabled
  disabledReason
  disabledUntil
  template {
    id
    hasTryModeOn
    billedMonthlyPrice
  }
  limits {
    name
    value
  }
  metrics {
    name
    value
  }
  organization {
    ...KeboolaOrganization
  }
}`) as unknown as TypedDocumentString<KeboolaSetProjectDisabledMutation, KeboolaSetProjectDisabledMutationVariables>;
export const KeboolaDeletedProjectsDocument = new TypedDocumentString(`
    query KeboolaDeletedProjects($organizationId: ID, $name: String, $after: String) {
  deletedProjects(
    first: 100
    after: $after
    organizationId: $organizationId
    name: $name
  ) {
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        ...KeboolaProject
      }
    }
  }
}
    fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}
fragment KeboolaMaintainer on Maintainer {
  databaseId
  name
  zendeskUrl
  createdAt
}
fragment KeboolaOrganization on Organization {
  databaseId
  name
  createdAt
  allowAutoJoin
  mfaRequired
  crmId
  maintainer {
    ...KeboolaMaintainer
  }
}
fragment KeboolaProject on Project {
  databaseId
  name
  description
  createdAt
  expiresAt
  deleteAt
  deletedAt
  purgedAt
  defaultBackend
  dataRetentionTimeInDays
  features
  isDisabled
  disabledReason
  disabledUntil
  template {
    id
    hasTryModeOn
    billedMonthlyPrice
  }
  limits {
    name
    value
  }
  metrics {
    name
    value
  }
  organization {
    ...KeboolaOrganization
  }
}`) as unknown as TypedDocumentString<KeboolaDeletedProjectsQuery, KeboolaDeletedProjectsQueryVariables>;
export const KeboolaDeletedProjectDocument = new TypedDocumentString(`
    query KeboolaDeletedProject($id: ID!) {
  deletedProject(id: $id) {
    ...KeboolaProject
  }
}
    fragment KeboolaMaintainer on Maintainer {
  databaseId
  name
  zendeskUrl
  createdAt
}
fragment KeboolaOrganization on Organization {
  databaseId
  name
  createdAt
  allowAutoJoin
  mfaRequired
  crmId
  maintainer {
    ...KeboolaMaintainer
  }
}
fragment KeboolaProject on Project {
  databaseId
  name
  description
  createdAt
  expiresAt
  deleteAt
  deletedAt
  purgedAt
  defaultBackend
  dataRetentionTimeInDays
  features
  isDisabled
  disabledReason
  disabledUntil
  template {
    id
    hasTryModeOn
    billedMonthlyPrice
  }
  limits {
    name
    value
  }
  metrics {
    name
    value
  }
  organization {
    ...KeboolaOrganization
  }
}`) as unknown as TypedDocumentString<KeboolaDeletedProjectQuery, KeboolaDeletedProjectQueryVariables>;
export const KeboolaUndeleteProjectDocument = new TypedDocumentString(`
    mutation KeboolaUndeleteProject($input: UndeleteProjectInput!) {
  undeleteProject(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaUndeleteProjectMutation, KeboolaUndeleteProjectMutationVariables>;
export const KeboolaPurgeProjectDocument = new TypedDocumentString(`
    mutation KeboolaPurgeProject($input: PurgeProjectInput!) {
  purgeProject(input: $input) {
    job {
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
}`) as unknown as TypedDocumentString<KeboolaPurgeProjectMutation, KeboolaPurgeProjectMutationVariables>;
export const KeboolaCreateStorageTokenDocument = new TypedDocumentString(`
    mutation KeboolaCreateStorageToken($input: CreateStorageTokenInput!) {
  createStorageToken(input: $input) {
    token
    storageToken {
      databaseId
      description
      createdAt
      expiresAt
      isExpired
      isDisabled
      isMasterToken
      canManageBuckets
      canManageTokens
      canReadAllFileUploads
      canPurgeTrash
      canReadAllProjectEvents
      bucketPermissions
      componentAccess
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
}`) as unknown as TypedDocumentString<KeboolaCreateStorageTokenMutation, KeboolaCreateStorageTokenMutationVariables>;
export const KeboolaMaintainerMetadataDocument = new TypedDocumentString(`
    query KeboolaMaintainerMetadata($id: ID!) {
  maintainer(id: $id) {
    metadata {
      ...KeboolaMetadata
    }
  }
}
    fragment KeboolaMetadata on Metadata {
  databaseId
  provider
  key
  value
  updatedAt
}`) as unknown as TypedDocumentString<KeboolaMaintainerMetadataQuery, KeboolaMaintainerMetadataQueryVariables>;
export const KeboolaOrganizationMetadataDocument = new TypedDocumentString(`
    query KeboolaOrganizationMetadata($id: ID!) {
  organization(id: $id) {
    metadata {
      ...KeboolaMetadata
    }
  }
}
    fragment KeboolaMetadata on Metadata {
  databaseId
  provider
  key
  value
  updatedAt
}`) as unknown as TypedDocumentString<KeboolaOrganizationMetadataQuery, KeboolaOrganizationMetadataQueryVariables>;
export const KeboolaProjectMetadataDocument = new TypedDocumentString(`
    query KeboolaProjectMetadata($id: ID!) {
  project(id: $id) {
    deleteAt
    metadata {
      ...KeboolaMetadata
    }
  }
}
    fragment KeboolaMetadata on Metadata {
  databaseId
  provider
  key
  value
  updatedAt
}`) as unknown as TypedDocumentString<KeboolaProjectMetadataQuery, KeboolaProjectMetadataQueryVariables>;
export const KeboolaUserMetadataDocument = new TypedDocumentString(`
    query KeboolaUserMetadata($id: ID!) {
  user(id: $id) {
    metadata {
      ...KeboolaMetadata
    }
  }
}
    fragment KeboolaMetadata on Metadata {
  databaseId
  provider
  key
  value
  updatedAt
}`) as unknown as TypedDocumentString<KeboolaUserMetadataQuery, KeboolaUserMetadataQueryVariables>;
export const KeboolaSetMetadataDocument = new TypedDocumentString(`
    mutation KeboolaSetMetadata($input: SetMetadataInput!) {
  setMetadata(input: $input) {
    metadata {
      ...KeboolaMetadata
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment KeboolaMetadata on Metadata {
  databaseId
  provider
  key
  value
  updatedAt
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaSetMetadataMutation, KeboolaSetMetadataMutationVariables>;
export const KeboolaDeleteMetadataDocument = new TypedDocumentString(`
    mutation KeboolaDeleteMetadata($input: DeleteMetadataInput!) {
  deleteMetadata(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaDeleteMetadataMutation, KeboolaDeleteMetadataMutationVariables>;
export const KeboolaProjectDocument = new TypedDocumentString(`
    query KeboolaProject($id: ID!) {
  project(id: $id) {
    ...KeboolaProject
  }
}
    fragment KeboolaMaintainer on Maintainer {
  databaseId
  name
  zendeskUrl
  createdAt
}
fragment KeboolaOrganization on Organization {
  databaseId
  name
  createdAt
  allowAutoJoin
  mfaRequired
  crmId
  maintainer {
    ...KeboolaMaintainer
  }
}
fragment KeboolaProject on Project {
  databaseId
  name
  description
  createdAt
  expiresAt
  deleteAt
  deletedAt
  purgedAt
  defaultBackend
  dataRetentionTimeInDays
  features
  isDisabled
  disabledReason
  disabledUntil
  template {
    id
    hasTryModeOn
    billedMonthlyPrice
  }
  limits {
    name
    value
  }
  metrics {
    name
    value
  }
  organization {
    ...KeboolaOrganization
  }
}`) as unknown as TypedDocumentString<KeboolaProjectQuery, KeboolaProjectQueryVariables>;
export const KeboolaCreateProjectDocument = new TypedDocumentString(`
    mutation KeboolaCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    project {
      ...KeboolaProject
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
}
fragment KeboolaMaintainer on Maintainer {
  databaseId
  name
  zendeskUrl
  createdAt
}
fragment KeboolaOrganization on Organization {
  databaseId
  name
  createdAt
  allowAutoJoin
  mfaRequired
  crmId
  maintainer {
    ...KeboolaMaintainer
  }
}
fragment KeboolaProject on Project {
  databaseId
  name
  description
  createdAt
  expiresAt
  deleteAt
  deletedAt
  purgedAt
  defaultBackend
  dataRetentionTimeInDays
  features
  isDisabled
  disabledReason
  disabledUntil
  template {
    id
    hasTryModeOn
    billedMonthlyPrice
  }
  limits {
    name
    value
  }
  metrics {
    name
    value
  }
  organization {
    ...KeboolaOrganization
  }
}`) as unknown as TypedDocumentString<KeboolaCreateProjectMutation, KeboolaCreateProjectMutationVariables>;
export const KeboolaUpdateProjectDocument = new TypedDocumentString(`
    mutation KeboolaUpdateProject($input: UpdateProjectInput!) {
  updateProject(input: $input) {
    project {
      ...KeboolaProject
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
}
fragment KeboolaMaintainer on Maintainer {
  databaseId
  name
  zendeskUrl
  createdAt
}
fragment KeboolaOrganization on Organization {
  databaseId
  name
  createdAt
  allowAutoJoin
  mfaRequired
  crmId
  maintainer {
    ...KeboolaMaintainer
  }
}
fragment KeboolaProject on Project {
  databaseId
  name
  description
  createdAt
  expiresAt
  deleteAt
  deletedAt
  purgedAt
  defaultBackend
  dataRetentionTimeInDays
  features
  isDisabled
  disabledReason
  disabledUntil
  template {
    id
    hasTryModeOn
    billedMonthlyPrice
  }
  limits {
    name
    value
  }
  metrics {
    name
    value
  }
  organization {
    ...KeboolaOrganization
  }
}`) as unknown as TypedDocumentString<KeboolaUpdateProjectMutation, KeboolaUpdateProjectMutationVariables>;
export const KeboolaDeleteProjectDocument = new TypedDocumentString(`
    mutation KeboolaDeleteProject($input: DeleteProjectInput!) {
  deleteProject(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaDeleteProjectMutation, KeboolaDeleteProjectMutationVariables>;
export const KeboolaProjectUsersDocument = new TypedDocumentString(`
    query KeboolaProjectUsers($id: ID!, $after: String) {
  project(id: $id) {
    deleteAt
    members(first: 100, after: $after) {
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...KeboolaMembership
        }
      }
    }
  }
}
    fragment KeboolaMembership on ProjectMember {
  role
  canShare
  createdAt
  expiresAt
  reason
  user {
    ...KeboolaUser
  }
  addedBy {
    ...KeboolaUser
  }
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}
fragment KeboolaUser on User {
  databaseId
  name
  email
  features
}`) as unknown as TypedDocumentString<KeboolaProjectUsersQuery, KeboolaProjectUsersQueryVariables>;
export const KeboolaAddProjectUserDocument = new TypedDocumentString(`
    mutation KeboolaAddProjectUser($input: AddProjectMemberInput!) {
  addProjectMember(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaAddProjectUserMutation, KeboolaAddProjectUserMutationVariables>;
export const KeboolaUpdateProjectUserDocument = new TypedDocumentString(`
    mutation KeboolaUpdateProjectUser($input: UpdateProjectMemberInput!) {
  updateProjectMember(input: $input) {
    member {
      ...KeboolaMembership
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment KeboolaMembership on ProjectMember {
  role
  canShare
  createdAt
  expiresAt
  reason
  user {
    ...KeboolaUser
  }
  addedBy {
    ...KeboolaUser
  }
}
fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment KeboolaUser on User {
  databaseId
  name
  email
  features
}`) as unknown as TypedDocumentString<KeboolaUpdateProjectUserMutation, KeboolaUpdateProjectUserMutationVariables>;
export const KeboolaRemoveProjectUserDocument = new TypedDocumentString(`
    mutation KeboolaRemoveProjectUser($input: RemoveProjectMemberInput!) {
  removeProjectMember(input: $input) {
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<KeboolaRemoveProjectUserMutation, KeboolaRemoveProjectUserMutationVariables>;
export const KeboolaTransferProjectDocument = new TypedDocumentString(`
    mutation KeboolaTransferProject($input: TransferProjectInput!) {
  transferProject(input: $input) {
    project {
      ...KeboolaProject
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
}
fragment KeboolaMaintainer on Maintainer {
  databaseId
  name
  zendeskUrl
  createdAt
}
fragment KeboolaOrganization on Organization {
  databaseId
  name
  createdAt
  allowAutoJoin
  mfaRequired
  crmId
  maintainer {
    ...KeboolaMaintainer
  }
}
fragment KeboolaProject on Project {
  databaseId
  name
  description
  createdAt
  expiresAt
  deleteAt
  deletedAt
  purgedAt
  defaultBackend
  dataRetentionTimeInDays
  features
  isDisabled
  disabledReason
  disabledUntil
  template {
    id
    hasTryModeOn
    billedMonthlyPrice
  }
  limits {
    name
    value
  }
  metrics {
    name
    value
  }
  organization {
    ...KeboolaOrganization
  }
}`) as unknown as TypedDocumentString<KeboolaTransferProjectMutation, KeboolaTransferProjectMutationVariables>;
export const KeboolaVerifyTokenDocument = new TypedDocumentString(`
    query KeboolaVerifyToken {
  viewer {
    credential {
      id
      type
      description
      createdAt
      lastUsedAt
      expiresAt
      isExpired
      isDisabled
      scopes
      user {
        ...KeboolaUser
      }
    }
  }
}
    fragment KeboolaUser on User {
  databaseId
  name
  email
  features
}`) as unknown as TypedDocumentString<KeboolaVerifyTokenQuery, KeboolaVerifyTokenQueryVariables>;