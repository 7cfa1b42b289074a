import type { Logger } from 'pino';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { digestToken } from './tokens.js';
import { readCredential, verifyCredential, type Credential, type Principal, type Verified } from './principal.js';

const CACHE_TTL_MS = 60_000;
const CACHE_MAX_ENTRIES = 10_000;
/** lastUsedAt is written at most this often per credential. */
export const LAST_USED_WRITE_INTERVAL_MS = 5 * 60_000;

const LAST_USED_TABLES: Record<Principal['kind'], Prisma.Sql> = {
  USER: Prisma.raw('"PersonalAccessToken"'),
  MANAGEMENT_KEY: Prisma.raw('"ManagementKey"'),
  CLIENT: Prisma.raw('"Client"'),
  OPERATOR: Prisma.raw('"OperatorToken"'),
};

interface CacheEntry extends Verified {
  cachedAt: number;
}

function cacheKey(credential: Credential): string {
  if (credential.dialect === 'client') return `client:${credential.clientId}:${digestToken(credential.secret)}`;
  const digest = digestToken(credential.token);
  return credential.dialect === 'key-pair' ? `key:${credential.keyId}:${digest}` : `token:${digest}`;
}

/**
 * Resolves request headers to a principal. Verified credentials are kept in-process for a minute,
 * keyed by digest; any change to a credential must call invalidate() so the next request sees it.
 */
export class CredentialVerifier {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly keysByCredential = new Map<string, Set<string>>();
  private readonly lastUseWritten = new Map<string, number>();
  private pendingWrites = new Set<Promise<unknown>>();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly logger: Logger,
  ) {}

  async authenticate(headers: { get(name: string): string | null }): Promise<Principal> {
    const credential = readCredential(headers);
    const key = cacheKey(credential);
    const now = Date.now();
    const cached = this.cache.get(key);
    const fresh = cached && now - cached.cachedAt < CACHE_TTL_MS && (!cached.validUntil || cached.validUntil.getTime() > now);
    const verified = fresh ? cached : await verifyCredential(this.prisma, credential);
    if (!fresh) this.remember(key, verified);
    this.recordUse(verified.principal);
    return verified.principal;
  }

  /** Forgets every cached verification of this key, token, client or operator token. */
  invalidate(credentialId: string): void {
    for (const key of this.keysByCredential.get(credentialId) ?? []) this.cache.delete(key);
    this.keysByCredential.delete(credentialId);
  }

  /** Resolves when the lastUsedAt writes started so far are done (tests and shutdown wait on it). */
  async flush(): Promise<void> {
    await Promise.all(this.pendingWrites);
  }

  private remember(key: string, verified: Verified) {
    if (this.cache.size >= CACHE_MAX_ENTRIES) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(key, { ...verified, cachedAt: Date.now() });
    const id = verified.principal.credentialId;
    this.keysByCredential.set(id, (this.keysByCredential.get(id) ?? new Set()).add(key));
  }

  /** Updates lastUsedAt after the response, at most once per interval per credential and process. */
  private recordUse(principal: Principal) {
    const now = Date.now();
    const id = principal.credentialId;
    if (now - (this.lastUseWritten.get(id) ?? 0) < LAST_USED_WRITE_INTERVAL_MS) return;
    this.lastUseWritten.set(id, now);
    const table = LAST_USED_TABLES[principal.kind];
    const used = new Date(now);
    const staleBefore = new Date(now - LAST_USED_WRITE_INTERVAL_MS);
    // Raw SQL so that recording a use does not bump updatedAt, which tracks changes to the credential.
    const write = new Promise((resolve) => setImmediate(resolve)).then(
      () => this.prisma.$executeRaw`UPDATE ${table} SET "lastUsedAt" = ${used} WHERE id = ${id} AND ("lastUsedAt" IS NULL OR "lastUsedAt" < ${staleBefore})`,
    );
    const tracked = write
      .catch((error: unknown) => this.logger.warn({ err: error, credentialId: id }, 'could not record the last use of a credential'))
      .finally(() => this.pendingWrites.delete(tracked));
    this.pendingWrites.add(tracked);
  }
}
