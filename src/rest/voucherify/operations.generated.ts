/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** The fields given change; null clears postal and state. */
export type BrandAddressChangesInput = {
  city?: string | null | undefined;
  country?: string | null | undefined;
  postal?: string | null | undefined;
  state?: string | null | undefined;
  street?: string | null | undefined;
};

export type BrandAddressInput = {
  city: string;
  country: string;
  postal?: string | null | undefined;
  state?: string | null | undefined;
  street: string;
};

/** The fields given change; null clears phone. */
export type BrandContactChangesInput = {
  email?: string | null | undefined;
  phone?: string | null | undefined;
};

export type BrandContactInput = {
  email: string;
  phone?: string | null | undefined;
};

export type CalloutNotificationInput = {
  email: boolean;
  emails: Array<string>;
  inApp: boolean;
};

export type CreateBrandInput = {
  address: BrandAddressInput;
  contact: BrandContactInput;
  name: string;
  /** Left out: "You are receiving this email because you opted in at our website." */
  permissionReminder?: string | null | undefined;
  privacyPolicyUrl?: string | null | undefined;
  projectId: string | number;
  termsOfUseUrl?: string | null | undefined;
  websiteUrl?: string | null | undefined;
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

export type CreateWebhookInput = {
  /** true by default. */
  active?: boolean | null | undefined;
  /** Event types to send: Steward's own (such as project.updated) and Voucherify's names (stored, never sent). */
  events: Array<string>;
  projectId: string | number;
  /** https: or http:; not a private, loopback or link-local address. */
  targetUrl: string;
};

export type DeleteBrandInput = {
  id: string | number;
  /** When given, the brand must be this project’s. */
  projectId?: string | number | null | undefined;
};

export type DeleteProjectInput = {
  id: string | number;
};

export type DeleteWebhookInput = {
  id: string | number;
  /** When given, the webhook must be this project’s. */
  projectId?: string | number | null | undefined;
};

export type InviteNewUserInput = {
  email: string;
  /** The person’s full name. */
  name: string;
  projects: Array<ProjectGrantInput>;
};

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

export type ProjectGrantInput = {
  projectId: string | number;
  role: ProjectRole;
  /** A dialect’s name for a narrower role (see ProjectMember.roleName). */
  roleName?: string | null | undefined;
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

export type RemoveProjectMemberInput = {
  /** The membership; or name it by projectId and user. */
  id?: string | number | null | undefined;
  projectId?: string | number | null | undefined;
  /** Refuse (LAST_PROJECT) when the user would be left with no project of the organization, as Voucherify does. */
  refuseLastProject?: boolean | null | undefined;
  /** The user’s id, number or e-mail address. */
  user?: string | null | undefined;
};

export type UpdateBrandInput = {
  address?: BrandAddressChangesInput | null | undefined;
  contact?: BrandContactChangesInput | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  permissionReminder?: string | null | undefined;
  privacyPolicyUrl?: string | null | undefined;
  /** When given, the brand must be this project’s. */
  projectId?: string | number | null | undefined;
  termsOfUseUrl?: string | null | undefined;
  websiteUrl?: string | null | undefined;
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

export type UpdateWebhookInput = {
  active?: boolean | null | undefined;
  events?: Array<string> | null | undefined;
  id: string | number;
  /** When given, the webhook must be this project’s. */
  projectId?: string | number | null | undefined;
  targetUrl?: string | null | undefined;
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

export type VoucherifyBrandFragment = { id: string, name: string, privacyPolicyUrl: string | null, termsOfUseUrl: string | null, permissionReminder: string, websiteUrl: string | null, address: { street: string, city: string, postal: string | null, state: string | null, country: string }, contact: { email: string, phone: string | null } };

export type VoucherifyBrandingQueryVariables = Exact<{
  projectId: string | number;
}>;


export type VoucherifyBrandingQuery = { project: { id: string, deleteAt: string | null, brand: { id: string, name: string, privacyPolicyUrl: string | null, termsOfUseUrl: string | null, permissionReminder: string, websiteUrl: string | null, address: { street: string, city: string, postal: string | null, state: string | null, country: string }, contact: { email: string, phone: string | null } } | null } | null };

export type VoucherifyCreateBrandMutationVariables = Exact<{
  input: CreateBrandInput;
}>;


export type VoucherifyCreateBrandMutation = { createBrand: { brand: { id: string, name: string, privacyPolicyUrl: string | null, termsOfUseUrl: string | null, permissionReminder: string, websiteUrl: string | null, address: { street: string, city: string, postal: string | null, state: string | null, country: string }, contact: { email: string, phone: string | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type VoucherifyUpdateBrandMutationVariables = Exact<{
  input: UpdateBrandInput;
}>;


export type VoucherifyUpdateBrandMutation = { updateBrand: { brand: { id: string, name: string, privacyPolicyUrl: string | null, termsOfUseUrl: string | null, permissionReminder: string, websiteUrl: string | null, address: { street: string, city: string, postal: string | null, state: string | null, country: string }, contact: { email: string, phone: string | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type VoucherifyDeleteBrandMutationVariables = Exact<{
  input: DeleteBrandInput;
}>;


export type VoucherifyDeleteBrandMutation = { deleteBrand: { deletedBrandId: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type VoucherifyUsageNotificationFragment = { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> };

export type VoucherifyCalloutNotificationFragment = { email: boolean, inApp: boolean, emails: Array<string> };

export type VoucherifyProjectFragment = { id: string, name: string, description: string | null, timezone: string, currency: string, dialCode: string | null, clusterId: string, caseSensitiveCodes: boolean, cors: Array<string>, isSandbox: boolean, webhookVersion: string, codeCharset: string | null, deleteAt: string | null, clientSideAccess: { redeem: boolean, publish: boolean, listVouchers: boolean, createCustomer: boolean, loyaltyEvents: boolean, setVoucherExpirationDate: boolean }, usageNotifications: { apiCalls: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, bulkApiCalls: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, webhookCalls: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, cycleCalls: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, messages: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, redemptions: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> } }, calloutNotifications: { webhooks: { email: boolean, inApp: boolean, emails: Array<string> }, distributions: { email: boolean, inApp: boolean, emails: Array<string> } } };

export type VoucherifyProjectsQueryVariables = Exact<{
  organizationId: string | number;
  after?: string | null | undefined;
}>;


export type VoucherifyProjectsQuery = { organization: { projects: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, description: string | null, timezone: string, currency: string, dialCode: string | null, clusterId: string, caseSensitiveCodes: boolean, cors: Array<string>, isSandbox: boolean, webhookVersion: string, codeCharset: string | null, deleteAt: string | null, clientSideAccess: { redeem: boolean, publish: boolean, listVouchers: boolean, createCustomer: boolean, loyaltyEvents: boolean, setVoucherExpirationDate: boolean }, usageNotifications: { apiCalls: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, bulkApiCalls: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, webhookCalls: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, cycleCalls: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, messages: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, redemptions: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> } }, calloutNotifications: { webhooks: { email: boolean, inApp: boolean, emails: Array<string> }, distributions: { email: boolean, inApp: boolean, emails: Array<string> } } } }> } } | null };

export type VoucherifyProjectByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type VoucherifyProjectByIdQuery = { project: { id: string, name: string, description: string | null, timezone: string, currency: string, dialCode: string | null, clusterId: string, caseSensitiveCodes: boolean, cors: Array<string>, isSandbox: boolean, webhookVersion: string, codeCharset: string | null, deleteAt: string | null, clientSideAccess: { redeem: boolean, publish: boolean, listVouchers: boolean, createCustomer: boolean, loyaltyEvents: boolean, setVoucherExpirationDate: boolean }, usageNotifications: { apiCalls: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, bulkApiCalls: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, webhookCalls: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, cycleCalls: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, messages: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, redemptions: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> } }, calloutNotifications: { webhooks: { email: boolean, inApp: boolean, emails: Array<string> }, distributions: { email: boolean, inApp: boolean, emails: Array<string> } } } | null };

export type VoucherifyCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type VoucherifyCreateProjectMutation = { createProject: { clientSecret: string | null, clientSideSecret: string | null, project: { id: string, name: string, description: string | null, timezone: string, currency: string, dialCode: string | null, clusterId: string, caseSensitiveCodes: boolean, cors: Array<string>, isSandbox: boolean, webhookVersion: string, codeCharset: string | null, deleteAt: string | null, clientSideAccess: { redeem: boolean, publish: boolean, listVouchers: boolean, createCustomer: boolean, loyaltyEvents: boolean, setVoucherExpirationDate: boolean }, usageNotifications: { apiCalls: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, bulkApiCalls: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, webhookCalls: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, cycleCalls: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, messages: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, redemptions: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> } }, calloutNotifications: { webhooks: { email: boolean, inApp: boolean, emails: Array<string> }, distributions: { email: boolean, inApp: boolean, emails: Array<string> } } } | null, client: { id: string } | null, clientSideClient: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type VoucherifyUpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type VoucherifyUpdateProjectMutation = { updateProject: { project: { id: string, name: string, description: string | null, timezone: string, currency: string, dialCode: string | null, clusterId: string, caseSensitiveCodes: boolean, cors: Array<string>, isSandbox: boolean, webhookVersion: string, codeCharset: string | null, deleteAt: string | null, clientSideAccess: { redeem: boolean, publish: boolean, listVouchers: boolean, createCustomer: boolean, loyaltyEvents: boolean, setVoucherExpirationDate: boolean }, usageNotifications: { apiCalls: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, bulkApiCalls: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, webhookCalls: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, cycleCalls: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, messages: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> }, redemptions: { enabled: boolean, threshold: number, inApp: boolean, emails: Array<string> } }, calloutNotifications: { webhooks: { email: boolean, inApp: boolean, emails: Array<string> }, distributions: { email: boolean, inApp: boolean, emails: Array<string> } } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type VoucherifyDeleteProjectMutationVariables = Exact<{
  input: DeleteProjectInput;
}>;


export type VoucherifyDeleteProjectMutation = { deleteProject: { project: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type VoucherifyNextPageFragment = { hasNextPage: boolean, endCursor: string | null };

export type VoucherifyUserErrorFragment = { code: UserErrorCode, field: Array<string>, message: string };

export type VoucherifyMemberFragment = { role: ProjectRole, roleName: string | null, user: { id: string, email: string | null, name: string, organizationRole: OrganizationRole | null, projectMemberships: Array<{ role: ProjectRole, roleName: string | null, project: { id: string } }> | null } };

export type VoucherifyProjectUsersQueryVariables = Exact<{
  organizationId: string | number;
  projectId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VoucherifyProjectUsersQuery = { project: { id: string, deleteAt: string | null, members: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { role: ProjectRole, roleName: string | null, user: { id: string, email: string | null, name: string, organizationRole: OrganizationRole | null, projectMemberships: Array<{ role: ProjectRole, roleName: string | null, project: { id: string } }> | null } } }> } | null } | null };

export type VoucherifyAssignUserMutationVariables = Exact<{
  organizationId: string | number;
  input: AddProjectMemberInput;
}>;


export type VoucherifyAssignUserMutation = { addProjectMember: { member: { role: ProjectRole, roleName: string | null, user: { id: string, email: string | null, name: string, organizationRole: OrganizationRole | null, projectMemberships: Array<{ role: ProjectRole, roleName: string | null, project: { id: string } }> | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type VoucherifyUpdateUserMutationVariables = Exact<{
  organizationId: string | number;
  input: UpdateProjectMemberInput;
}>;


export type VoucherifyUpdateUserMutation = { updateProjectMember: { member: { role: ProjectRole, roleName: string | null, user: { id: string, email: string | null, name: string, organizationRole: OrganizationRole | null, projectMemberships: Array<{ role: ProjectRole, roleName: string | null, project: { id: string } }> | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type VoucherifyUnassignUserMutationVariables = Exact<{
  input: RemoveProjectMemberInput;
}>;


export type VoucherifyUnassignUserMutation = { removeProjectMember: { removedMemberId: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type VoucherifyInviteUserMutationVariables = Exact<{
  input: InviteNewUserInput;
}>;


export type VoucherifyInviteUserMutation = { inviteNewUser: { invitations: Array<{ id: string }> | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type VoucherifyWebhookFragment = { id: string, createdAt: string, targetUrl: string, events: Array<string>, active: boolean };

export type VoucherifyWebhooksQueryVariables = Exact<{
  projectId: string | number;
  after?: string | null | undefined;
}>;


export type VoucherifyWebhooksQuery = { project: { id: string, deleteAt: string | null, webhooks: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, createdAt: string, targetUrl: string, events: Array<string>, active: boolean } }> } | null } | null };

export type VoucherifyCreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type VoucherifyCreateWebhookMutation = { createWebhook: { webhook: { id: string, createdAt: string, targetUrl: string, events: Array<string>, active: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type VoucherifyUpdateWebhookMutationVariables = Exact<{
  input: UpdateWebhookInput;
}>;


export type VoucherifyUpdateWebhookMutation = { updateWebhook: { webhook: { id: string, createdAt: string, targetUrl: string, events: Array<string>, active: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type VoucherifyDeleteWebhookMutationVariables = Exact<{
  input: DeleteWebhookInput;
}>;


export type VoucherifyDeleteWebhookMutation = { deleteWebhook: { deletedWebhookId: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

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
export const VoucherifyBrandFragmentDoc = new TypedDocumentString(`
    fragment VoucherifyBrand on Brand {
  id
  name
  privacyPolicyUrl
  termsOfUseUrl
  permissionReminder
  websiteUrl
  address {
    street
    city
    postal
    state
    country
  }
  contact {
    email
    phone
  }
}
    `, {"fragmentName":"VoucherifyBrand"}) as unknown as TypedDocumentString<VoucherifyBrandFragment, unknown>;
export const VoucherifyUsageNotificationFragmentDoc = new TypedDocumentString(`
    fragment VoucherifyUsageNotification on UsageNotification {
  enabled
  threshold
  inApp
  emails
}
    `, {"fragmentName":"VoucherifyUsageNotification"}) as unknown as TypedDocumentString<VoucherifyUsageNotificationFragment, unknown>;
export const VoucherifyCalloutNotificationFragmentDoc = new TypedDocumentString(`
    fragment VoucherifyCalloutNotification on CalloutNotification {
  email
  inApp
  emails
}
    `, {"fragmentName":"VoucherifyCalloutNotification"}) as unknown as TypedDocumentString<VoucherifyCalloutNotificationFragment, unknown>;
export const VoucherifyProjectFragmentDoc = new TypedDocumentString(`
    fragment VoucherifyProject on Project {
  id
  name
  description
  timezone
  currency
  dialCode
  clusterId
  caseSensitiveCodes
  cors
  clientSideAccess {
    redeem
    publish
    listVouchers
    createCustomer
    loyaltyEvents
    setVoucherExpirationDate
  }
  usageNotifications {
    apiCalls {
      ...VoucherifyUsageNotification
    }
    bulkApiCalls {
      ...VoucherifyUsageNotification
    }
    webhookCalls {
      ...VoucherifyUsageNotification
    }
    cycleCalls {
      ...VoucherifyUsageNotification
    }
    messages {
      ...VoucherifyUsageNotification
    }
    redemptions {
      ...VoucherifyUsageNotification
    }
  }
  calloutNotifications {
    webhooks {
      ...VoucherifyCalloutNotification
    }
    distributions {
      ...VoucherifyCalloutNotification
    }
  }
  isSandbox
  webhookVersion
  codeCharset
  deleteAt
}
    fragment VoucherifyUsageNotification on UsageNotification {
  enabled
  threshold
  inApp
  emails
}
fragment VoucherifyCalloutNotification on CalloutNotification {
  email
  inApp
  emails
}`, {"fragmentName":"VoucherifyProject"}) as unknown as TypedDocumentString<VoucherifyProjectFragment, unknown>;
export const VoucherifyNextPageFragmentDoc = new TypedDocumentString(`
    fragment VoucherifyNextPage on PageInfo {
  hasNextPage
  endCursor
}
    `, {"fragmentName":"VoucherifyNextPage"}) as unknown as TypedDocumentString<VoucherifyNextPageFragment, unknown>;
export const VoucherifyUserErrorFragmentDoc = new TypedDocumentString(`
    fragment VoucherifyUserError on UserError {
  code
  field
  message
}
    `, {"fragmentName":"VoucherifyUserError"}) as unknown as TypedDocumentString<VoucherifyUserErrorFragment, unknown>;
export const VoucherifyMemberFragmentDoc = new TypedDocumentString(`
    fragment VoucherifyMember on ProjectMember {
  role
  roleName
  user {
    id
    email
    name
    projectMemberships(organizationId: $organizationId) {
      role
      roleName
      project {
        id
      }
    }
    organizationRole(organizationId: $organizationId)
  }
}
    `, {"fragmentName":"VoucherifyMember"}) as unknown as TypedDocumentString<VoucherifyMemberFragment, unknown>;
export const VoucherifyWebhookFragmentDoc = new TypedDocumentString(`
    fragment VoucherifyWebhook on Webhook {
  id
  createdAt
  targetUrl
  events
  active
}
    `, {"fragmentName":"VoucherifyWebhook"}) as unknown as TypedDocumentString<VoucherifyWebhookFragment, unknown>;
export const VoucherifyBrandingDocument = new TypedDocumentString(`
    query VoucherifyBranding($projectId: ID!) {
  project(id: $projectId) {
    id
    deleteAt
    brand {
      ...VoucherifyBrand
    }
  }
}
    fragment VoucherifyBrand on Brand {
  id
  name
  privacyPolicyUrl
  termsOfUseUrl
  permissionReminder
  websiteUrl
  address {
    street
    city
    postal
    state
    country
  }
  contact {
    email
    phone
  }
}`) as unknown as TypedDocumentString<VoucherifyBrandingQuery, VoucherifyBrandingQueryVariables>;
export const VoucherifyCreateBrandDocument = new TypedDocumentString(`
    mutation VoucherifyCreateBrand($input: CreateBrandInput!) {
  createBrand(input: $input) {
    brand {
      ...VoucherifyBrand
    }
    userErrors {
      ...VoucherifyUserError
    }
  }
}
    fragment VoucherifyBrand on Brand {
  id
  name
  privacyPolicyUrl
  termsOfUseUrl
  permissionReminder
  websiteUrl
  address {
    street
    city
    postal
    state
    country
  }
  contact {
    email
    phone
  }
}
fragment VoucherifyUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<VoucherifyCreateBrandMutation, VoucherifyCreateBrandMutationVariables>;
export const VoucherifyUpdateBrandDocument = new TypedDocumentString(`
    mutation VoucherifyUpdateBrand($input: UpdateBrandInput!) {
  updateBrand(input: $input) {
    brand {
      ...VoucherifyBrand
    }
    userErrors {
      ...VoucherifyUserError
    }
  }
}
    fragment VoucherifyBrand on Brand {
  id
  name
  privacyPolicyUrl
  termsOfUseUrl
  permissionReminder
  websiteUrl
  address {
    street
    city
    postal
    state
    country
  }
  contact {
    email
    phone
  }
}
fragment VoucherifyUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<VoucherifyUpdateBrandMutation, VoucherifyUpdateBrandMutationVariables>;
export const VoucherifyDeleteBrandDocument = new TypedDocumentString(`
    mutation VoucherifyDeleteBrand($input: DeleteBrandInput!) {
  deleteBrand(input: $input) {
    deletedBrandId
    userErrors {
      ...VoucherifyUserError
    }
  }
}
    fragment VoucherifyUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<VoucherifyDeleteBrandMutation, VoucherifyDeleteBrandMutationVariables>;
export const VoucherifyProjectsDocument = new TypedDocumentString(`
    query VoucherifyProjects($organizationId: ID!, $after: String) {
  organization(id: $organizationId) {
    projects(first: 50, after: $after) {
      pageInfo {
        ...VoucherifyNextPage
      }
      edges {
        node {
          ...VoucherifyProject
        }
      }
    }
  }
}
    fragment VoucherifyUsageNotification on UsageNotification {
  enabled
  threshold
  inApp
  emails
}
fragment VoucherifyCalloutNotification on CalloutNotification {
  email
  inApp
  emails
}
fragment VoucherifyProject on Project {
  id
  name
  description
  timezone
  currency
  dialCode
  clusterId
  caseSensitiveCodes
  cors
  clientSideAccess {
    redeem
    publish
    listVouchers
    createCustomer
    loyaltyEvents
    setVoucherExpirationDate
  }
  usageNotifications {
    apiCalls {
      ...VoucherifyUsageNotification
    }
    bulkApiCalls {
      ...VoucherifyUsageNotification
    }
    webhookCalls {
      ...VoucherifyUsageNotification
    }
    cycleCalls {
      ...VoucherifyUsageNotification
    }
    messages {
      ...VoucherifyUsageNotification
    }
    redemptions {
      ...VoucherifyUsageNotification
    }
  }
  calloutNotifications {
    webhooks {
      ...VoucherifyCalloutNotification
    }
    distributions {
      ...VoucherifyCalloutNotification
    }
  }
  isSandbox
  webhookVersion
  codeCharset
  deleteAt
}
fragment VoucherifyNextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<VoucherifyProjectsQuery, VoucherifyProjectsQueryVariables>;
export const VoucherifyProjectByIdDocument = new TypedDocumentString(`
    query VoucherifyProjectById($id: ID!) {
  project(id: $id) {
    ...VoucherifyProject
  }
}
    fragment VoucherifyUsageNotification on UsageNotification {
  enabled
  threshold
  inApp
  emails
}
fragment VoucherifyCalloutNotification on CalloutNotification {
  email
  inApp
  emails
}
fragment VoucherifyProject on Project {
  id
  name
  description
  timezone
  currency
  dialCode
  clusterId
  caseSensitiveCodes
  cors
  clientSideAccess {
    redeem
    publish
    listVouchers
    createCustomer
    loyaltyEvents
    setVoucherExpirationDate
  }
  usageNotifications {
    apiCalls {
      ...VoucherifyUsageNotification
    }
    bulkApiCalls {
      ...VoucherifyUsageNotification
    }
    webhookCalls {
      ...VoucherifyUsageNotification
    }
    cycleCalls {
      ...VoucherifyUsageNotification
    }
    messages {
      ...VoucherifyUsageNotification
    }
    redemptions {
      ...VoucherifyUsageNotification
    }
  }
  calloutNotifications {
    webhooks {
      ...VoucherifyCalloutNotification
    }
    distributions {
      ...VoucherifyCalloutNotification
    }
  }
  isSandbox
  webhookVersion
  codeCharset
  deleteAt
}`) as unknown as TypedDocumentString<VoucherifyProjectByIdQuery, VoucherifyProjectByIdQueryVariables>;
export const VoucherifyCreateProjectDocument = new TypedDocumentString(`
    mutation VoucherifyCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    project {
      ...VoucherifyProject
    }
    client {
      id
    }
    clientSecret
    clientSideClient {
      id
    }
    clientSideSecret
    userErrors {
      ...VoucherifyUserError
    }
  }
}
    fragment VoucherifyUsageNotification on UsageNotification {
  enabled
  threshold
  inApp
  emails
}
fragment VoucherifyCalloutNotification on CalloutNotification {
  email
  inApp
  emails
}
fragment VoucherifyProject on Project {
  id
  name
  description
  timezone
  currency
  dialCode
  clusterId
  caseSensitiveCodes
  cors
  clientSideAccess {
    redeem
    publish
    listVouchers
    createCustomer
    loyaltyEvents
    setVoucherExpirationDate
  }
  usageNotifications {
    apiCalls {
      ...VoucherifyUsageNotification
    }
    bulkApiCalls {
      ...VoucherifyUsageNotification
    }
    webhookCalls {
      ...VoucherifyUsageNotification
    }
    cycleCalls {
      ...VoucherifyUsageNotification
    }
    messages {
      ...VoucherifyUsageNotification
    }
    redemptions {
      ...VoucherifyUsageNotification
    }
  }
  calloutNotifications {
    webhooks {
      ...VoucherifyCalloutNotification
    }
    distributions {
      ...VoucherifyCalloutNotification
    }
  }
  isSandbox
  webhookVersion
  codeCharset
  deleteAt
}
fragment VoucherifyUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<VoucherifyCreateProjectMutation, VoucherifyCreateProjectMutationVariables>;
export const VoucherifyUpdateProjectDocument = new TypedDocumentString(`
    mutation VoucherifyUpdateProject($input: UpdateProjectInput!) {
  updateProject(input: $input) {
    project {
      ...VoucherifyProject
    }
    userErrors {
      ...VoucherifyUserError
    }
  }
}
    fragment VoucherifyUsageNotification on UsageNotification {
  enabled
  threshold
  inApp
  emails
}
fragment VoucherifyCalloutNotification on CalloutNotification {
  email
  inApp
  emails
}
fragment VoucherifyProject on Project {
  id
  name
  description
  timezone
  currency
  dialCode
  clusterId
  caseSensitiveCodes
  cors
  clientSideAccess {
    redeem
    publish
    listVouchers
    createCustomer
    loyaltyEvents
    setVoucherExpirationDate
  }
  usageNotifications {
    apiCalls {
      ...VoucherifyUsageNotification
    }
    bulkApiCalls {
      ...VoucherifyUsageNotification
    }
    webhookCalls {
      ...VoucherifyUsageNotification
    }
    cycleCalls {
      ...VoucherifyUsageNotification
    }
    messages {
      ...VoucherifyUsageNotification
    }
    redemptions {
      ...VoucherifyUsageNotification
    }
  }
  calloutNotifications {
    webhooks {
      ...VoucherifyCalloutNotification
    }
    distributions {
      ...VoucherifyCalloutNotification
    }
  }
  isSandbox
  webhookVersion
  codeCharset
  deleteAt
}
fragment VoucherifyUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<VoucherifyUpdateProjectMutation, VoucherifyUpdateProjectMutationVariables>;
export const VoucherifyDeleteProjectDocument = new TypedDocumentString(`
    mutation VoucherifyDeleteProject($input: DeleteProjectInput!) {
  deleteProject(input: $input) {
    project {
      id
    }
    userErrors {
      ...VoucherifyUserError
    }
  }
}
    fragment VoucherifyUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<VoucherifyDeleteProjectMutation, VoucherifyDeleteProjectMutationVariables>;
export const VoucherifyProjectUsersDocument = new TypedDocumentString(`
    query VoucherifyProjectUsers($organizationId: ID!, $projectId: ID!, $first: Int, $after: String) {
  project(id: $projectId) {
    id
    deleteAt
    members(first: $first, after: $after) {
      pageInfo {
        ...VoucherifyNextPage
      }
      edges {
        node {
          ...VoucherifyMember
        }
      }
    }
  }
}
    fragment VoucherifyNextPage on PageInfo {
  hasNextPage
  endCursor
}
fragment VoucherifyMember on ProjectMember {
  role
  roleName
  user {
    id
    email
    name
    projectMemberships(organizationId: $organizationId) {
      role
      roleName
      project {
        id
      }
    }
    organizationRole(organizationId: $organizationId)
  }
}`) as unknown as TypedDocumentString<VoucherifyProjectUsersQuery, VoucherifyProjectUsersQueryVariables>;
export const VoucherifyAssignUserDocument = new TypedDocumentString(`
    mutation VoucherifyAssignUser($organizationId: ID!, $input: AddProjectMemberInput!) {
  addProjectMember(input: $input) {
    member {
      ...VoucherifyMember
    }
    userErrors {
      ...VoucherifyUserError
    }
  }
}
    fragment VoucherifyUserError on UserError {
  code
  field
  message
}
fragment VoucherifyMember on ProjectMember {
  role
  roleName
  user {
    id
    email
    name
    projectMemberships(organizationId: $organizationId) {
      role
      roleName
      project {
        id
      }
    }
    organizationRole(organizationId: $organizationId)
  }
}`) as unknown as TypedDocumentString<VoucherifyAssignUserMutation, VoucherifyAssignUserMutationVariables>;
export const VoucherifyUpdateUserDocument = new TypedDocumentString(`
    mutation VoucherifyUpdateUser($organizationId: ID!, $input: UpdateProjectMemberInput!) {
  updateProjectMember(input: $input) {
    member {
      ...VoucherifyMember
    }
    userErrors {
      ...VoucherifyUserError
    }
  }
}
    fragment VoucherifyUserError on UserError {
  code
  field
  message
}
fragment VoucherifyMember on ProjectMember {
  role
  roleName
  user {
    id
    email
    name
    projectMemberships(organizationId: $organizationId) {
      role
      roleName
      project {
        id
      }
    }
    organizationRole(organizationId: $organizationId)
  }
}`) as unknown as TypedDocumentString<VoucherifyUpdateUserMutation, VoucherifyUpdateUserMutationVariables>;
export const VoucherifyUnassignUserDocument = new TypedDocumentString(`
    mutation VoucherifyUnassignUser($input: RemoveProjectMemberInput!) {
  removeProjectMember(input: $input) {
    removedMemberId
    userErrors {
      ...VoucherifyUserError
    }
  }
}
    fragment VoucherifyUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<VoucherifyUnassignUserMutation, VoucherifyUnassignUserMutationVariables>;
export const VoucherifyInviteUserDocument = new TypedDocumentString(`
    mutation VoucherifyInviteUser($input: InviteNewUserInput!) {
  inviteNewUser(input: $input) {
    invitations {
      id
    }
    userErrors {
      ...VoucherifyUserError
    }
  }
}
    fragment VoucherifyUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<VoucherifyInviteUserMutation, VoucherifyInviteUserMutationVariables>;
export const VoucherifyWebhooksDocument = new TypedDocumentString(`
    query VoucherifyWebhooks($projectId: ID!, $after: String) {
  project(id: $projectId) {
    id
    deleteAt
    webhooks(first: 50, after: $after) {
      pageInfo {
        ...VoucherifyNextPage
      }
      edges {
        node {
          ...VoucherifyWebhook
        }
      }
    }
  }
}
    fragment VoucherifyNextPage on PageInfo {
  hasNextPage
  endCursor
}
fragment VoucherifyWebhook on Webhook {
  id
  createdAt
  targetUrl
  events
  active
}`) as unknown as TypedDocumentString<VoucherifyWebhooksQuery, VoucherifyWebhooksQueryVariables>;
export const VoucherifyCreateWebhookDocument = new TypedDocumentString(`
    mutation VoucherifyCreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    webhook {
      ...VoucherifyWebhook
    }
    userErrors {
      ...VoucherifyUserError
    }
  }
}
    fragment VoucherifyUserError on UserError {
  code
  field
  message
}
fragment VoucherifyWebhook on Webhook {
  id
  createdAt
  targetUrl
  events
  active
}`) as unknown as TypedDocumentString<VoucherifyCreateWebhookMutation, VoucherifyCreateWebhookMutationVariables>;
export const VoucherifyUpdateWebhookDocument = new TypedDocumentString(`
    mutation VoucherifyUpdateWebhook($input: UpdateWebhookInput!) {
  updateWebhook(input: $input) {
    webhook {
      ...VoucherifyWebhook
    }
    userErrors {
      ...VoucherifyUserError
    }
  }
}
    fragment VoucherifyUserError on UserError {
  code
  field
  message
}
fragment VoucherifyWebhook on Webhook {
  id
  createdAt
  targetUrl
  events
  active
}`) as unknown as TypedDocumentString<VoucherifyUpdateWebhookMutation, VoucherifyUpdateWebhookMutationVariables>;
export const VoucherifyDeleteWebhookDocument = new TypedDocumentString(`
    mutation VoucherifyDeleteWebhook($input: DeleteWebhookInput!) {
  deleteWebhook(input: $input) {
    deletedWebhookId
    userErrors {
      ...VoucherifyUserError
    }
  }
}
    fragment VoucherifyUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<VoucherifyDeleteWebhookMutation, VoucherifyDeleteWebhookMutationVariables>;