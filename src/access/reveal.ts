import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** A new management key's token can be shown again for this long after creation. */
export const REVEAL_WINDOW_MS = 15 * 60_000;

/** Encrypts tokens for the reveal window with AES-256-GCM under a key derived from the server secret. */
export class TokenSealer {
  private readonly key: Buffer;

  constructor(serverSecret: string) {
    this.key = createHash('sha256').update(`steward reveal:${serverSecret}`).digest();
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
