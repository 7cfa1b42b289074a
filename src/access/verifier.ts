import type { Logger } from 'pino';
import type { SharedRedis } from '../db/redis.js';
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
  STORAGE_TOKEN: Prisma.raw('"StorageToken"'),
};

interface CacheEntry extends Verified {
  cachedAt: number;
  version: string;
}

/**
 * A version per credential shared by every gateway instance. An instance trusts its cached
 * verification only while the version it saw is still current, so a credential changed through one
 * instance is verified again by all of them on their next request. While the versions cannot be read
 * (Redis unavailable), `current` is null and nothing cached is trusted: the database decides.
 */
export interface CredentialVersions {
  current(credentialId: string): Promise<string | null>;
  bump(credentialId: string): Promise<void>;
  /** Called when versions can be read again after an outage, during which bumps were lost. */
  onRecovery(listener: () => void): void;
}

export class RedisCredentialVersions implements CredentialVersions {
  constructor(private readonly redis: SharedRedis) {}

  async current(credentialId: string): Promise<string | null> {
    if (!(await this.redis.ready())) return null;
    try {
      return (await this.redis.client.get(`steward:credential-version:${credentialId}`)) ?? '0';
    } catch {
      return null;
    }
  }

  async bump(credentialId: string): Promise<void> {
    if (!(await this.redis.ready())) return;
    const key = `steward:credential-version:${credentialId}`;
    // Versions only have to outlive cache entries (a minute); an hour leaves room for clock skew.
    await this.redis.client.multi().incr(key).expire(key, 3600).exec().catch(() => undefined);
  }

  onRecovery(listener: () => void): void {
    this.redis.onRecovery(listener);
  }
}

type Headers = { get(name: string): string | null };

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
    /** Shared versions when several instances run (Redis); null for one process. */
    private readonly versions: CredentialVersions | null = null,
  ) {
    // Changes made while the versions could not be bumped leave nothing cached trustworthy.
    versions?.onRecovery(() => {
      this.cache.clear();
      this.keysByCredential.clear();
    });
  }

  async authenticate(headers: Headers): Promise<Principal> {
    const credential = readCredential(headers);
    const key = cacheKey(credential);
    const cached = await this.cached(key);
    if (cached) {
      this.recordUse(cached.principal);
      return cached.principal;
    }
    const verified = await verifyCredential(this.prisma, credential);
    const version = this.versions ? await this.versions.current(verified.principal.credentialId) : '';
    if (version !== null) this.remember(key, verified, version);
    this.recordUse(verified.principal);
    return verified.principal;
  }

  /** The principal of a credential verified lately, from the cache alone (no database read); null for any other. */
  async authenticateFromCache(headers: Headers): Promise<Principal | null> {
    let credential: Credential;
    try {
      credential = readCredential(headers);
    } catch {
      return null;
    }
    const cached = await this.cached(cacheKey(credential));
    if (cached) this.recordUse(cached.principal);
    return cached?.principal ?? null;
  }

  /**
   * Runs a change to a credential. Its cached verifications are dropped here and, through the shared
   * version, on every instance, both before and after the change, so that no instance can cache what
   * it read from the database while the change was being written.
   */
  async change<T>(credentialId: string, work: () => Promise<T>): Promise<T> {
    await this.invalidate(credentialId);
    const result = await work();
    await this.invalidate(credentialId);
    return result;
  }

  /**
   * This verifier for changes made in a transaction that commits later than they return: what they
   * invalidate is invalidated again by `committed()`, once the transaction has committed, so that no
   * instance keeps what it verified against the database in between.
   */
  deferred(): { credentials: CredentialVerifier; committed(): Promise<void> } {
    const changed = new Set<string>();
    const invalidate = async (credentialId: string) => {
      changed.add(credentialId);
      await this.invalidate(credentialId);
    };
    const credentials = Object.create(this, { invalidate: { value: invalidate } }) as CredentialVerifier;
    return { credentials, committed: async () => void (await Promise.all([...changed].map((id) => this.invalidate(id)))) };
  }

  /** Forgets every cached verification of this key, token, client or operator token. */
  async invalidate(credentialId: string): Promise<void> {
    for (const key of this.keysByCredential.get(credentialId) ?? []) this.cache.delete(key);
    this.keysByCredential.delete(credentialId);
    await this.versions?.bump(credentialId);
  }

  async close(): Promise<void> {
    await this.flush();
  }

  private async cached(key: string): Promise<CacheEntry | null> {
    const entry = this.cache.get(key);
    const now = Date.now();
    if (!entry || now - entry.cachedAt >= CACHE_TTL_MS || (entry.validUntil && entry.validUntil.getTime() <= now)) return null;
    if (this.versions && (await this.versions.current(entry.principal.credentialId)) !== entry.version) return null;
    return entry;
  }

  /** Resolves when the lastUsedAt writes started so far are done (tests and shutdown wait on it). */
  async flush(): Promise<void> {
    await Promise.all(this.pendingWrites);
  }

  private remember(key: string, verified: Verified, version: string) {
    if (this.cache.size >= CACHE_MAX_ENTRIES) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(key, { ...verified, cachedAt: Date.now(), version });
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
