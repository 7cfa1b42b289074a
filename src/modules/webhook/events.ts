/**
 * Event names a webhook may subscribe to: Steward's own, which fire, and Voucherify's, which are
 * stored so that Voucherify's scripts keep working but never fire (Steward has no vouchers).
 */

/** Voucherify's enum as its specification spells it (compat/voucherify.md §4.6), typos included. */
const VOUCHERIFY_ENUM = [
  'business_validation_rule.assignment.created', 'business_validation_rule.assignment.deleted', 'business_validation_rule.created',
  'business_validation_rule.deleted', 'business_validation_rule.updated',
  'campaign.created', 'campaign.deleted', 'campaign.disabled', 'campaign.enabled', 'campaign.updated',
  'campaign.earning_rule.assigned', 'campaign.earning_rule.deleted', 'campaign.earning_rule.disabled', 'campaign.earning_rule.enabled',
  'campaign.earning_rule.updated',
  'campaign.loyalty_tier.created', 'campaign.loyalty_tier.deleted', 'campaign.loyalty_tier.updated',
  'campaign.promotion_stack.created', 'campaign.promotion_stack.updated',
  'campaign.promotion_tier.created', 'campaign.promotion_tier.deleted', 'campaign.promotion_tier.disabled', 'campaign.promotion_tier.enabled',
  'campaign.promotion_tier.updated',
  'campaign.referral_tier.created', 'campaign.referral_tier.deleted', 'campaign.referral_tier.updated',
  'campaign.reward.assignment.created', 'campaign.reward.assignment.deleted', 'campaign.reward.assignment.updated',
  'campaign.vouchers.aded', 'campaign.vouchers.generation.completed', 'campaign.vouchers.generation.failed', 'campaign.vouchers.generation.started',
  'customer.confirmed', 'customer.created', 'customer.deleted', 'customer.rewarded', 'customer.rewarded.loyalty_points',
  'publication.succeeded',
  'redemption.failed', 'redemption.rollback.failed', 'redemption.rollback.succeeded', 'redemption.succeeded',
  'voucher.created', 'voucher.deleted', 'voucher.disabled', 'voucher.enabled', 'voucher.published', 'voucher.updated',
  'voucher.gift.balance_aded', 'voucher.gift.transaction.created',
  'voucher.loyalty_card.pending_points.activated', 'voucher.loyalty_card.pending_points.aded', 'voucher.loyalty_card.pending_points.canceled',
  'voucher.loyalty_card.pending_points.updated', 'voucher.loyalty_card.points_aded', 'voucher.loyalty_card.points_expired',
  'voucher.loyalty_card.transaction.created',
] as const;

/** Voucherify's prose spells the four `…aded` names `…added` and lists `customer.updated`, which the enum lacks. */
const VOUCHERIFY_PROSE = [
  'campaign.vouchers.added', 'voucher.gift.balance_added', 'voucher.loyalty_card.points_added', 'voucher.loyalty_card.pending_points.added',
  'customer.updated',
] as const;

export const VOUCHERIFY_EVENTS: readonly string[] = [...VOUCHERIFY_ENUM, ...VOUCHERIFY_PROSE];

/** Past tenses the rule (`+d` after e, else `+ed`) gets wrong. */
const IRREGULAR: Record<string, string> = {
  add: 'added',
  bootstrap: 'bootstrapped',
  cancel: 'canceled',
  copy: 'copied',
  rollback: 'rolled_back',
  send: 'sent',
  set: 'set',
  state: 'state_changed',
  transfer: 'transferred',
};

/** Actions whose event says more than their verb: an operator's purge of a project is a request (`project.purged` follows). */
const RENAMED: Record<string, string> = { 'project.purge': 'project.purge_requested' };

function pastTense(verb: string): string {
  if (IRREGULAR[verb]) return IRREGULAR[verb];
  if (verb.endsWith('ed')) return verb;
  return verb.endsWith('e') ? `${verb}d` : `${verb}ed`;
}

