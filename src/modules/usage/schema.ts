import { builder } from '../../graphql/builder.js';
import { Organization } from '../organization/schema.js';
import { usageSeries, type UsageBucket } from './service.js';

const UsageGranularity = builder.enumType('UsageGranularity', {
  description: 'The length of each bucket of a usage series; days are UTC days.',
  values: ['HOUR', 'DAY'] as const,
});

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
    resolve: (organization, args, context) => usageSeries(context, organization.id, args),
  }),
);
