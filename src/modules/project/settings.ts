import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import type { InputFieldBuilder } from '../../graphql/mutation.js';

// The project settings Voucherify carries (../shared/compat/voucherify.md §4.1): time zone, currency,
// codes, what client-side keys may do, and whom Steward would notify of usage and failed callouts.

/** The only cluster this deployment serves: Voucherify's default region. */
export const CLUSTER_ID = 'eu1';
export const WEBHOOK_VERSIONS = ['v2024-01-01'] as const;

export const CLIENT_SIDE_ACCESS = ['redeem', 'publish', 'listVouchers', 'createCustomer', 'loyaltyEvents', 'setVoucherExpirationDate'] as const;
export const USAGE_KINDS = ['apiCalls', 'bulkApiCalls', 'webhookCalls', 'cycleCalls', 'messages', 'redemptions'] as const;
export const CALLOUT_KINDS = ['webhooks', 'distributions'] as const;

type ClientSideAccess = Record<(typeof CLIENT_SIDE_ACCESS)[number], boolean>;
interface UsageNotification {
  enabled: boolean;
  /** Percent of the limit at which to notify, 10 to 90. */
  threshold: number;
  inApp: boolean;
  emails: string[];
}
interface CalloutNotification {
  email: boolean;
  inApp: boolean;
  emails: string[];
}

const USAGE_DEFAULT: UsageNotification = { enabled: false, threshold: 80, inApp: false, emails: [] };
const CALLOUT_DEFAULT: CalloutNotification = { email: false, inApp: false, emails: [] };

/** A stored settings object read with every key present: what was never set reads as the default. */
function filledIn<Key extends string, Value>(stored: Prisma.JsonValue, keys: readonly Key[], fallback: Value): Record<Key, Value> {
  const set = (stored ?? {}) as Partial<Record<Key, Value>>;
  return Object.fromEntries(keys.map((key) => [key, set[key] ?? fallback])) as Record<Key, Value>;
}

export const clientSideAccessOf = (stored: Prisma.JsonValue): ClientSideAccess => filledIn(stored, CLIENT_SIDE_ACCESS, false);
export const usageNotificationsOf = (stored: Prisma.JsonValue) => filledIn(stored, USAGE_KINDS, USAGE_DEFAULT);
export const calloutNotificationsOf = (stored: Prisma.JsonValue) => filledIn(stored, CALLOUT_KINDS, CALLOUT_DEFAULT);

// GraphQL types

const ClientSideAccessRef = builder.objectRef<ClientSideAccess>('ProjectClientSideAccess').implement({
  description: 'What client-side keys of the project may do (Voucherify’s client_*_enabled flags).',
  fields: (t) => Object.fromEntries(CLIENT_SIDE_ACCESS.map((key) => [key, t.exposeBoolean(key)])),
});

const UsageNotificationRef = builder.objectRef<UsageNotification>('UsageNotification').implement({
  fields: (t) => ({
    enabled: t.exposeBoolean('enabled'),
    threshold: t.exposeInt('threshold', { description: 'Percent of the limit at which to notify (10 to 90).' }),
    inApp: t.exposeBoolean('inApp'),
    emails: t.exposeStringList('emails'),
  }),
});

const UsageNotificationsRef = builder.objectRef<ReturnType<typeof usageNotificationsOf>>('ProjectUsageNotifications').implement({
  description: 'Whom to notify as the project nears a usage limit, per kind of usage.',
  fields: (t) => Object.fromEntries(USAGE_KINDS.map((kind) => [kind, t.field({ type: UsageNotificationRef, resolve: (all) => all[kind] })])),
});

const CalloutNotificationRef = builder.objectRef<CalloutNotification>('CalloutNotification').implement({
  fields: (t) => ({ email: t.exposeBoolean('email'), inApp: t.exposeBoolean('inApp'), emails: t.exposeStringList('emails') }),
});

const CalloutNotificationsRef = builder.objectRef<ReturnType<typeof calloutNotificationsOf>>('ProjectCalloutNotifications').implement({
  description: 'Whom to notify when webhook or distribution callouts fail.',
  fields: (t) => Object.fromEntries(CALLOUT_KINDS.map((kind) => [kind, t.field({ type: CalloutNotificationRef, resolve: (all) => all[kind] })])),
});

export const settingsFields = {
  clientSideAccess: ClientSideAccessRef,
  usageNotifications: UsageNotificationsRef,
  calloutNotifications: CalloutNotificationsRef,
};

const ClientSideAccessInput = builder.inputType('ProjectClientSideAccessInput', {
  description: 'The flags to change; those left out keep their value.',
  fields: (t) => ({
    redeem: t.boolean({ required: false }),
    publish: t.boolean({ required: false }),
    listVouchers: t.boolean({ required: false }),
    createCustomer: t.boolean({ required: false }),
    loyaltyEvents: t.boolean({ required: false }),
    setVoucherExpirationDate: t.boolean({ required: false }),
  }),
});

