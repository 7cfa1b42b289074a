import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** A new management key's token can be shown again for this long after creation. */
export const REVEAL_WINDOW_MS = 15 * 60_000;

/**
 * Encrypts secrets with AES-256-GCM under a key derived from the server secret, one key per purpose:
 * tokens for the reveal window (`reveal`), webhook signing secrets (`webhook`).
 */
export class TokenSealer {
  private readonly key: Buffer;

  constructor(
    private readonly serverSecret: string,
    purpose = 'reveal',
  ) {
    this.key = createHash('sha256').update(`steward ${purpose}:${serverSecret}`).digest();
  }

  /** A sealer of the same server secret for another purpose: what one seals, the other cannot open. */
  forPurpose(purpose: string): TokenSealer {
    return new TokenSealer(this.serverSecret, purpose);
  }

  seal(token: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  /** The token, or null when the ciphertext was made under another secret or altered. */
  open(sealed: string): string | null {
    const bytes = Buffer.from(sealed, 'base64');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}
