import { createHmac, randomBytes } from 'node:crypto';
import type { TokenSealer } from '../../access/reveal.js';
import type { Webhook } from '../../generated/prisma/client.js';

const PREFIX = 'whsec_';

/** A new signing secret as Standard Webhooks writes them: `whsec_` and the base64 of 32 random bytes. */
export function newSigningSecret(): string {
  return PREFIX + randomBytes(32).toString('base64');
}

/** The webhook signing secrets' own sealer, derived from the server secret. */
export function secretSealer(sealer: TokenSealer): TokenSealer {
  return sealer.forPurpose('webhook');
}

/** `v1,` and the base64 HMAC-SHA256 of `id.timestamp.body`, keyed by the secret's decoded bytes. */
export function signature(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.slice(PREFIX.length), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

type Secrets = Pick<Webhook, 'secretCiphertext' | 'previousSecretCiphertext' | 'previousSecretExpiresAt'>;

/** The secrets that sign now: the current one, and the previous one during its grace period. */
export function signingSecrets(webhook: Secrets, sealer: TokenSealer, now: Date): string[] {
  const sealed = [webhook.secretCiphertext];
  if (webhook.previousSecretCiphertext && webhook.previousSecretExpiresAt && webhook.previousSecretExpiresAt > now) sealed.push(webhook.previousSecretCiphertext);
  const secrets = sealed.map((ciphertext) => sealer.open(ciphertext));
  if (secrets.some((secret) => secret === null)) throw new Error('the webhook secret cannot be decrypted: STEWARD_SECRET differs from the one it was stored under');
  return secrets as string[];
}

/** The `webhook-signature` header: one signature per secret, separated by spaces. */
export function signatureHeader(secrets: string[], id: string, timestamp: number, body: string): string {
  return secrets.map((secret) => signature(secret, id, timestamp, body)).join(' ');
}
