import type { Context } from '../../context.js';
import { badUserInput } from '../../errors.js';
import { HOUR_MS } from '../../metering/usage-meter.js';

const DAY_MS = 24 * HOUR_MS;
const GRANULARITY_MS = { HOUR: HOUR_MS, DAY: DAY_MS } as const;
const MAX_BUCKETS = { HOUR: 24 * 31, DAY: 366 } as const;
const BUCKET_NAMES = { HOUR: 'hourly', DAY: 'daily' } as const;

export type Granularity = keyof typeof GRANULARITY_MS;

export interface UsageBucket {
  start: Date;
  end: Date;
  requests: number;
  cost: number;
  throttled: number;
}

/** Every bucket from the one holding `from` to the one holding the last instant before `to`, zeros included. */
function emptyBuckets(from: Date, to: Date, granularity: Granularity): UsageBucket[] {
  const length = GRANULARITY_MS[granularity];
  const first = Math.floor(from.getTime() / length) * length;
  const count = Math.ceil((to.getTime() - first) / length);
  if (count > MAX_BUCKETS[granularity]) {
    throw badUserInput(`a series holds at most ${MAX_BUCKETS[granularity]} ${BUCKET_NAMES[granularity]} buckets; this range needs ${count}`);
  }
  return Array.from({ length: count }, (_, i) => ({
    start: new Date(first + i * length),
    end: new Date(first + (i + 1) * length),
    requests: 0,
    cost: 0,
    throttled: 0,
  }));
}

/** The organization's metered use, oldest bucket first: of every key and client, or of one credential. */
export async function usageSeries(
  context: Context,
  organizationId: string,
  { from, to, granularity, credentialId }: { from: Date; to: Date; granularity: Granularity; credentialId?: string | null },
): Promise<UsageBucket[]> {
  if (from >= to) throw badUserInput('from must be before to');
  const buckets = emptyBuckets(from, to, granularity);
  const rows = await context.prisma.apiUsage.groupBy({
    by: ['hour'],
    where: { organizationId, credentialId: credentialId || undefined, hour: { gte: buckets[0]!.start, lt: buckets.at(-1)!.end } },
    _sum: { requests: true, cost: true, throttled: true },
  });
  const length = GRANULARITY_MS[granularity];
  for (const row of rows) {
    const bucket = buckets[Math.floor((row.hour.getTime() - buckets[0]!.start.getTime()) / length)]!;
    bucket.requests += row._sum.requests ?? 0;
    bucket.cost += row._sum.cost ?? 0;
    bucket.throttled += row._sum.throttled ?? 0;
  }
  return buckets;
}
