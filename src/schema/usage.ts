import { GraphQLError } from 'graphql';
import { HOUR_MS } from '../guards/usage.js';
import { builder } from './builder.js';
import { Organization } from './organization.js';

const DAY_MS = 24 * HOUR_MS;
const GRANULARITY_MS = { HOUR: HOUR_MS, DAY: DAY_MS } as const;
const MAX_BUCKETS = { HOUR: 24 * 31, DAY: 366 } as const;
const BUCKET_NAMES = { HOUR: 'hourly', DAY: 'daily' } as const;

const UsageGranularity = builder.enumType('UsageGranularity', {
  description: 'The length of each bucket of a usage series; days are UTC days.',
  values: ['HOUR', 'DAY'] as const,
});

interface UsageBucket {
  start: Date;
  end: Date;
  requests: number;
  cost: number;
  throttled: number;
}

const ApiUsageBucket = builder.objectRef<UsageBucket>('ApiUsageBucket').implement({
  description: 'API use in one hour or day: requests authenticated, cost points spent, requests refused by a budget.',
  fields: (t) => ({
    start: t.expose('start', { type: 'DateTime' }),
    end: t.expose('end', { type: 'DateTime', description: 'Exclusive.' }),
    requests: t.exposeInt('requests'),
    cost: t.exposeInt('cost'),
    throttled: t.exposeInt('throttled'),
  }),
});

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Every bucket from the one holding `from` to the one holding the last instant before `to`, zeros included. */
function emptyBuckets(from: Date, to: Date, granularity: keyof typeof GRANULARITY_MS): UsageBucket[] {
  const length = GRANULARITY_MS[granularity];
  const first = Math.floor(from.getTime() / length) * length;
  const count = Math.ceil((to.getTime() - first) / length);
  if (count > MAX_BUCKETS[granularity]) {
    throw badInput(`a series holds at most ${MAX_BUCKETS[granularity]} ${BUCKET_NAMES[granularity]} buckets; this range needs ${count}`);
  }
  return Array.from({ length: count }, (_, i) => ({
    start: new Date(first + i * length),
    end: new Date(first + (i + 1) * length),
    requests: 0,
    cost: 0,
    throttled: 0,
  }));
}

builder.prismaObjectField(Organization, 'apiUsage', (t) =>
  t.field({
    type: [ApiUsageBucket],
    nullable: true,
    description:
      "The API use of the organization's management keys and clients, oldest bucket first, empty buckets included: " +
      'in total, or of one credential. Counts reach it within about ten seconds.',
    args: {
      from: t.arg({ type: 'DateTime', required: true }),
      to: t.arg({ type: 'DateTime', required: true, description: 'Exclusive.' }),
      granularity: t.arg({ type: UsageGranularity, defaultValue: 'HOUR' }),
      credentialId: t.arg.id({ required: false, description: 'A management key or client of the organization; all of them when absent.' }),
    },
    authScopes: (organization) => ({ permission: { permission: 'usage:read', organizationId: organization.id } }),
    resolve: async (organization, { from, to, granularity, credentialId }, context) => {
      if (from >= to) throw badInput('from must be before to');
      const buckets = emptyBuckets(from, to, granularity);
      const rows = await context.prisma.apiUsage.groupBy({
        by: ['hour'],
        where: {
          organizationId: organization.id,
          credentialId: credentialId ? String(credentialId) : undefined,
          hour: { gte: buckets[0]!.start, lt: buckets.at(-1)!.end },
        },
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
    },
  }),
);
