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

/** Voucherify's template filters: conditions on id, name and campaign type (its text values), joined by `junction` (AND unless given). */
export type CampaignTemplateFilter = {
  campaignType?: StringConditions | null | undefined;
  id?: StringConditions | null | undefined;
  junction?: FilterJunction | null | undefined;
  name?: StringConditions | null | undefined;
};

export type CampaignTemplateOrder =
  /** Oldest first (the default). */
  | 'CREATED_AT_ASC'
  /** By id, ascending. */
  | 'ID_ASC'
  /** By id, descending. */
  | 'ID_DESC';

export type CampaignType =
  | 'DISCOUNT_COUPONS'
  | 'GIFT_VOUCHERS';

export type CopyCampaignTemplateInput = {
  /** Left out: the source’s; null: none. */
  description?: string | null | undefined;
  destinationProjectId: string | number;
  id: string | number;
  name: string;
  /** When given, the template must be this project’s. */
  projectId?: string | number | null | undefined;
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

export type CreateCustomEventSchemaInput = {
  name: string;
  projectId: string | number;
  properties: Array<CustomEventPropertyInput>;
};

export type CreateMetadataSchemaInput = {
  /** Default false. */
  allowDefinedOnly?: boolean | null | undefined;
  projectId: string | number;
  properties: Array<MetadataPropertyDefinitionInput>;
  relatedObject: string;
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

export type CreateStackingRulesInput = {
  /** 1 to 5. */
  applicableExclusiveRedeemablesLimit?: number | null | undefined;
  /** 1 to 30, at most applicableExclusiveRedeemablesLimit; null: no limit. */
  applicableExclusiveRedeemablesPerCategoryLimit?: number | null | undefined;
  applicableRedeemablesCategoryLimits?: Array<StackingRulesCategoryLimitInput> | null | undefined;
  /** 1 to 30, at most redeemablesLimit. */
  applicableRedeemablesLimit?: number | null | undefined;
  /** 1 to 30, at most applicableRedeemablesLimit; null: no limit. */
  applicableRedeemablesPerCategoryLimit?: number | null | undefined;
  discountCalculationMode?: DiscountCalculationMode | null | undefined;
  discountedAmountModeCategories?: Array<string> | null | undefined;
  exclusiveCategories?: Array<string> | null | undefined;
  initialAmountModeCategories?: Array<string> | null | undefined;
  jointCategories?: Array<string> | null | undefined;
  /** Must not overlap noEffectSkipCategories. */
  noEffectRedeemAnywayCategories?: Array<string> | null | undefined;
  /** Must not overlap noEffectRedeemAnywayCategories. */
  noEffectSkipCategories?: Array<string> | null | undefined;
  projectId: string | number;
  redeemablesApplicationMode?: RedeemablesApplicationMode | null | undefined;
  /** 1 to 30. */
  redeemablesLimit?: number | null | undefined;
  redeemablesNoEffectRule?: RedeemablesNoEffectRule | null | undefined;
  redeemablesProductsApplicationMode?: RedeemablesProductsApplicationMode | null | undefined;
  redeemablesRollbackOrderMode?: RedeemablesRollbackOrderMode | null | undefined;
  redeemablesSortingRule?: RedeemablesSortingRule | null | undefined;
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

/** A whole property: keys left out take their defaults (optional true, deleted false). */
export type CustomEventPropertyInput = {
  /** true soft-deletes the property; false brings it back. */
  deleted?: boolean | null | undefined;
  name: string;
  optional?: boolean | null | undefined;
  /** May change on update. */
  type: CustomEventPropertyType;
};

/** A custom event property's type; Voucherify spells each in lower case. */
export type CustomEventPropertyType =
  | 'BOOLEAN'
  | 'DATE'
  | 'DATETIME'
  | 'NUMBER'
  | 'STRING';

export type DeleteBrandInput = {
  id: string | number;
  /** When given, the brand must be this project’s. */
  projectId?: string | number | null | undefined;
};

export type DeleteCustomEventSchemaInput = {
  id: string | number;
  /** Only a schema of this project: NOT_FOUND (at projectId for a project the caller cannot see) otherwise. */
  projectId?: string | number | null | undefined;
};

export type DeleteMetadataSchemaInput = {
  id: string | number;
  /** Only a schema of this project: NOT_FOUND (at projectId for a project the caller cannot see) otherwise. */
  projectId?: string | number | null | undefined;
};

export type DeleteProjectInput = {
  id: string | number;
};

export type DeleteStackingRulesInput = {
  id: string | number;
  /** When given, the rules must be this project’s. */
  projectId?: string | number | null | undefined;
};

export type DeleteWebhookInput = {
  id: string | number;
  /** When given, the webhook must be this project’s. */
  projectId?: string | number | null | undefined;
};

export type DiscountCalculationMode =
  | 'DISCOUNTED_AMOUNT'
  | 'INITIAL_AMOUNT';

/** How the conditions of a filter combine: every one (AND) or any one (OR). */
export type FilterJunction =
  | 'AND'
  | 'OR';

export type InviteNewUserInput = {
  email: string;
  /** The person’s full name. */
  name: string;
  projects: Array<ProjectGrantInput>;
};

/** A whole definition: keys left out take their defaults (optional true, array and deleted false, no constraints). */
export type MetadataPropertyDefinitionInput = {
  array?: boolean | null | undefined;
  /** true soft-deletes the definition; false brings it back. */
  deleted?: boolean | null | undefined;
  /** Types STRING (strings) and NUMBER (numbers): the allowed values. */
  eq?: Array<unknown> | null | undefined;
  /** Type STRING only. */
  exactLength?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  /** Type NUMBER only; at most 2 decimal places, as lte, gt and gte. */
  lt?: number | null | undefined;
  lte?: number | null | undefined;
  /** Type STRING only. */
  maxLength?: number | null | undefined;
  /** Type STRING only. */
  minLength?: number | null | undefined;
  name: string;
  /** Type NUMBER only: forbidden numbers. */
  ne?: Array<unknown> | null | undefined;
  /** Type OBJECT only: the relatedObject of a custom schema of the project. */
  objectType?: string | null | undefined;
  optional?: boolean | null | undefined;
  /** Cannot change once defined. */
  type: MetadataPropertyType;
};

/** A metadata property's type; Voucherify spells each in lower case (`image_url`). */
export type MetadataPropertyType =
  | 'BOOLEAN'
  | 'DATE'
  | 'DATETIME'
  | 'GEOPOINT'
  | 'IMAGE_URL'
  | 'NUMBER'
  | 'OBJECT'
  | 'STRING';

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

/** ALL: every redeemable must validate or none is redeemed; PARTIAL: those that fail are skipped. */
export type RedeemablesApplicationMode =
  | 'ALL'
  | 'PARTIAL';

export type RedeemablesNoEffectRule =
  | 'REDEEM_ANYWAY'
  | 'SKIP';

/** STACK: several discounts may apply to one product; ONCE: one at most. */
export type RedeemablesProductsApplicationMode =
  | 'ONCE'
  | 'STACK';

export type RedeemablesRollbackOrderMode =
  | 'WITHOUT_ORDER'
  | 'WITH_ORDER';

export type RedeemablesSortingRule =
  | 'CATEGORY_HIERARCHY'
  | 'REQUESTED_ORDER';

export type RemoveProjectMemberInput = {
  /** The membership; or name it by projectId and user. */
  id?: string | number | null | undefined;
  projectId?: string | number | null | undefined;
  /** Refuse (LAST_PROJECT) when the user would be left with no project of the organization, as Voucherify does. */
  refuseLastProject?: boolean | null | undefined;
  /** The user’s id, number or e-mail address. */
  user?: string | null | undefined;
};

export type StackingRulesCategoryLimitInput = {
  categoryId: string;
  /** 1 to 10. */
  limit: number;
};

/** Voucherify's filter conditions on one field; each one given is a condition. Comparisons are case-sensitive. */
export type StringConditions = {
  contains?: string | null | undefined;
  endsWith?: string | null | undefined;
  /** true: the field has a value (these fields always have one). */
  hasValue?: boolean | null | undefined;
  /** One of these (at most 100). */
  in?: Array<string> | null | undefined;
  is?: string | null | undefined;
  isNot?: string | null | undefined;
  /** true: the field has no value (these fields never lack one). */
  isUnknown?: boolean | null | undefined;
  notContain?: string | null | undefined;
  /** None of these (at most 100). */
  notIn?: Array<string> | null | undefined;
  startsWith?: string | null | undefined;
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

export type UpdateCustomEventSchemaInput = {
  id: string | number;
  /** Only a schema of this project: NOT_FOUND (at projectId for a project the caller cannot see) otherwise. */
  projectId?: string | number | null | undefined;
  properties: Array<CustomEventPropertyInput>;
};

export type UpdateMetadataSchemaInput = {
  allowDefinedOnly?: boolean | null | undefined;
  id: string | number;
  /** Only a schema of this project: NOT_FOUND (at projectId for a project the caller cannot see) otherwise. */
  projectId?: string | number | null | undefined;
  properties: Array<MetadataPropertyDefinitionInput>;
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

export type UpdateStackingRulesInput = {
  /** 1 to 5. */
  applicableExclusiveRedeemablesLimit?: number | null | undefined;
  /** 1 to 30, at most applicableExclusiveRedeemablesLimit; null: no limit. */
  applicableExclusiveRedeemablesPerCategoryLimit?: number | null | undefined;
  applicableRedeemablesCategoryLimits?: Array<StackingRulesCategoryLimitInput> | null | undefined;
  /** 1 to 30, at most redeemablesLimit. */
  applicableRedeemablesLimit?: number | null | undefined;
  /** 1 to 30, at most applicableRedeemablesLimit; null: no limit. */
  applicableRedeemablesPerCategoryLimit?: number | null | undefined;
  discountCalculationMode?: DiscountCalculationMode | null | undefined;
  discountedAmountModeCategories?: Array<string> | null | undefined;
  exclusiveCategories?: Array<string> | null | undefined;
  id: string | number;
  initialAmountModeCategories?: Array<string> | null | undefined;
  jointCategories?: Array<string> | null | undefined;
  /** Must not overlap noEffectSkipCategories. */
  noEffectRedeemAnywayCategories?: Array<string> | null | undefined;
  /** Must not overlap noEffectRedeemAnywayCategories. */
  noEffectSkipCategories?: Array<string> | null | undefined;
  /** When given, the rules must be this project’s. */
  projectId?: string | number | null | undefined;
  redeemablesApplicationMode?: RedeemablesApplicationMode | null | undefined;
  /** 1 to 30. */
  redeemablesLimit?: number | null | undefined;
  redeemablesNoEffectRule?: RedeemablesNoEffectRule | null | undefined;
  redeemablesProductsApplicationMode?: RedeemablesProductsApplicationMode | null | undefined;
  redeemablesRollbackOrderMode?: RedeemablesRollbackOrderMode | null | undefined;
  redeemablesSortingRule?: RedeemablesSortingRule | null | undefined;
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

export type VoucherifyCampaignTemplateFragment = { id: string, name: string, description: string | null, campaignType: CampaignType, createdAt: string, updatedAt: string | null };

export type VoucherifyCampaignTemplatesQueryVariables = Exact<{
  projectId: string | number;
  first: number;
  startingAfterId?: string | number | null | undefined;
  order?: CampaignTemplateOrder | null | undefined;
  filter?: CampaignTemplateFilter | null | undefined;
  includeTotal: boolean;
}>;


export type VoucherifyCampaignTemplatesQuery = { project: { id: string, deleteAt: string | null, all?: { totalCount: number } | null, campaignTemplates: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, description: string | null, campaignType: CampaignType, createdAt: string, updatedAt: string | null } }> } | null } | null };

export type VoucherifyCopyCampaignTemplateMutationVariables = Exact<{
  input: CopyCampaignTemplateInput;
}>;


export type VoucherifyCopyCampaignTemplateMutation = { copyCampaignTemplate: { campaignTemplate: { id: string, name: string, description: string | null, campaignType: CampaignType, createdAt: string, updatedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type VoucherifyCustomEventSchemaFragment = { id: string, name: string, createdAt: string, updatedAt: string | null, properties: Array<{ name: string, type: CustomEventPropertyType, optional: boolean, deleted: boolean }> };

export type VoucherifyCustomEventSchemasQueryVariables = Exact<{
  projectId: string | number;
  after?: string | null | undefined;
}>;


export type VoucherifyCustomEventSchemasQuery = { project: { id: string, deleteAt: string | null, customEventSchemas: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, createdAt: string, updatedAt: string | null, properties: Array<{ name: string, type: CustomEventPropertyType, optional: boolean, deleted: boolean }> } }> } | null } | null };

export type VoucherifyCustomEventSchemaByIdQueryVariables = Exact<{
  projectId: string | number;
  id: string | number;
}>;


export type VoucherifyCustomEventSchemaByIdQuery = { project: { id: string, deleteAt: string | null, customEventSchemas: { edges: Array<{ node: { id: string, name: string, createdAt: string, updatedAt: string | null, properties: Array<{ name: string, type: CustomEventPropertyType, optional: boolean, deleted: boolean }> } }> } | null } | null };

export type VoucherifyCreateCustomEventSchemaMutationVariables = Exact<{
  input: CreateCustomEventSchemaInput;
}>;


export type VoucherifyCreateCustomEventSchemaMutation = { createCustomEventSchema: { customEventSchema: { id: string, name: string, createdAt: string, updatedAt: string | null, properties: Array<{ name: string, type: CustomEventPropertyType, optional: boolean, deleted: boolean }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type VoucherifyUpdateCustomEventSchemaMutationVariables = Exact<{
  input: UpdateCustomEventSchemaInput;
}>;


export type VoucherifyUpdateCustomEventSchemaMutation = { updateCustomEventSchema: { customEventSchema: { id: string, name: string, createdAt: string, updatedAt: string | null, properties: Array<{ name: string, type: CustomEventPropertyType, optional: boolean, deleted: boolean }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type VoucherifyDeleteCustomEventSchemaMutationVariables = Exact<{
  input: DeleteCustomEventSchemaInput;
}>;


export type VoucherifyDeleteCustomEventSchemaMutation = { deleteCustomEventSchema: { deletedCustomEventSchemaId: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type VoucherifyMetadataSchemaFragment = { id: string, relatedObject: string, allowDefinedOnly: boolean, createdAt: string, updatedAt: string | null, properties: Array<{ name: string, type: MetadataPropertyType, optional: boolean, array: boolean, deleted: boolean, objectType: string | null, minLength: number | null, maxLength: number | null, exactLength: number | null, eq: Array<unknown> | null, ne: Array<number> | null, lt: number | null, lte: number | null, gt: number | null, gte: number | null }> };

export type VoucherifyMetadataSchemasQueryVariables = Exact<{
  projectId: string | number;
  after?: string | null | undefined;
}>;


export type VoucherifyMetadataSchemasQuery = { project: { id: string, deleteAt: string | null, metadataSchemas: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, relatedObject: string, allowDefinedOnly: boolean, createdAt: string, updatedAt: string | null, properties: Array<{ name: string, type: MetadataPropertyType, optional: boolean, array: boolean, deleted: boolean, objectType: string | null, minLength: number | null, maxLength: number | null, exactLength: number | null, eq: Array<unknown> | null, ne: Array<number> | null, lt: number | null, lte: number | null, gt: number | null, gte: number | null }> } }> } | null } | null };

export type VoucherifyMetadataSchemaByIdQueryVariables = Exact<{
  projectId: string | number;
  id: string | number;
}>;


export type VoucherifyMetadataSchemaByIdQuery = { project: { id: string, deleteAt: string | null, metadataSchemas: { edges: Array<{ node: { id: string, relatedObject: string, allowDefinedOnly: boolean, createdAt: string, updatedAt: string | null, properties: Array<{ name: string, type: MetadataPropertyType, optional: boolean, array: boolean, deleted: boolean, objectType: string | null, minLength: number | null, maxLength: number | null, exactLength: number | null, eq: Array<unknown> | null, ne: Array<number> | null, lt: number | null, lte: number | null, gt: number | null, gte: number | null }> } }> } | null } | null };

export type VoucherifyCreateMetadataSchemaMutationVariables = Exact<{
  input: CreateMetadataSchemaInput;
}>;


export type VoucherifyCreateMetadataSchemaMutation = { createMetadataSchema: { metadataSchema: { id: string, relatedObject: string, allowDefinedOnly: boolean, createdAt: string, updatedAt: string | null, properties: Array<{ name: string, type: MetadataPropertyType, optional: boolean, array: boolean, deleted: boolean, objectType: string | null, minLength: number | null, maxLength: number | null, exactLength: number | null, eq: Array<unknown> | null, ne: Array<number> | null, lt: number | null, lte: number | null, gt: number | null, gte: number | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type VoucherifyUpdateMetadataSchemaMutationVariables = Exact<{
  input: UpdateMetadataSchemaInput;
}>;


export type VoucherifyUpdateMetadataSchemaMutation = { updateMetadataSchema: { metadataSchema: { id: string, relatedObject: string, allowDefinedOnly: boolean, createdAt: string, updatedAt: string | null, properties: Array<{ name: string, type: MetadataPropertyType, optional: boolean, array: boolean, deleted: boolean, objectType: string | null, minLength: number | null, maxLength: number | null, exactLength: number | null, eq: Array<unknown> | null, ne: Array<number> | null, lt: number | null, lte: number | null, gt: number | null, gte: number | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type VoucherifyDeleteMetadataSchemaMutationVariables = Exact<{
  input: DeleteMetadataSchemaInput;
}>;


export type VoucherifyDeleteMetadataSchemaMutation = { deleteMetadataSchema: { deletedMetadataSchemaId: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

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

export type VoucherifyProjectStateQueryVariables = Exact<{
  id: string | number;
}>;


export type VoucherifyProjectStateQuery = { project: { id: string, deleteAt: string | null } | null };

export type VoucherifyNextPageFragment = { hasNextPage: boolean, endCursor: string | null };

export type VoucherifyUserErrorFragment = { code: UserErrorCode, field: Array<string>, message: string };

export type VoucherifyStackingRulesFragment = { id: string | null, exclusiveCategories: Array<string>, jointCategories: Array<string>, redeemablesLimit: number, applicableRedeemablesLimit: number, applicableRedeemablesPerCategoryLimit: number | null, applicableExclusiveRedeemablesLimit: number, applicableExclusiveRedeemablesPerCategoryLimit: number | null, discountCalculationMode: DiscountCalculationMode, initialAmountModeCategories: Array<string>, discountedAmountModeCategories: Array<string>, redeemablesApplicationMode: RedeemablesApplicationMode, redeemablesSortingRule: RedeemablesSortingRule, redeemablesProductsApplicationMode: RedeemablesProductsApplicationMode, redeemablesNoEffectRule: RedeemablesNoEffectRule, noEffectSkipCategories: Array<string>, noEffectRedeemAnywayCategories: Array<string>, redeemablesRollbackOrderMode: RedeemablesRollbackOrderMode, createdAt: string | null, updatedAt: string | null, applicableRedeemablesCategoryLimits: Array<{ categoryId: string, limit: number }> };

export type VoucherifyProjectStackingRulesQueryVariables = Exact<{
  projectId: string | number;
}>;


export type VoucherifyProjectStackingRulesQuery = { project: { id: string, createdAt: string, deleteAt: string | null, stackingRules: { id: string | null, exclusiveCategories: Array<string>, jointCategories: Array<string>, redeemablesLimit: number, applicableRedeemablesLimit: number, applicableRedeemablesPerCategoryLimit: number | null, applicableExclusiveRedeemablesLimit: number, applicableExclusiveRedeemablesPerCategoryLimit: number | null, discountCalculationMode: DiscountCalculationMode, initialAmountModeCategories: Array<string>, discountedAmountModeCategories: Array<string>, redeemablesApplicationMode: RedeemablesApplicationMode, redeemablesSortingRule: RedeemablesSortingRule, redeemablesProductsApplicationMode: RedeemablesProductsApplicationMode, redeemablesNoEffectRule: RedeemablesNoEffectRule, noEffectSkipCategories: Array<string>, noEffectRedeemAnywayCategories: Array<string>, redeemablesRollbackOrderMode: RedeemablesRollbackOrderMode, createdAt: string | null, updatedAt: string | null, applicableRedeemablesCategoryLimits: Array<{ categoryId: string, limit: number }> } | null } | null };

export type VoucherifyCreateStackingRulesMutationVariables = Exact<{
  input: CreateStackingRulesInput;
}>;


export type VoucherifyCreateStackingRulesMutation = { createStackingRules: { stackingRules: { id: string | null, exclusiveCategories: Array<string>, jointCategories: Array<string>, redeemablesLimit: number, applicableRedeemablesLimit: number, applicableRedeemablesPerCategoryLimit: number | null, applicableExclusiveRedeemablesLimit: number, applicableExclusiveRedeemablesPerCategoryLimit: number | null, discountCalculationMode: DiscountCalculationMode, initialAmountModeCategories: Array<string>, discountedAmountModeCategories: Array<string>, redeemablesApplicationMode: RedeemablesApplicationMode, redeemablesSortingRule: RedeemablesSortingRule, redeemablesProductsApplicationMode: RedeemablesProductsApplicationMode, redeemablesNoEffectRule: RedeemablesNoEffectRule, noEffectSkipCategories: Array<string>, noEffectRedeemAnywayCategories: Array<string>, redeemablesRollbackOrderMode: RedeemablesRollbackOrderMode, createdAt: string | null, updatedAt: string | null, applicableRedeemablesCategoryLimits: Array<{ categoryId: string, limit: number }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type VoucherifyUpdateStackingRulesMutationVariables = Exact<{
  input: UpdateStackingRulesInput;
}>;


export type VoucherifyUpdateStackingRulesMutation = { updateStackingRules: { stackingRules: { id: string | null, exclusiveCategories: Array<string>, jointCategories: Array<string>, redeemablesLimit: number, applicableRedeemablesLimit: number, applicableRedeemablesPerCategoryLimit: number | null, applicableExclusiveRedeemablesLimit: number, applicableExclusiveRedeemablesPerCategoryLimit: number | null, discountCalculationMode: DiscountCalculationMode, initialAmountModeCategories: Array<string>, discountedAmountModeCategories: Array<string>, redeemablesApplicationMode: RedeemablesApplicationMode, redeemablesSortingRule: RedeemablesSortingRule, redeemablesProductsApplicationMode: RedeemablesProductsApplicationMode, redeemablesNoEffectRule: RedeemablesNoEffectRule, noEffectSkipCategories: Array<string>, noEffectRedeemAnywayCategories: Array<string>, redeemablesRollbackOrderMode: RedeemablesRollbackOrderMode, createdAt: string | null, updatedAt: string | null, applicableRedeemablesCategoryLimits: Array<{ categoryId: string, limit: number }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

export type VoucherifyDeleteStackingRulesMutationVariables = Exact<{
  input: DeleteStackingRulesInput;
}>;


export type VoucherifyDeleteStackingRulesMutation = { deleteStackingRules: { deletedStackingRulesId: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } | null };

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
export const VoucherifyCampaignTemplateFragmentDoc = new TypedDocumentString(`
    fragment VoucherifyCampaignTemplate on CampaignTemplate {
  id
  name
  description
  campaignType
  createdAt
  updatedAt
}
    `, {"fragmentName":"VoucherifyCampaignTemplate"}) as unknown as TypedDocumentString<VoucherifyCampaignTemplateFragment, unknown>;
export const VoucherifyCustomEventSchemaFragmentDoc = new TypedDocumentString(`
    fragment VoucherifyCustomEventSchema on CustomEventSchema {
  id
  name
  properties {
    name
    type
    optional
    deleted
  }
  createdAt
  updatedAt
}
    `, {"fragmentName":"VoucherifyCustomEventSchema"}) as unknown as TypedDocumentString<VoucherifyCustomEventSchemaFragment, unknown>;
export const VoucherifyMetadataSchemaFragmentDoc = new TypedDocumentString(`
    fragment VoucherifyMetadataSchema on MetadataSchema {
  id
  relatedObject
  allowDefinedOnly
  properties {
    name
    type
    optional
    array
    deleted
    objectType
    minLength
    maxLength
    exactLength
    eq
    ne
    lt
    lte
    gt
    gte
  }
  createdAt
  updatedAt
}
    `, {"fragmentName":"VoucherifyMetadataSchema"}) as unknown as TypedDocumentString<VoucherifyMetadataSchemaFragment, unknown>;
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
export const VoucherifyStackingRulesFragmentDoc = new TypedDocumentString(`
    fragment VoucherifyStackingRules on StackingRules {
  id
  exclusiveCategories
  jointCategories
  redeemablesLimit
  applicableRedeemablesLimit
  applicableRedeemablesPerCategoryLimit
  applicableRedeemablesCategoryLimits {
    categoryId
    limit
  }
  applicableExclusiveRedeemablesLimit
  applicableExclusiveRedeemablesPerCategoryLimit
  discountCalculationMode
  initialAmountModeCategories
  discountedAmountModeCategories
  redeemablesApplicationMode
  redeemablesSortingRule
  redeemablesProductsApplicationMode
  redeemablesNoEffectRule
  noEffectSkipCategories
  noEffectRedeemAnywayCategories
  redeemablesRollbackOrderMode
  createdAt
  updatedAt
}
    `, {"fragmentName":"VoucherifyStackingRules"}) as unknown as TypedDocumentString<VoucherifyStackingRulesFragment, unknown>;
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
export const VoucherifyCampaignTemplatesDocument = new TypedDocumentString(`
    query VoucherifyCampaignTemplates($projectId: ID!, $first: Int!, $startingAfterId: ID, $order: CampaignTemplateOrder, $filter: CampaignTemplateFilter, $includeTotal: Boolean!) {
  project(id: $projectId) {
    id
    deleteAt
    all: campaignTemplates(first: 0) @include(if: $includeTotal) {
      totalCount
    }
    campaignTemplates(
      first: $first
      startingAfterId: $startingAfterId
      order: $order
      filter: $filter
    ) {
      pageInfo {
        ...VoucherifyNextPage
      }
      edges {
        node {
          ...VoucherifyCampaignTemplate
        }
      }
    }
  }
}
    fragment VoucherifyCampaignTemplate on CampaignTemplate {
  id
  name
  description
  campaignType
  createdAt
  updatedAt
}
fragment VoucherifyNextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<VoucherifyCampaignTemplatesQuery, VoucherifyCampaignTemplatesQueryVariables>;
export const VoucherifyCopyCampaignTemplateDocument = new TypedDocumentString(`
    mutation VoucherifyCopyCampaignTemplate($input: CopyCampaignTemplateInput!) {
  copyCampaignTemplate(input: $input) {
    campaignTemplate {
      ...VoucherifyCampaignTemplate
    }
    userErrors {
      ...VoucherifyUserError
    }
  }
}
    fragment VoucherifyCampaignTemplate on CampaignTemplate {
  id
  name
  description
  campaignType
  createdAt
  updatedAt
}
fragment VoucherifyUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<VoucherifyCopyCampaignTemplateMutation, VoucherifyCopyCampaignTemplateMutationVariables>;
export const VoucherifyCustomEventSchemasDocument = new TypedDocumentString(`
    query VoucherifyCustomEventSchemas($projectId: ID!, $after: String) {
  project(id: $projectId) {
    id
    deleteAt
    customEventSchemas(first: 100, after: $after) {
      pageInfo {
        ...VoucherifyNextPage
      }
      edges {
        node {
          ...VoucherifyCustomEventSchema
        }
      }
    }
  }
}
    fragment VoucherifyCustomEventSchema on CustomEventSchema {
  id
  name
  properties {
    name
    type
    optional
    deleted
  }
  createdAt
  updatedAt
}
fragment VoucherifyNextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<VoucherifyCustomEventSchemasQuery, VoucherifyCustomEventSchemasQueryVariables>;
export const VoucherifyCustomEventSchemaByIdDocument = new TypedDocumentString(`
    query VoucherifyCustomEventSchemaById($projectId: ID!, $id: ID!) {
  project(id: $projectId) {
    id
    deleteAt
    customEventSchemas(first: 1, id: $id) {
      edges {
        node {
          ...VoucherifyCustomEventSchema
        }
      }
    }
  }
}
    fragment VoucherifyCustomEventSchema on CustomEventSchema {
  id
  name
  properties {
    name
    type
    optional
    deleted
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<VoucherifyCustomEventSchemaByIdQuery, VoucherifyCustomEventSchemaByIdQueryVariables>;
export const VoucherifyCreateCustomEventSchemaDocument = new TypedDocumentString(`
    mutation VoucherifyCreateCustomEventSchema($input: CreateCustomEventSchemaInput!) {
  createCustomEventSchema(input: $input) {
    customEventSchema {
      ...VoucherifyCustomEventSchema
    }
    userErrors {
      ...VoucherifyUserError
    }
  }
}
    fragment VoucherifyCustomEventSchema on CustomEventSchema {
  id
  name
  properties {
    name
    type
    optional
    deleted
  }
  createdAt
  updatedAt
}
fragment VoucherifyUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<VoucherifyCreateCustomEventSchemaMutation, VoucherifyCreateCustomEventSchemaMutationVariables>;
export const VoucherifyUpdateCustomEventSchemaDocument = new TypedDocumentString(`
    mutation VoucherifyUpdateCustomEventSchema($input: UpdateCustomEventSchemaInput!) {
  updateCustomEventSchema(input: $input) {
    customEventSchema {
      ...VoucherifyCustomEventSchema
    }
    userErrors {
      ...VoucherifyUserError
    }
  }
}
    fragment VoucherifyCustomEventSchema on CustomEventSchema {
  id
  name
  properties {
    name
    type
    optional
    deleted
  }
  createdAt
  updatedAt
}
fragment VoucherifyUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<VoucherifyUpdateCustomEventSchemaMutation, VoucherifyUpdateCustomEventSchemaMutationVariables>;
export const VoucherifyDeleteCustomEventSchemaDocument = new TypedDocumentString(`
    mutation VoucherifyDeleteCustomEventSchema($input: DeleteCustomEventSchemaInput!) {
  deleteCustomEventSchema(input: $input) {
    deletedCustomEventSchemaId
    userErrors {
      ...VoucherifyUserError
    }
  }
}
    fragment VoucherifyUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<VoucherifyDeleteCustomEventSchemaMutation, VoucherifyDeleteCustomEventSchemaMutationVariables>;
export const VoucherifyMetadataSchemasDocument = new TypedDocumentString(`
    query VoucherifyMetadataSchemas($projectId: ID!, $after: String) {
  project(id: $projectId) {
    id
    deleteAt
    metadataSchemas(first: 100, after: $after) {
      pageInfo {
        ...VoucherifyNextPage
      }
      edges {
        node {
          ...VoucherifyMetadataSchema
        }
      }
    }
  }
}
    fragment VoucherifyMetadataSchema on MetadataSchema {
  id
  relatedObject
  allowDefinedOnly
  properties {
    name
    type
    optional
    array
    deleted
    objectType
    minLength
    maxLength
    exactLength
    eq
    ne
    lt
    lte
    gt
    gte
  }
  createdAt
  updatedAt
}
fragment VoucherifyNextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<VoucherifyMetadataSchemasQuery, VoucherifyMetadataSchemasQueryVariables>;
export const VoucherifyMetadataSchemaByIdDocument = new TypedDocumentString(`
    query VoucherifyMetadataSchemaById($projectId: ID!, $id: ID!) {
  project(id: $projectId) {
    id
    deleteAt
    metadataSchemas(first: 1, id: $id) {
      edges {
        node {
          ...VoucherifyMetadataSchema
        }
      }
    }
  }
}
    fragment VoucherifyMetadataSchema on MetadataSchema {
  id
  relatedObject
  allowDefinedOnly
  properties {
    name
    type
    optional
    array
    deleted
    objectType
    minLength
    maxLength
    exactLength
    eq
    ne
    lt
    lte
    gt
    gte
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<VoucherifyMetadataSchemaByIdQuery, VoucherifyMetadataSchemaByIdQueryVariables>;
export const VoucherifyCreateMetadataSchemaDocument = new TypedDocumentString(`
    mutation VoucherifyCreateMetadataSchema($input: CreateMetadataSchemaInput!) {
  createMetadataSchema(input: $input) {
    metadataSchema {
      ...VoucherifyMetadataSchema
    }
    userErrors {
      ...VoucherifyUserError
    }
  }
}
    fragment VoucherifyMetadataSchema on MetadataSchema {
  id
  relatedObject
  allowDefinedOnly
  properties {
    name
    type
    optional
    array
    deleted
    objectType
    minLength
    maxLength
    exactLength
    eq
    ne
    lt
    lte
    gt
    gte
  }
  createdAt
  updatedAt
}
fragment VoucherifyUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<VoucherifyCreateMetadataSchemaMutation, VoucherifyCreateMetadataSchemaMutationVariables>;
export const VoucherifyUpdateMetadataSchemaDocument = new TypedDocumentString(`
    mutation VoucherifyUpdateMetadataSchema($input: UpdateMetadataSchemaInput!) {
  updateMetadataSchema(input: $input) {
    metadataSchema {
      ...VoucherifyMetadataSchema
    }
    userErrors {
      ...VoucherifyUserError
    }
  }
}
    fragment VoucherifyMetadataSchema on MetadataSchema {
  id
  relatedObject
  allowDefinedOnly
  properties {
    name
    type
    optional
    array
    deleted
    objectType
    minLength
    maxLength
    exactLength
    eq
    ne
    lt
    lte
    gt
    gte
  }
  createdAt
  updatedAt
}
fragment VoucherifyUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<VoucherifyUpdateMetadataSchemaMutation, VoucherifyUpdateMetadataSchemaMutationVariables>;
export const VoucherifyDeleteMetadataSchemaDocument = new TypedDocumentString(`
    mutation VoucherifyDeleteMetadataSchema($input: DeleteMetadataSchemaInput!) {
  deleteMetadataSchema(input: $input) {
    deletedMetadataSchemaId
    userErrors {
      ...VoucherifyUserError
    }
  }
}
    fragment VoucherifyUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<VoucherifyDeleteMetadataSchemaMutation, VoucherifyDeleteMetadataSchemaMutationVariables>;
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
export const VoucherifyProjectStateDocument = new TypedDocumentString(`
    query VoucherifyProjectState($id: ID!) {
  project(id: $id) {
    id
    deleteAt
  }
}
    `) as unknown as TypedDocumentString<VoucherifyProjectStateQuery, VoucherifyProjectStateQueryVariables>;
export const VoucherifyProjectStackingRulesDocument = new TypedDocumentString(`
    query VoucherifyProjectStackingRules($projectId: ID!) {
  project(id: $projectId) {
    id
    createdAt
    deleteAt
    stackingRules {
      ...VoucherifyStackingRules
    }
  }
}
    fragment VoucherifyStackingRules on StackingRules {
  id
  exclusiveCategories
  jointCategories
  redeemablesLimit
  applicableRedeemablesLimit
  applicableRedeemablesPerCategoryLimit
  applicableRedeemablesCategoryLimits {
    categoryId
    limit
  }
  applicableExclusiveRedeemablesLimit
  applicableExclusiveRedeemablesPerCategoryLimit
  discountCalculationMode
  initialAmountModeCategories
  discountedAmountModeCategories
  redeemablesApplicationMode
  redeemablesSortingRule
  redeemablesProductsApplicationMode
  redeemablesNoEffectRule
  noEffectSkipCategories
  noEffectRedeemAnywayCategories
  redeemablesRollbackOrderMode
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<VoucherifyProjectStackingRulesQuery, VoucherifyProjectStackingRulesQueryVariables>;
export const VoucherifyCreateStackingRulesDocument = new TypedDocumentString(`
    mutation VoucherifyCreateStackingRules($input: CreateStackingRulesInput!) {
  createStackingRules(input: $input) {
    stackingRules {
      ...VoucherifyStackingRules
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
fragment VoucherifyStackingRules on StackingRules {
  id
  exclusiveCategories
  jointCategories
  redeemablesLimit
  applicableRedeemablesLimit
  applicableRedeemablesPerCategoryLimit
  applicableRedeemablesCategoryLimits {
    categoryId
    limit
  }
  applicableExclusiveRedeemablesLimit
  applicableExclusiveRedeemablesPerCategoryLimit
  discountCalculationMode
  initialAmountModeCategories
  discountedAmountModeCategories
  redeemablesApplicationMode
  redeemablesSortingRule
  redeemablesProductsApplicationMode
  redeemablesNoEffectRule
  noEffectSkipCategories
  noEffectRedeemAnywayCategories
  redeemablesRollbackOrderMode
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<VoucherifyCreateStackingRulesMutation, VoucherifyCreateStackingRulesMutationVariables>;
export const VoucherifyUpdateStackingRulesDocument = new TypedDocumentString(`
    mutation VoucherifyUpdateStackingRules($input: UpdateStackingRulesInput!) {
  updateStackingRules(input: $input) {
    stackingRules {
      ...VoucherifyStackingRules
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
fragment VoucherifyStackingRules on StackingRules {
  id
  exclusiveCategories
  jointCategories
  redeemablesLimit
  applicableRedeemablesLimit
  applicableRedeemablesPerCategoryLimit
  applicableRedeemablesCategoryLimits {
    categoryId
    limit
  }
  applicableExclusiveRedeemablesLimit
  applicableExclusiveRedeemablesPerCategoryLimit
  discountCalculationMode
  initialAmountModeCategories
  discountedAmountModeCategories
  redeemablesApplicationMode
  redeemablesSortingRule
  redeemablesProductsApplicationMode
  redeemablesNoEffectRule
  noEffectSkipCategories
  noEffectRedeemAnywayCategories
  redeemablesRollbackOrderMode
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<VoucherifyUpdateStackingRulesMutation, VoucherifyUpdateStackingRulesMutationVariables>;
export const VoucherifyDeleteStackingRulesDocument = new TypedDocumentString(`
    mutation VoucherifyDeleteStackingRules($input: DeleteStackingRulesInput!) {
  deleteStackingRules(input: $input) {
    deletedStackingRulesId
    userErrors {
      ...VoucherifyUserError
    }
  }
}
    fragment VoucherifyUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<VoucherifyDeleteStackingRulesMutation, VoucherifyDeleteStackingRulesMutationVariables>;
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