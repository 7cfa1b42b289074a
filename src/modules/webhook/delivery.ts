import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { TokenSealer } from '../../access/reveal.js';
import { newId } from '../../db/ids.js';
import type { Webhook, WebhookDelivery } from '../../generated/prisma/client.js';
import { registerJobKind, type JobRun } from '../../jobs/registry.js';
import { equalJitterBackoffMs } from '../../jobs/worker.js';
import { DELIVERY_JOB, type DeliveryPayload } from './outbox.js';
import { webhookSettings } from './settings.js';
import { secretSealer, signatureHeader, signingSecrets } from './signing.js';
import { hostOf, isPrivateAddress } from './targets.js';

/** Retries start 5 seconds after the first failure and double up to 10 hours apart (with equal jitter). */
const FIRST_RETRY_MS = 5000;
const LONGEST_RETRY_MS = 10 * 3600_000;
const MAX_ERROR_LENGTH = 500;

interface Outcome {
  status: number | null;
  error: string | null;
}

class AttemptFailed extends Error {}

function capped(text: string): string {
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}

/** The addresses a delivery may connect to, or why it may not connect at all. */
async function resolveTarget(host: string): Promise<{ address: string; family: number }> {
  const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true, verbatim: true });
  if (addresses.length === 0) throw new AttemptFailed(`${host} resolves to no address`);
  if (!webhookSettings.allowPrivateTargets) {
    const refused = addresses.find(({ address }) => isPrivateAddress(address));
    if (refused) throw new AttemptFailed(`refused: ${host} resolves to ${refused.address}, a private, loopback or link-local address`);
  }
  return addresses[0]!;
}

/** A lookup that answers the address already checked, so that the connection goes exactly there. */
function pinnedLookup(resolved: { address: string; family: number }): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options.all) callback(null, [resolved]);
    else callback(null, resolved.address, resolved.family);
  }) as LookupFunction;
}

/** POSTs the body; the receiver's status, or why there was none. Redirects are not followed; of the answer at most maxResponseBytes are read. */
async function post(url: URL, headers: Record<string, string>, body: string): Promise<Outcome> {
  const { timeoutMs, maxResponseBytes } = webhookSettings;
  let timer: NodeJS.Timeout | undefined;
  let abort: () => void = () => {};
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      abort();
      reject(new AttemptFailed(`timed out after ${timeoutMs} ms`));
    }, timeoutMs);
  });
  const attempt = (async () => {
    const resolved = await resolveTarget(hostOf(url));
    return new Promise<number>((resolve, reject) => {
      const transport = url.protocol === 'https:' ? https : http;
      const request = transport.request(url, { method: 'POST', headers, lookup: pinnedLookup(resolved), agent: false }, (response) => {
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > maxResponseBytes) {
            response.destroy();
            resolve(response.statusCode ?? 0);
          }
        });
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', () => resolve(response.statusCode ?? 0));
      });
      abort = () => request.destroy();
      request.on('error', (error: NodeJS.ErrnoException) => reject(new AttemptFailed(error.code ? `${error.code}: ${error.message}` : error.message)));
      request.end(body);
    });
  })();
  try {
    const status = await Promise.race([attempt, timedOut]);
    if (status >= 200 && status < 300) return { status, error: null };
    return { status, error: status >= 300 && status < 400 ? `HTTP ${status}: redirects are not followed` : `HTTP ${status}` };
  } catch (error) {
    return { status: null, error: capped(error instanceof Error ? error.message : String(error)) };
  } finally {
    clearTimeout(timer);
    attempt.catch(() => {});
  }
}

/** Signs and POSTs a delivery's body as Standard Webhooks says; a secret that cannot be opened fails the attempt. */
async function send(delivery: WebhookDelivery & { webhook: Webhook }, sealer: TokenSealer | null, now: Date): Promise<Outcome> {
  if (!sealer) return { status: null, error: 'no server secret: set STEWARD_SECRET (the one the webhook secrets were stored under)' };
  let secrets: string[];
  try {
    secrets = signingSecrets(delivery.webhook, secretSealer(sealer), now);
  } catch (error) {
    return { status: null, error: (error as Error).message };
  }
  const timestamp = Math.floor(now.getTime() / 1000);
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'Steward-Webhooks/1',
    'webhook-id': delivery.id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signatureHeader(secrets, delivery.id, timestamp, delivery.body),
  };
  return post(new URL(delivery.webhook.targetUrl), headers, delivery.body);
}

/**
 * One attempt of a delivery, signed as Standard Webhooks says, recorded whatever happens; a failure
 * is thrown so that the worker retries it. A delivery whose webhook was deleted is dropped.
 */
async function deliver({ job, prisma, now, sealer }: JobRun): Promise<void> {
  const { deliveryId } = job.payload as unknown as DeliveryPayload;
  const delivery = await prisma.webhookDelivery.findUnique({ where: { id: deliveryId }, include: { webhook: true } });
  if (!delivery) return;
  const started = performance.now();
  const outcome = await send(delivery, sealer, now);
  const latencyMs = Math.round(performance.now() - started);
  const attempt = { startedAt: now, latencyMs, responseStatus: outcome.status, error: outcome.error };
  await prisma.webhookDeliveryAttempt.upsert({
    where: { deliveryId_number: { deliveryId, number: job.attempts } },
    create: { id: newId('WebhookDeliveryAttempt'), deliveryId, number: job.attempts, ...attempt },
    update: attempt,
  });
  if (outcome.error) throw new AttemptFailed(outcome.error);
}

registerJobKind(DELIVERY_JOB, {
  readPermission: 'webhook:read',
  backoffMs: (attempt) => equalJitterBackoffMs(attempt, FIRST_RETRY_MS, LONGEST_RETRY_MS),
  handle: deliver,
});
