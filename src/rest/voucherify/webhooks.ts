import { z } from 'zod';
import { listRoute, operation, route, type Denial, type RestFailure, type RestRoute } from '../route.js';
import { notFound } from './dialect-errors.js';
import { propertyError } from './property-errors.js';
import {
  VoucherifyCreateWebhookDocument,
  VoucherifyDeleteWebhookDocument,
  VoucherifyUpdateWebhookDocument,
  VoucherifyWebhooksDocument,
  type VoucherifyWebhookFragment,
  type VoucherifyWebhooksQuery,
} from './operations.generated.js';
import { liveProject } from './projects.js';
import { list, listResponse, returned } from './shared.js';

// A project's webhooks (compat §3.6, §4.6). Steward signs every delivery with a per-webhook secret,
// which Voucherify's webhook object has no place for: this dialect never shows it (GraphQL's
// rotateWebhookSecret, with the same management key, hands out a new one).

const webhookResponse = z.object({
  id: z.string(),
  object: z.literal('webhook'),
  created_at: z.string(),
  target_url: z.string(),
  events: z.array(z.string()),
  active: z.boolean(),
});

function webhookShape(webhook: VoucherifyWebhookFragment) {
  return { id: webhook.id, object: 'webhook', created_at: webhook.createdAt, target_url: webhook.targetUrl, events: webhook.events, active: webhook.active };
}

/** Create and update take the same body: `events` replaces the list whole, `active` left out is true. */
const webhookBody = z.object({ target_url: z.string(), events: z.array(z.string()), active: z.boolean().optional() });
type WebhookBody = z.infer<typeof webhookBody>;

const projectRef = (params: Record<string, string>) => params.projectId!;
const webhookRef = (params: Record<string, string>) => params.webhookId!;

const PROPERTIES: Record<string, string> = { targetUrl: 'target_url', events: 'events', active: 'active' };

function webhookDenial(denial: Denial): RestFailure | undefined {
  if (denial.kind !== 'user-error' || denial.error.code === 'NOT_FOUND') return undefined;
  const property = PROPERTIES[denial.error.field[1] ?? ''];
  return property ? propertyError(denial.error, () => [property]) : undefined;
}

const webhooksOperation = ({ params }: { params: Record<string, string> }) => operation(VoucherifyWebhooksDocument, { projectId: projectRef(params) });
const webhooksOf = (data: VoucherifyWebhooksQuery, { params }: { params: Record<string, string> }) => liveProject(data.project, projectRef(params)).webhooks;

export const webhookRoutes: RestRoute[] = [
  route<WebhookBody>({
    method: 'POST',
    path: '/projects/:projectId/webhooks',
    operationId: 'create-webhook',
    summary: 'Create a webhook: the events named are POSTed to target_url (active unless `active` is false)',
    resource: 'webhook',
    body: webhookBody,
    response: webhookResponse,
    operation: ({ params, body }) =>
      operation(VoucherifyCreateWebhookDocument, { input: { projectId: projectRef(params), targetUrl: body.target_url, events: body.events, active: body.active ?? true } }),
    deny: webhookDenial,
    respond: ({ createWebhook }) => webhookShape(returned(createWebhook?.webhook)),
  }),
  listRoute<undefined, undefined, VoucherifyWebhooksQuery, VoucherifyWebhookFragment>({
    method: 'GET',
    path: '/projects/:projectId/webhooks',
    operationId: 'list-webhooks',
    summary: 'List the webhooks of the project, oldest first',
    resource: 'webhook',
    response: listResponse(webhookResponse),
    operation: webhooksOperation,
    connection: webhooksOf,
    respond: (nodes) => list(nodes.map(webhookShape)),
  }),
  listRoute<undefined, undefined, VoucherifyWebhooksQuery, VoucherifyWebhookFragment>({
    method: 'GET',
    path: '/projects/:projectId/webhooks/:webhookId',
    operationId: 'get-webhook',
    summary: 'Get a webhook of the project',
    resource: 'webhook',
    response: webhookResponse,
    operation: webhooksOperation,
    connection: webhooksOf,
    respond: (nodes, { params }) => {
      const webhook = nodes.find((node) => node.id === webhookRef(params));
      if (!webhook) throw notFound('webhook', webhookRef(params));
      return webhookShape(webhook);
    },
  }),
  route<WebhookBody>({
    method: 'PUT',
    path: '/projects/:projectId/webhooks/:webhookId',
    operationId: 'update-webhook',
    summary: 'Replace the target URL, the events (the whole list) and `active` (true when left out) of a webhook',
    resource: 'webhook',
    body: webhookBody,
    response: webhookResponse,
    operation: ({ params, body }) =>
      operation(VoucherifyUpdateWebhookDocument, {
        input: { id: webhookRef(params), projectId: projectRef(params), targetUrl: body.target_url, events: body.events, active: body.active ?? true },
      }),
    deny: webhookDenial,
    respond: ({ updateWebhook }) => webhookShape(returned(updateWebhook?.webhook)),
  }),
  route({
    method: 'DELETE',
    path: '/projects/:projectId/webhooks/:webhookId',
    operationId: 'delete-webhook',
    summary: 'Delete a webhook; its pending deliveries go with it',
    resource: 'webhook',
    status: 204,
    operation: ({ params }) => operation(VoucherifyDeleteWebhookDocument, { input: { id: webhookRef(params), projectId: projectRef(params) } }),
    respond: () => null,
  }),
];
