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
