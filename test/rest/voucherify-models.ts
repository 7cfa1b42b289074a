// The object models of Voucherify's Management API (../shared/compat/voucherify.md §4, §5, §6), written
// from the specification, independently of Steward's code: every response of the dialect's tests is
// checked against one of them. Strict: a key Voucherify does not send fails the check too.
import { z } from 'zod';

const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'ISO 8601 UTC with milliseconds');

const usageNotification = z.strictObject({ enabled: z.boolean(), value: z.number().int().min(10).max(90), in_app: z.boolean(), emails: z.array(z.string()) });
const calloutNotification = z.strictObject({ email: z.boolean(), in_app: z.boolean(), emails: z.array(z.string()) });

export const Project = z.strictObject({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  timezone: z.string(),
  currency: z.string().length(3),
  dial_code: z.string().nullable(),
  cluster_id: z.string(),
  api_version: z.literal('v2018-08-01'),
  case_sensitive_codes: z.boolean(),
  client_trusted_domains: z.array(z.string()),
  client_redeem_enabled: z.boolean(),
  client_publish_enabled: z.boolean(),
  client_list_vouchers_enabled: z.boolean(),
  client_create_customer_enabled: z.boolean(),
  client_loyalty_events_enabled: z.boolean(),
  client_set_voucher_expiration_date_enabled: z.boolean(),
  api_usage_notifications: z.strictObject({
    api_calls: usageNotification,
    bulk_api_calls: usageNotification,
    webhook_calls: usageNotification,
    cycle_calls: usageNotification,
    messages: usageNotification,
    redemptions: usageNotification,
  }),
  webhooks_callout_notifications: z.strictObject({ distributions: calloutNotification, webhooks: calloutNotification }),
  is_sandbox: z.boolean(),
  webhook_version: z.literal('v2024-01-01'),
  default_code_config: z.strictObject({ charset: z.string() }),
});

const keyPair = z.strictObject({ app_id: z.string(), app_token: z.string().min(20) });
export const CreatedProject = Project.extend({ server_side_key: keyPair, client_side_key: keyPair });

export const User = z.strictObject({
  id: z.string(),
  login: z.string(),
  email: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  projects: z.record(z.string(), z.string()),
  is_owner: z.boolean(),
});

export const list = <T extends z.ZodType>(item: T) =>
  z.strictObject({ object: z.literal('list'), data_ref: z.literal('data'), data: z.array(item), total: z.number().int() }).refine((body) => body.total === body.data.length, 'total counts data');

export const ErrorBody = z.strictObject({
  code: z.number().int(),
  key: z.string(),
  message: z.string(),
  details: z.string().optional(),
  request_id: z.string().regex(/^v-[0-9a-f]+$/),
  resource_id: z.string().optional(),
  resource_type: z.string().optional(),
});
export const Unauthorized = z.strictObject({ code: z.literal(401), message: z.literal('Unauthorized'), key: z.literal('unauthorized') });
export const BadRequest = z.strictObject({ statusCode: z.literal(400), error: z.literal('Bad Request'), message: z.literal('Invalid request payload JSON format') });

export { timestamp };

// §4.3: a metadata schema; a definition has `type`, `optional` and `array`, its constraints only where its type allows them.
const MetadataDefinition = z.strictObject({
  type: z.enum(['string', 'number', 'object', 'date', 'datetime', 'geopoint', 'boolean', 'image_url']),
  optional: z.boolean(),
  array: z.boolean(),
  deleted: z.boolean().optional(),
  object_type: z.string().nullable().optional(),
  min_length: z.number().int().optional(),
  max_length: z.number().int().optional(),
  exact_length: z.number().int().optional(),
  eq: z.array(z.union([z.string(), z.number()])).optional(),
  ne: z.array(z.number()).optional(),
  lt: z.number().optional(),
  lte: z.number().optional(),
  gt: z.number().optional(),
  gte: z.number().optional(),
});

export const MetadataSchema = z.strictObject({
  id: z.string(),
  related_object: z.string(),
  properties: z.record(z.string(), MetadataDefinition),
  allow_defined_only: z.boolean().nullable(),
  created_at: timestamp,
  updated_at: timestamp.nullable(),
  object: z.literal('metadata_schema'),
});

