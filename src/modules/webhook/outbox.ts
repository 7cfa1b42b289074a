import { newId } from '../../db/ids.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { enqueueJob } from '../../jobs/queue.js';
import { eventTypeOf, isProjectEvent } from './events.js';
import { webhookSettings } from './settings.js';

export const DELIVERY_JOB = 'webhook.deliver';

export interface DeliveryPayload {
  deliveryId: string;
}

/** What a recorded change tells its webhooks: the audit entry, secret-free by the audit's own rule. */
export interface ChangeEvent {
  auditEventId: string;
  organizationId: string;
  projectId: string | null;
  action: string;
  target: { type: string; id: string };
  actor: { kind: string; id: string };
  changes: unknown;
}

type Recipient = { id: string; organizationId: string; projectId: string };

/** Standard Webhooks' body: `{type, timestamp, data}`. */
export function eventBody(type: string, data: Record<string, unknown>, at = new Date()): string {
  return JSON.stringify({ type, timestamp: at.toISOString(), data });
}

/** A delivery of one body to one webhook, and the job that sends it, in the caller's transaction. */
export async function enqueueDelivery(tx: Prisma.TransactionClient, webhook: Recipient, eventType: string, body: string) {
  const deliveryId = newId('WebhookDelivery');
  const payload: DeliveryPayload = { deliveryId };
  const job = await enqueueJob(tx, { kind: DELIVERY_JOB, payload: { ...payload }, retryForMs: webhookSettings.retryForMs, organizationId: webhook.organizationId });
  return tx.webhookDelivery.create({
    data: { id: deliveryId, organizationId: webhook.organizationId, projectId: webhook.projectId, webhookId: webhook.id, eventType, body, jobId: job.id },
  });
}

/**
 * The outbox (DESIGN.md §10–11): in the transaction of the change, one delivery per active webhook
 * subscribed to its event: the project's webhooks for a project's change, every webhook of the
 * organization for a change outside projects. One statement when none subscribes.
 */
export async function emitChangeEvent(tx: Prisma.TransactionClient, event: ChangeEvent): Promise<void> {
  const type = eventTypeOf(event.action);
  // A project resource's change outside any project (an organization-wide client) has no webhooks to reach.
  if (!event.projectId && isProjectEvent(type)) return;
  const recipients = await tx.webhook.findMany({
    where: { organizationId: event.organizationId, active: true, events: { has: type }, ...(event.projectId ? { projectId: event.projectId } : {}) },
    select: { id: true, organizationId: true, projectId: true },
  });
  if (recipients.length === 0) return;
  const { auditEventId, organizationId, projectId, target, actor, changes } = event;
  const body = eventBody(type, { auditEventId, organizationId, projectId, target, actor, changes });
  for (const webhook of recipients) await enqueueDelivery(tx, webhook, type, body);
}