/**
 * The event an audit action emits: `resource.verb` becomes `resource.verbed` (`project.create` →
 * `project.created`), `resource.verb_object` becomes `resource.object_verbed`
 * (`client.rotate_secret` → `client.secret_rotated`).
 */
export function eventTypeOf(action: string): string {
  if (RENAMED[action]) return RENAMED[action];
  const dot = action.indexOf('.');
  const [verb, ...object] = action.slice(dot + 1).split('_');
  const past = pastTense(verb!);
  return `${action.slice(0, dot)}.${object.length > 0 ? `${object.join('_')}_${past}` : past}`;
}

/** Every audit action Steward records (a module that adds one adds it here, so that webhooks may subscribe to its event). */
const STEWARD_ACTIONS = [
  'organization.create', 'organization.update', 'organization.update_limits', 'organization.delete', 'organization.bootstrap',
  'member.add', 'member.update', 'member.remove',
  'invitation.create', 'invitation.accept', 'invitation.decline', 'invitation.cancel',
  'join_request.create', 'join_request.approve', 'join_request.reject', 'join_request.cancel',
  'project.create', 'project.update', 'project.delete', 'project.undelete', 'project.purge', 'project.purged', 'project.transfer',
  'project.set_limits', 'project.remove_limit', 'project.enable_feature', 'project.disable_feature',
  'project_member.add', 'project_member.update', 'project_member.remove',
  'client.create', 'client.update', 'client.rotate_secret', 'client.delete',
  'reference.create', 'reference.update', 'reference.delete',
  'dashboard.create', 'dashboard.update', 'dashboard.delete', 'report.create', 'report.update', 'report.delete',
  'configuration.create', 'configuration.update', 'configuration.delete', 'configuration.restore', 'configuration.purge',
  'configuration.copy', 'configuration.rollback', 'configuration.state',
  'configuration_row.create', 'configuration_row.update', 'configuration_row.delete', 'configuration_row.copy',
  'configuration_row.rollback', 'configuration_row.state',
  'metadata.create', 'metadata.update', 'metadata.delete',
  'management_key.create', 'management_key.update', 'management_key.rotate', 'management_key.reveal', 'management_key.revoke',
  'storage_token.create', 'storage_token.revoke',
  'webhook.create', 'webhook.update', 'webhook.delete', 'webhook.rotate_secret', 'webhook.send_ping',
  'metadata_schema.create', 'metadata_schema.update', 'metadata_schema.delete',
  'custom_event_schema.create', 'custom_event_schema.update', 'custom_event_schema.delete',
  'stacking_rules.create', 'stacking_rules.update', 'stacking_rules.delete',
  'brand.create', 'brand.update', 'brand.delete',
  'campaign_template.create', 'campaign_template.update', 'campaign_template.delete', 'campaign_template.copy',
];

export const STEWARD_EVENTS: readonly string[] = STEWARD_ACTIONS.map(eventTypeOf);

/**
 * Events of resources outside any project: they reach every webhook of the organization that
 * subscribes to them, so subscribing needs what reading the audit log needs.
 */
const PROJECT_RESOURCES = new Set([
  'project', 'project_member', 'client', 'reference', 'dashboard', 'report', 'configuration', 'configuration_row', 'webhook', 'storage_token',
  'metadata_schema', 'custom_event_schema', 'stacking_rules', 'brand', 'campaign_template',
]);

export function isProjectEvent(type: string): boolean {
  return PROJECT_RESOURCES.has(type.slice(0, type.indexOf('.')));
}

export function isOrganizationEvent(type: string): boolean {
  return STEWARD_EVENTS.includes(type) && !isProjectEvent(type);
}

const ACCEPTED = new Set([...VOUCHERIFY_EVENTS, ...STEWARD_EVENTS]);

export function isKnownEvent(type: string): boolean {
  return ACCEPTED.has(type);
}

/** The type of the test event sendWebhookPing sends, whatever the webhook subscribes to. */
export const PING_EVENT = 'webhook.ping';
