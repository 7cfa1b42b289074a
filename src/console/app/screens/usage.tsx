import { useQuery } from '@urql/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { FailureNotice, Loading, Table } from '../components.tsx';
import { ApiUsageDocument, UsageCredentialsDocument, type ApiUsageQuery, type UsageGranularity } from '../operations.generated.ts';

const HOUR = 3600_000;
const RANGES = {
  day: { label: 'Last 24 hours', span: 24 * HOUR, granularity: 'HOUR' },
  week: { label: 'Last 7 days', span: 7 * 24 * HOUR, granularity: 'HOUR' },
  month: { label: 'Last 30 days', span: 30 * 24 * HOUR, granularity: 'DAY' },
  quarter: { label: 'Last 90 days', span: 90 * 24 * HOUR, granularity: 'DAY' },
} as const satisfies Record<string, { label: string; span: number; granularity: UsageGranularity }>;
type Range = keyof typeof RANGES;

type Bucket = NonNullable<NonNullable<ApiUsageQuery['organization']>['apiUsage']>[number];

/** The range ends at the end of the current bucket, so the latest requests are in it. */
function window(range: Range) {
  const { span, granularity } = RANGES[range];
  const step = granularity === 'HOUR' ? HOUR : 24 * HOUR;
  const to = Math.ceil(Date.now() / step) * step;
  return { from: new Date(to - span).toISOString(), to: new Date(to).toISOString(), granularity };
}

export function UsageScreen({ organizationId }: { organizationId: string }) {
  const [range, setRange] = useState<Range>('day');
  const [credentialId, setCredentialId] = useState('');
  const variables = useMemo(() => ({ organizationId, ...window(range), credentialId: credentialId || null }), [organizationId, range, credentialId]);
  const [{ data, error, fetching }] = useQuery({ query: ApiUsageDocument, variables });
  const [credentials] = useQuery({ query: UsageCredentialsDocument, variables: { organizationId } });
  const buckets = data?.organization?.apiUsage ?? [];
  const keys = credentials.data?.organization?.managementKeys?.edges.map((edge) => edge.node) ?? [];
  const clients = credentials.data?.organization?.clients?.edges.map((edge) => edge.node) ?? [];
  const total = (pick: (bucket: Bucket) => number) => buckets.reduce((sum, bucket) => sum + pick(bucket), 0);
  return (
    <>
      <h1>API usage</h1>
      <div class="inline-form">
        <div class="field">
          <label for="usage-range">Range</label>
          <select id="usage-range" value={range} onChange={(event) => setRange(event.currentTarget.value as Range)}>
            {Object.entries(RANGES).map(([value, { label, granularity }]) => (
              <option key={value} value={value}>
                {label} ({granularity === 'HOUR' ? 'per hour' : 'per day'})
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="usage-credential">Credential</label>
          <select id="usage-credential" value={credentialId} onChange={(event) => setCredentialId(event.currentTarget.value)}>
            <option value="">The whole organization</option>
            {keys.map((key) => (
              <option key={key.id} value={key.id}>
                Key {key.name} (…{key.lastFour})
              </option>
            ))}
            {clients.map((client) => (
              <option key={client.id} value={client.id}>
                Client {client.name}
                {client.project ? ` (${client.project.name})` : ''}
              </option>
            ))}
          </select>
        </div>
      </div>
      <FailureNotice error={error ?? credentials.error} />
      {fetching && !data ? (
        <Loading />
      ) : (
        <>
          <dl class="totals" aria-label="Totals over the range">
            <div>
              <dt>Requests</dt>
              <dd data-testid="total-requests">{total((bucket) => bucket.requests)}</dd>
            </div>
            <div>
              <dt>Cost</dt>
              <dd>{total((bucket) => bucket.cost)}</dd>
            </div>
            <div>
              <dt>Throttled</dt>
              <dd>{total((bucket) => bucket.throttled)}</dd>
            </div>
          </dl>
          <UsageChart buckets={buckets} />
          <details>
            <summary>The figures as a table</summary>
            <UsageTable buckets={buckets} />
          </details>
        </>
      )}
    </>
  );
}

const SERIES = [
  { label: 'Requests', stroke: '#2563eb', pick: (bucket: Bucket) => bucket.requests, scale: 'count' },
  { label: 'Throttled', stroke: '#dc2626', pick: (bucket: Bucket) => bucket.throttled, scale: 'count' },
  { label: 'Cost', stroke: '#059669', pick: (bucket: Bucket) => bucket.cost, scale: 'cost' },
];

function UsageChart({ buckets }: { buckets: Bucket[] }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current!;
    const data: uPlot.AlignedData = [buckets.map((bucket) => Date.parse(bucket.start) / 1000), ...SERIES.map(({ pick }) => buckets.map(pick))];
    const chart = new uPlot(
      {
        width: element.clientWidth,
        height: 300,
        series: [{}, ...SERIES.map(({ label, stroke, scale }) => ({ label, stroke, scale, width: 2, points: { show: buckets.length <= 48 } }))],
        axes: [{}, { scale: 'count', label: 'requests' }, { scale: 'cost', label: 'cost', side: 1, grid: { show: false } }],
      },
      data,
      element,
    );
    const resized = new ResizeObserver(() => chart.setSize({ width: element.clientWidth, height: 300 }));
    resized.observe(element);
    return () => {
      resized.disconnect();
      chart.destroy();
    };
  }, [buckets]);
  return <div class="chart" ref={container} role="img" aria-label="Requests, throttled requests and cost over the range; the same figures are in the table below." />;
}

function UsageTable({ buckets }: { buckets: Bucket[] }) {
  const busy = buckets.filter((bucket) => bucket.requests > 0 || bucket.throttled > 0);
  if (busy.length === 0) return <p>No requests in this range.</p>;
  return (
    <Table columns={['From', 'Requests', 'Cost', 'Throttled']}>
      {busy.map((bucket) => (
        <tr key={bucket.start}>
          <th scope="row">
            <time dateTime={bucket.start}>{new Date(bucket.start).toLocaleString()}</time>
          </th>
          <td>{bucket.requests}</td>
          <td>{bucket.cost}</td>
          <td>{bucket.throttled}</td>
        </tr>
      ))}
    </Table>
  );
}