const UsageNotificationInput = builder.inputType('UsageNotificationInput', {
  description: 'Replaces the kind’s settings whole.',
  fields: (t) => ({
    enabled: t.boolean(),
    threshold: t.int({ description: '10 to 90.' }),
    inApp: t.boolean(),
    emails: t.stringList(),
  }),
});

const UsageNotificationsInput = builder.inputType('ProjectUsageNotificationsInput', {
  description: 'The kinds to change; those left out keep their settings.',
  fields: (t) => ({
    apiCalls: t.field({ type: UsageNotificationInput, required: false }),
    bulkApiCalls: t.field({ type: UsageNotificationInput, required: false }),
    webhookCalls: t.field({ type: UsageNotificationInput, required: false }),
    cycleCalls: t.field({ type: UsageNotificationInput, required: false }),
    messages: t.field({ type: UsageNotificationInput, required: false }),
    redemptions: t.field({ type: UsageNotificationInput, required: false }),
  }),
});

const CalloutNotificationInput = builder.inputType('CalloutNotificationInput', {
  fields: (t) => ({ email: t.boolean(), inApp: t.boolean(), emails: t.stringList() }),
});

const CalloutNotificationsInput = builder.inputType('ProjectCalloutNotificationsInput', {
  description: 'The kinds to change; those left out keep their settings.',
  fields: (t) => ({
    webhooks: t.field({ type: CalloutNotificationInput, required: false }),
    distributions: t.field({ type: CalloutNotificationInput, required: false }),
  }),
});

/** The settings' input fields of createProject and updateProject. */
export const settingsInput = (t: InputFieldBuilder) => ({
  timezone: t.string({ required: false, description: 'An IANA time zone such as `Europe/Prague` or `Etc/GMT+1`; UTC unless given.' }),
  currency: t.string({ required: false, description: 'An ISO 4217 code; EUR unless given.' }),
  dialCode: t.string({ required: false, description: 'An ITU country dial code such as `+48`; null clears it.' }),
  webhookVersion: t.string({ required: false, description: `The version of the webhook payloads: ${WEBHOOK_VERSIONS.join(', ')}.` }),
  codeCharset: t.string({ required: false, description: 'The characters of new voucher codes; null: the default.' }),
  clientSideAccess: t.field({ type: ClientSideAccessInput, required: false }),
  usageNotifications: t.field({ type: UsageNotificationsInput, required: false }),
  calloutNotifications: t.field({ type: CalloutNotificationsInput, required: false }),
});

/** The settings' input fields only createProject takes. */
export const creationSettingsInput = (t: InputFieldBuilder) => ({
  caseSensitiveCodes: t.boolean({ required: false, description: 'Whether voucher codes compare case-sensitively; true unless given. Fixed once created.' }),
  clusterId: t.string({ required: false, description: `The region; this deployment serves ${CLUSTER_ID} only.` }),
  isSandbox: t.boolean({ required: false, description: 'A sandbox project cannot be deleted.' }),
});

// Validation

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const emails = z.array(z.email('must be an e-mail address').max(254)).max(20, 'at most 20 addresses');

export const settingsSchema = {
  timezone: z.string().trim().refine(isTimeZone, 'timezone must be an IANA time zone such as Europe/Prague'),
  currency: z.string().trim().toUpperCase().refine((code) => CURRENCIES.has(code), 'currency must be an ISO 4217 code such as EUR'),
  dialCode: z.string().trim().regex(/^\+?[0-9]{1,4}$/, 'dialCode must be a country dial code such as +48'),
  webhookVersion: z.string().refine((version) => (WEBHOOK_VERSIONS as readonly string[]).includes(version), `webhookVersion must be one of ${WEBHOOK_VERSIONS.join(', ')}`),
  codeCharset: z
    .string()
    .min(2, 'codeCharset must have at least two characters')
    .max(100, 'codeCharset must be at most 100 characters')
    .refine((charset) => new Set(charset).size === [...charset].length, 'codeCharset must not repeat a character'),
  clientSideAccess: z.partialRecord(z.enum(CLIENT_SIDE_ACCESS), z.boolean().nullish()),
  usageNotifications: z.partialRecord(
    z.enum(USAGE_KINDS),
    z.object({ enabled: z.boolean(), threshold: z.number().int().refine((percent) => percent >= 10 && percent <= 90, 'threshold must be 10 to 90'), inApp: z.boolean(), emails }).nullish(),
  ),
  calloutNotifications: z.partialRecord(z.enum(CALLOUT_KINDS), z.object({ email: z.boolean(), inApp: z.boolean(), emails }).nullish()),
  caseSensitiveCodes: z.boolean(),
  clusterId: z.string().refine((cluster) => cluster === CLUSTER_ID, `clusterId: this deployment serves ${CLUSTER_ID} only`),
  isSandbox: z.boolean(),
};

/** A partial settings object merged into what is stored: only the keys sent change. */
export function mergeSettings(stored: Prisma.JsonValue, changes: Record<string, unknown> | null | undefined): Prisma.InputJsonObject | undefined {
  if (!changes) return undefined;
  const sent = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined && value !== null));
  return { ...((stored ?? {}) as Prisma.InputJsonObject), ...sent } as Prisma.InputJsonObject;
}
