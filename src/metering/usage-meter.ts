import type { Logger } from 'pino';
import type { Principal } from '../access/principal.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';

export const HOUR_MS = 3_600_000;
/** How often counts gathered in memory are added to the database. */
const USAGE_FLUSH_INTERVAL_MS = 10_000;

interface UsageCounts {
  requests: number;
  cost: number;
  throttled: number;
}

interface Pending extends UsageCounts {
  credentialId: string;
  organizationId: string | null;
  hour: Date;
}

function organizationOf(principal: Principal): string | null {
  return 'organizationId' in principal ? principal.organizationId : null;
}

/**
 * Meters API use per credential and hour. Requests only add to counters in memory; a timer adds
 * them to `ApiUsage` with one upsert, so several instances sum into the same rows.
 */
export class UsageMeter {
  private pending = new Map<string, Pending>();
  private flushing: Promise<void> = Promise.resolve();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly logger: Logger,
  ) {
    this.timer = setInterval(() => void this.flush(), USAGE_FLUSH_INTERVAL_MS).unref();
  }

  record(principal: Principal, counts: Partial<UsageCounts>, at = new Date()): void {
    const hour = new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
    const key = `${principal.credentialId}|${hour.getTime()}`;
    let entry = this.pending.get(key);
    if (!entry) {
      entry = { credentialId: principal.credentialId, organizationId: organizationOf(principal), hour, requests: 0, cost: 0, throttled: 0 };
      this.pending.set(key, entry);
    }
    entry.requests += counts.requests ?? 0;
    entry.cost += counts.cost ?? 0;
    entry.throttled += counts.throttled ?? 0;
  }

  /** Writes what was counted so far; resolves when it is in the database. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write());
    return this.flushing;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async write(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    const rows = batch.map(
      (row) =>
        Prisma.sql`(${row.credentialId}, ${row.hour}::timestamp(3), ${row.organizationId}, ${row.requests}::int, ${row.cost}::int, ${row.throttled}::int)`,
    );
    try {
      // Counts of an organization deleted meanwhile are dropped rather than failing the whole batch.
      await this.prisma.$executeRaw`
        INSERT INTO "ApiUsage" ("credentialId", "hour", "organizationId", "requests", "cost", "throttled")
        SELECT * FROM (VALUES ${Prisma.join(rows)}) AS counted ("credentialId", "hour", "organizationId", "requests", "cost", "throttled")
        WHERE counted."organizationId" IS NULL OR EXISTS (SELECT 1 FROM "Organization" WHERE id = counted."organizationId")
        ON CONFLICT ("credentialId", "hour") DO UPDATE SET
          "requests" = "ApiUsage"."requests" + EXCLUDED."requests",
          "cost" = "ApiUsage"."cost" + EXCLUDED."cost",
          "throttled" = "ApiUsage"."throttled" + EXCLUDED."throttled"`;
    } catch (error) {
      this.logger.warn({ err: error, rows: batch.length }, 'could not record API usage');
    }
  }
}