// §4.4: a custom event schema; `updated_at` is optional.
export const CustomEventSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  schema: z.strictObject({
    properties: z.record(z.string(), z.strictObject({ type: z.enum(['string', 'number', 'date', 'datetime', 'boolean']), optional: z.boolean(), deleted: z.boolean().optional() })),
  }),
  created_at: timestamp,
  updated_at: timestamp.optional(),
  object: z.literal('custom-event-schema'),
});

// Stacking rules (§4.5; no object marker): the limits' ranges, and `applicable_redeemables_limit` within `redeemables_limit`.
const stackingLimit = (max: number) => z.number().int().min(1).max(max);
const categoryIds = z.array(z.string());
export const StackingRules = z
  .strictObject({
    id: z.string().startsWith('stk_'),
    exclusive_categories: categoryIds,
    joint_categories: categoryIds,
    redeemables_limit: stackingLimit(30),
    applicable_redeemables_limit: stackingLimit(30),
    applicable_redeemables_per_category_limit: stackingLimit(30).nullable(),
    applicable_redeemables_category_limits: z.record(z.string(), stackingLimit(10)),
    applicable_exclusive_redeemables_limit: stackingLimit(5),
    applicable_exclusive_redeemables_per_category_limit: stackingLimit(30).nullable(),
    discount_calculation_mode: z.enum(['INITIAL_AMOUNT', 'DISCOUNTED_AMOUNT']),
    initial_amount_mode_categories: categoryIds,
    discounted_amount_mode_categories: categoryIds,
    redeemables_application_mode: z.enum(['ALL', 'PARTIAL']),
    redeemables_sorting_rule: z.enum(['CATEGORY_HIERARCHY', 'REQUESTED_ORDER']),
    redeemables_products_application_mode: z.enum(['STACK', 'ONCE']),
    redeemables_no_effect_rule: z.enum(['REDEEM_ANYWAY', 'SKIP']),
    no_effect_skip_categories: categoryIds,
    no_effect_redeem_anyway_categories: categoryIds,
    redeemables_rollback_order_mode: z.enum(['WITH_ORDER', 'WITHOUT_ORDER']),
    created_at: timestamp,
    updated_at: timestamp.optional(),
  })
  .refine((rules) => rules.applicable_redeemables_limit <= rules.redeemables_limit, 'applicable_redeemables_limit ≤ redeemables_limit')
  .refine((rules) => !rules.no_effect_skip_categories.some((id) => rules.no_effect_redeem_anyway_categories.includes(id)), 'the no-effect category lists do not overlap');
/** The update answers with `updated_at` (§4.5: required there). */
export const UpdatedStackingRules = StackingRules.refine((rules) => rules.updated_at !== undefined, 'updated_at after an update');
/** The list of stacking rules: always exactly one item (§3.5, §6). */
export const StackingRulesList = list(StackingRules).refine((body) => body.total === 1, 'exactly one item');

// Campaign templates (§4.8, §6 and §9 #4: the list follows `data_ref`, here `data`; `total` only with include_total).
export const CampaignTemplate = z.strictObject({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  campaign_type: z.enum(['DISCOUNT_COUPONS', 'GIFT_VOUCHERS']),
  created_at: timestamp,
  updated_at: timestamp.optional(),
  object: z.literal('campaign_template'),
});
export const CampaignTemplateList = z
  .strictObject({
    object: z.literal('list'),
    data_ref: z.literal('data'),
    data: z.array(CampaignTemplate),
    total: z.number().int().min(0).optional(),
    has_more: z.boolean(),
    more_starting_after: z.string().optional(),
  })
  .refine((body) => body.has_more === (body.more_starting_after !== undefined), 'more_starting_after exactly when has_more')
  .refine((body) => body.more_starting_after === undefined || body.more_starting_after === body.data.at(-1)?.id, 'more_starting_after is the last item');

// Webhooks (§4.6) and branding (§4.7)

export const Webhook = z.strictObject({
  id: z.string(),
  object: z.literal('webhook'),
  created_at: timestamp,
  target_url: z.string(),
  events: z.array(z.string()),
  active: z.boolean(),
});

export const Brand = z.strictObject({
  id: z.string(),
  brand: z.strictObject({
    name: z.string(),
    privacy_policy_url: z.string().nullable(),
    terms_of_use_url: z.string().nullable(),
    permission_reminder: z.string(),
    website_url: z.string().nullable(),
  }),
  address: z.strictObject({ street: z.string(), city: z.string(), postal: z.string().nullable(), state: z.string().nullable(), country: z.string() }),
  contact: z.strictObject({ email: z.string(), phone: z.string().nullable() }),
});
