import type { Webhook as WebhookRow, WebhookDelivery as WebhookDeliveryRow } from '../../generated/prisma/client.js';
import { MAX_GRACE_PERIOD_SECONDS } from '../../access/rotation.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, removedId, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { Project } from '../project/schema.js';
import './delivery.js';
import { createWebhook, deleteWebhook, rotateWebhookSecret, sendWebhookPing, updateWebhook } from './service.js';

const readRule = (row: { organizationId: string; projectId: string }) => ({
  permission: { permission: 'webhook:read' as const, organizationId: row.organizationId, projectId: row.projectId },
});

const DeliveryStatus = builder.enumType('WebhookDeliveryStatus', {
  description: 'PENDING: not sent yet, or failed and to be retried; SUCCEEDED: the receiver answered 2xx; FAILED: every attempt failed until the retry time ran out.',
  values: ['PENDING', 'SUCCEEDED', 'FAILED'] as const,
});

export const WebhookDeliveryAttempt = builder.prismaObject('WebhookDeliveryAttempt', {
  description: 'One POST of a delivery.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: '1 for the first attempt.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    latencyMs: t.exposeInt('latencyMs', { nullable: true, description: 'From the DNS lookup to the end of the answer (or the failure).' }),
    responseStatus: t.exposeInt('responseStatus', { nullable: true, description: 'The HTTP status the receiver answered; null when none came.' }),
    error: t.exposeString('error', { nullable: true, description: 'Why the attempt failed; null when the receiver answered 2xx.' }),
  }),
});

export const WebhookDelivery = builder.prismaObject('WebhookDelivery', {
  description: 'One event sent to one webhook, with every attempt.',
  authScopes: readRule,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The `webhook-id` header of its requests: the same on every attempt.' }),
    eventType: t.exposeString('eventType'),
    status: t.field({
      type: DeliveryStatus,
      select: { job: { select: { status: true } } },
      resolve: (delivery) => (delivery.job.status === 'SUCCEEDED' || delivery.job.status === 'FAILED' ? delivery.job.status : 'PENDING'),
    }),
    nextAttemptAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it is tried (again); null once it SUCCEEDED or FAILED.',
      select: { job: { select: { status: true, runAt: true } } },
      resolve: (delivery) => (delivery.job.status === 'PENDING' || delivery.job.status === 'RUNNING' ? delivery.job.runAt : null),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    attempts: t.relation('attempts', { description: 'Oldest first.', query: { orderBy: { number: 'asc' } } }),
  }),
});

export const Webhook = builder.prismaNode('Webhook', {
  id: { field: 'id' },
  description: "A project's webhook: the events it subscribes to are POSTed to its target URL, signed per the Standard Webhooks specification. Its secret is shown once, by the mutation that created or rotated it.",
  authScopes: readRule,
  fields: (t) => ({
    targetUrl: t.exposeString('targetUrl'),
    events: t.exposeStringList('events', { description: "Event types: Steward's own, and Voucherify's (accepted, never sent)." }),
    active: t.exposeBoolean('active', { description: 'An inactive webhook is sent no events (pings still go).' }),
    previousSecretExpiresAt: t.expose('previousSecretExpiresAt', {
      type: 'DateTime',
      nullable: true,
      description: 'After a rotation, requests carry a second signature, by the previous secret, until then.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    project: t.relation('project'),
    deliveries: t.relatedConnection('deliveries', {
      cursor: 'id',
      description: 'Newest first.',
      query: () => ({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
    }),
  }),
});

builder.prismaObjectField(Project, 'webhooks', (t) =>
  t.relatedConnection('webhooks', {
    cursor: 'id',
    nullable: true,
    description: 'Oldest first.',
    authScopes: (project) => ({ permission: { permission: 'webhook:read', organizationId: project.organizationId, projectId: project.id } }),
    query: () => ({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  }),
);

const webhookResult = (t: PayloadFieldBuilder<{ webhook: WebhookRow }>) => ({
  webhook: t.field({ type: Webhook, nullable: true, resolve: (payload) => payload.webhook }),
});

const webhookWithSecret = (t: PayloadFieldBuilder<{ webhook: WebhookRow; secret: string }>) => ({
  ...webhookResult(t),
  secret: t.string({ nullable: true, description: 'The signing secret (`whsec_…`), shown only now.', resolve: (payload) => payload.secret }),
});

defineMutation('createWebhook', {
  description: 'Creates a webhook; its signing secret is returned once.',
  input: (t) => ({
    projectId: t.id(),
    targetUrl: t.string({ description: 'https: or http:; not a private, loopback or link-local address.' }),
    events: t.stringList({ description: "Event types to send: Steward's own (such as project.updated) and Voucherify's names (stored, never sent)." }),
    active: t.boolean({ required: false, description: 'true by default.' }),
  }),
  payload: webhookWithSecret,
  resolve: (input, context) => createWebhook(context, input),
});

defineMutation('updateWebhook', {
  description: 'Changes the fields given; `events` replaces the list whole.',
  input: (t) => ({
    id: t.id(),
    projectId: t.id({ required: false, description: 'When given, the webhook must be this project’s.' }),
    targetUrl: t.string({ required: false }),
    events: t.stringList({ required: false }),
    active: t.boolean({ required: false }),
  }),
  payload: webhookResult,
  resolve: (input, context) => updateWebhook(context, input),
});

defineMutation('deleteWebhook', {
  input: (t) => ({ id: t.id(), projectId: t.id({ required: false, description: 'When given, the webhook must be this project’s.' }) }),
  payload: removedId('deletedWebhookId'),
  resolve: (input, context) => deleteWebhook(context, input),
});

defineMutation('rotateWebhookSecret', {
  description: 'Replaces the signing secret; requests carry a second signature, by the old secret, for the grace period (a day by default).',
  rateLimit: { max: 10, windowSeconds: 3600 },
  input: (t) => ({
    id: t.id(),
    gracePeriodSeconds: t.int({ required: false, description: `How long the old secret keeps signing: 0 to ${MAX_GRACE_PERIOD_SECONDS}; 86400 by default.` }),
  }),
  payload: webhookWithSecret,
  resolve: (input, context) => rotateWebhookSecret(context, input),
});

defineMutation('sendWebhookPing', {
  description: 'Sends a `webhook.ping` event to the webhook now, whatever it subscribes to; follow it in the returned delivery.',
  rateLimit: { max: 30, windowSeconds: 3600 },
  input: (t) => ({ id: t.id() }),
  payload: (t: PayloadFieldBuilder<{ delivery: WebhookDeliveryRow }>) => ({
    delivery: t.field({ type: WebhookDelivery, nullable: true, resolve: (payload) => payload.delivery }),
  }),
  resolve: (input, context) => sendWebhookPing(context, input.id),
});
