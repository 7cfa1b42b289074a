/** How webhooks are delivered; `steward serve` configures them from the environment, tests as they need. */
export interface WebhookSettings {
  /** Targets on private, loopback and link-local addresses are allowed (WEBHOOK_ALLOW_PRIVATE_TARGETS). */
  allowPrivateTargets: boolean;
  /** One attempt's whole time: DNS, connection, request, response (WEBHOOK_TIMEOUT_SECONDS). */
  timeoutMs: number;
  /** A delivery is retried for this long after its event, then FAILED (WEBHOOK_RETRY_HOURS). */
  retryForMs: number;
  /** Of a receiver's answer only this much is read. */
  maxResponseBytes: number;
}

export const webhookSettings: WebhookSettings = {
  allowPrivateTargets: false,
  timeoutMs: 5000,
  retryForMs: 72 * 3600_000,
  maxResponseBytes: 64 * 1024,
};

export function configureWebhooks(settings: Partial<WebhookSettings>): void {
  Object.assign(webhookSettings, settings);
}
