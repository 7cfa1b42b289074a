import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { MAX_GRACE_PERIOD_SECONDS } from '../../access/rotation.js';
import type { Context } from '../../context.js';
import { isIdOf, newId } from '../../db/ids.js';
import { parseInput } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { audited } from '../audit/service.js';
import { authorizedProject, existingProject } from '../project/service.js';
import { isKnownEvent, isOrganizationEvent, PING_EVENT } from './events.js';
import { enqueueDelivery, eventBody } from './outbox.js';
import { newSigningSecret, secretSealer } from './signing.js';
import { targetProblem } from './targets.js';

/** A rotated secret keeps signing for a day unless the caller says otherwise. */
const DEFAULT_GRACE_PERIOD_SECONDS = 24 * 3600;

const targetUrl = z
  .string()
  .trim()
  .max(2000, 'targetUrl must be at most 2000 characters')
  .superRefine((text, issues) => {
    const problem = targetProblem(text);
    if (problem) issues.addIssue({ code: 'custom', message: problem });
  });

const events = z
  .array(z.string().trim())
  .max(100, 'events holds at most 100 names')
  .superRefine((names, issues) => {
    const unknown = names.filter((name) => !isKnownEvent(name));
    if (unknown.length > 0) {
      issues.addIssue({ code: 'custom', message: `unknown events: ${unknown.slice(0, 5).join(', ')} (Steward's own event names and Voucherify's are accepted)` });
    }
  })
  .transform((names) => [...new Set(names)]);

/**
 * The sealer of webhook secrets. Without a server secret none can be stored: on PostgreSQL the
 * operator must set STEWARD_SECRET, the same on every instance, since any of them signs.
 */
function sealerOf(context: Context) {
  if (!context.sealer) {
    throw new GraphQLError('webhook secrets cannot be stored: the server has no STEWARD_SECRET; the operator must set it (the same value on every instance)', {
      extensions: { code: 'NOT_CONFIGURED' },
    });
  }
  return secretSealer(context.sealer);
}

/** Organization-wide events reach a project's webhook only if its writer may read the organization's audit log. */
async function requireEventAccess(context: Context, organizationId: string, names: string[]) {
  if (names.some(isOrganizationEvent)) await context.access.require('audit:read', { organizationId });
}

/** The webhook with this id (of this project, when one is named) and its place, if the caller holds `permission` there; NOT_FOUND otherwise. */
async function authorizedWebhook(context: Context, id: string, permission: 'webhook:read' | 'webhook:write', projectId?: string | null) {
  const project = projectId ? await authorizedProject(context, projectId, 'webhook:read', 'projectId') : null;
  const target = isIdOf('Webhook', id)
    ? await context.prisma.webhook.findFirst({
        where: { id, project: existingProject(), ...(project ? { projectId: project.projectId } : {}) },
        select: { organizationId: true, projectId: true },
      })
    : null;
  return context.access.authorizeOrNotFound(permission, target, 'webhook');
}

const newWebhook = z.object({ projectId: z.string(), targetUrl, events, active: z.boolean().nullish().transform((active) => active ?? true) });

/** Creates a webhook with a new signing secret, returned only here. */
export async function createWebhook(context: Context, input: z.input<typeof newWebhook>) {
  const data = parseInput(newWebhook, input);
  const target = await authorizedProject(context, data.projectId, 'webhook:read', 'projectId');
  await context.access.require('webhook:write', target);
  await requireEventAccess(context, target.organizationId, data.events);
  const secret = newSigningSecret();
  const secretCiphertext = sealerOf(context).seal(secret);
  const webhook = await audited(context, async (tx, audit) => {
    const fields = { targetUrl: data.targetUrl, events: data.events, active: data.active };
    const created = await tx.webhook.create({ data: { id: newId('Webhook'), ...target, ...fields, secretCiphertext } });
    await audit({ ...target, action: 'webhook.create', target: { type: 'Webhook', id: created.id }, changes: fields });
    return created;
  });
  return { webhook, secret };
}

