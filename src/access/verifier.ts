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
  CONSOLE_SESSION: Prisma.raw('"ConsoleSession"'),
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
  /** Makes every cached verification of these credentials stale, on every instance. */
  bump(credentialIds: readonly string[]): Promise<void>;
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

  async bump(credentialIds: readonly string[]): Promise<void> {
    if (credentialIds.length === 0 || !(await this.redis.ready())) return;
    const transaction = this.redis.client.multi();
    for (const credentialId of credentialIds) {
      const key = `steward:credential-version:${credentialId}`;
      // Versions only have to outlive cache entries (a minute); an hour leaves room for clock skew.
      transaction.incr(key).expire(key, 3600);
    }
    await transaction.exec().catch(() => undefined);
  }

  onRecovery(listener: () => void): void {
    this.redis.onRecovery(listener);
  }
}

type Headers = { get(name: string): string | null };

/** Where a request's credential comes from: its headers, or a credential read already (the console's cookie). */
export type CredentialSource = Headers | Credential;

function credentialFrom(source: CredentialSource): Credential {
  return 'dialect' in source ? source : readCredential(source);
}

/** What changes credentials outside a request (a job) needs of the verifier: each instance forgets what it cached of them. */
export type CredentialChanges = Pick<CredentialVerifier, 'changeMany'>;

function cacheKey(credential: Credential): string {
  if (credential.dialect === 'client') return `client:${credential.clientId}:${digestToken(credential.secret)}`;
  const digest = digestToken(credential.token);
  if (credential.dialect === 'session') return `session:${digest}`;
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
  /** The principals of requests that wrote lastUsedAt, each with the value its write replaced. */
  private readonly usesReplaced = new WeakMap<Principal, Promise<{ previous: Date | null } | undefined>>();
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

  async authenticate(source: CredentialSource): Promise<Principal> {
    const credential = credentialFrom(source);
    const key = cacheKey(credential);
    const cached = await this.cached(key);
    if (cached) return this.recordUse(cached.principal);
    const verified = await verifyCredential(this.prisma, credential);
    const version = this.versions ? await this.versions.current(verified.principal.credentialId) : '';
    if (version !== null) this.remember(key, verified, version);
    return this.recordUse(verified.principal);
  }

  /** The principal of a credential verified lately, from the cache alone (no database read); null for any other. */
  async authenticateFromCache(source: CredentialSource): Promise<Principal | null> {
    let credential: Credential;
    try {
      credential = credentialFrom(source);
    } catch {
      return null;
    }
    const cached = await this.cached(cacheKey(credential));
    return cached ? this.recordUse(cached.principal) : null;
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
   * As change(), for a change to many credentials at once (a purge, a transfer, an organization's
   * deletion): `known` are forgotten before it, and after it those and every credential the change
   * reports in `credentialIds` (it reads them again under its lock: one made meanwhile counts too).
   */
  async changeMany<T extends { credentialIds: readonly string[] }>(known: readonly string[], work: () => Promise<T>): Promise<T> {
    await this.invalidateAll(known);
    const result = await work();
    await this.invalidateAll([...new Set([...known, ...result.credentialIds])]);
    return result;
  }

  /**
   * This verifier for changes made in a transaction that commits later than they return: what they
   * invalidate is invalidated again by `committed()`, once the transaction has committed, so that no
   * instance keeps what it verified against the database in between.
   */
  deferred(): { credentials: CredentialVerifier; committed(): Promise<void> } {
    const changed = new Set<string>();
    const invalidateAll = async (credentialIds: readonly string[]) => {
      for (const credentialId of credentialIds) changed.add(credentialId);
      await this.invalidateAll(credentialIds);
    };
    // invalidate() and changeMany() reach invalidateAll() through `this`, so both are recorded.
    const credentials = Object.create(this, { invalidateAll: { value: invalidateAll } }) as CredentialVerifier;
    return { credentials, committed: () => this.invalidateAll([...changed]) };
  }

  /** Forgets every cached verification of this key, token, client or operator token. */
  invalidate(credentialId: string): Promise<void> {
    return this.invalidateAll([credentialId]);
  }

  /** Forgets the cached verifications of these credentials here, and on every instance in one round trip. */
  async invalidateAll(credentialIds: readonly string[]): Promise<void> {
    for (const credentialId of credentialIds) {
      for (const key of this.keysByCredential.get(credentialId) ?? []) this.cache.delete(key);
      this.keysByCredential.delete(credentialId);
    }
    await this.versions?.bump(credentialIds);
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

  /**
   * When the request of `principal` found its credential last used before: `stored` is what its row
   * holds now, which may already be this request's own use, written in the background.
   */
  async lastUseBefore(principal: Principal, stored: Date | null): Promise<Date | null> {
    const replaced = await this.usesReplaced.get(principal);
    return replaced ? replaced.previous : stored;
  }

  /**
   * Updates lastUsedAt after the response, at most once per interval per credential and process.
   * The request that writes gets a principal of its own, which remembers the value it replaced.
   */
  private recordUse(principal: Principal): Principal {
    const now = Date.now();
    const id = principal.credentialId;
    if (now - (this.lastUseWritten.get(id) ?? 0) < LAST_USED_WRITE_INTERVAL_MS) return principal;
    this.lastUseWritten.set(id, now);
    const table = LAST_USED_TABLES[principal.kind];
    const used = new Date(now);
    const staleBefore = new Date(now - LAST_USED_WRITE_INTERVAL_MS);
    // Raw SQL so that recording a use does not bump updatedAt, which tracks changes to the credential.
    const write = new Promise((resolve) => setImmediate(resolve)).then(
      () => this.prisma.$queryRaw<{ previous: Date | null }[]>`
        WITH prior AS (SELECT id, "lastUsedAt" AS previous FROM ${table} WHERE id = ${id} FOR UPDATE)
        UPDATE ${table} AS credential SET "lastUsedAt" = ${used} FROM prior
        WHERE credential.id = prior.id AND (prior.previous IS NULL OR prior.previous < ${staleBefore})
        RETURNING prior.previous`,
    );
    const writer = { ...principal };
    this.usesReplaced.set(writer, write.then(([row]) => row, () => undefined));
    const tracked = write
      .catch((error: unknown) => this.logger.warn({ err: error, credentialId: id }, 'could not record the last use of a credential'))
      .finally(() => this.pendingWrites.delete(tracked));
    this.pendingWrites.add(tracked);
    return writer;
  }
}