const webhookChanges = z.object({ id: z.string(), projectId: z.string().nullish(), targetUrl: targetUrl.nullish(), events: events.nullish(), active: z.boolean().nullish() });

/** Changes the fields given; `events`, when given, replaces the list whole. */
export async function updateWebhook(context: Context, input: z.input<typeof webhookChanges>) {
  const { id, projectId, ...given } = parseInput(webhookChanges, input);
  const target = await authorizedWebhook(context, id, 'webhook:write', projectId);
  if (given.events) await requireEventAccess(context, target.organizationId, given.events);
  const changes = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined && value !== null)) as Prisma.WebhookUpdateInput;
  const webhook = await audited(context, async (tx, audit) => {
    await audit({ ...target, action: 'webhook.update', target: { type: 'Webhook', id }, changes });
    return tx.webhook.update({ where: { id }, data: changes });
  });
  return { webhook };
}

/** Deletes the webhook with its deliveries; their pending retries are dropped. */
export async function deleteWebhook(context: Context, { id, projectId }: { id: string; projectId?: string | null }) {
  const target = await authorizedWebhook(context, id, 'webhook:write', projectId);
  await audited(context, async (tx, audit) => {
    const removed = await tx.webhook.delete({ where: { id } });
    await audit({ ...target, action: 'webhook.delete', target: { type: 'Webhook', id }, changes: { targetUrl: removed.targetUrl } });
  });
  return { deletedWebhookId: id };
}

const rotation = z.object({
  id: z.string(),
  gracePeriodSeconds: z
    .number()
    .int()
    .min(0, 'gracePeriodSeconds must not be negative')
    .max(MAX_GRACE_PERIOD_SECONDS, `gracePeriodSeconds must be at most ${MAX_GRACE_PERIOD_SECONDS} (7 days)`)
    .nullish()
    .transform((seconds) => seconds ?? DEFAULT_GRACE_PERIOD_SECONDS),
});

/** A new signing secret, returned only here; the previous one keeps signing too (a second signature) for the grace period. */
export async function rotateWebhookSecret(context: Context, input: z.input<typeof rotation>) {
  const data = parseInput(rotation, input);
  const target = await authorizedWebhook(context, data.id, 'webhook:write');
  const sealer = sealerOf(context);
  const secret = newSigningSecret();
  const webhook = await audited(context, async (tx, audit) => {
    const current = await tx.webhook.findUniqueOrThrow({ where: { id: data.id }, select: { secretCiphertext: true } });
    const grace = data.gracePeriodSeconds > 0;
    const previousSecretExpiresAt = grace ? new Date(Date.now() + data.gracePeriodSeconds * 1000) : null;
    await audit({ ...target, action: 'webhook.rotate_secret', target: { type: 'Webhook', id: data.id }, changes: { gracePeriodSeconds: data.gracePeriodSeconds } });
    return tx.webhook.update({
      where: { id: data.id },
      data: { secretCiphertext: sealer.seal(secret), previousSecretCiphertext: grace ? current.secretCiphertext : null, previousSecretExpiresAt },
    });
  });
  return { webhook, secret };
}

/** Sends a `webhook.ping` event to this webhook, whatever it subscribes to and whether or not it is active. */
export async function sendWebhookPing(context: Context, id: string) {
  const target = await authorizedWebhook(context, id, 'webhook:write');
  const delivery = await audited(context, async (tx, audit) => {
    const body = eventBody(PING_EVENT, { organizationId: target.organizationId, projectId: target.projectId, webhookId: id });
    const sent = await enqueueDelivery(tx, { id, ...target }, PING_EVENT, body);
    await audit({ ...target, action: 'webhook.send_ping', target: { type: 'Webhook', id }, changes: { deliveryId: sent.id } });
    return sent;
  });
  return { delivery };
}
