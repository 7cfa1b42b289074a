// npm run bench:soak: two instances on PostgreSQL and Redis at 80 % of their measured capacity, then judged
// on errors and RSS growth. See bench/README.md.
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type autocannon from 'autocannon';
import {
  createDatabase,
  credentialsOf,
  dropDatabase,
  fire,
  graphqlLoad,
  machine,
  mutationSequence,
  NESTED,
  percentile,
  ROOT,
  rootClientHeaders,
  rssMb,
  seed,
  settings,
  startSteward,
  stewardEnv,
  stop,
  type Bootstrapped,
  type Load,
  type Server,
} from './harness.js';

const SOAK_MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const CAPACITY_SECONDS = 15;
const WARMUP_SECONDS = 60;
const RSS_EVERY_SECONDS = 30;
const LOAD_SHARE = 0.8;
const MAX_RSS_GROWTH_PERCENT = 10;

// ---------------------------------------------------------------- the mix

/**
 * One connection's cycle of 40 requests, the writes spread among the reads: 16 credential checks
 * (40 %), 14 REST project lists with the root client (35 %), 6 nested queries with the management
 * key (15 %) and one mutation sequence of 4 (10 %).
 */
function adminTraffic(credentials: Bootstrapped): autocannon.Request[] {
  const key = credentials.managementKey.token;
  const viewer = graphqlLoad(key, '{ viewer { kind } }', {});
  const nested = graphqlLoad(key, NESTED, { id: credentials.organization.id });
  const list: autocannon.Request = { method: 'GET', path: '/manage/projects', headers: rootClientHeaders(credentials) };
  const reads = (round: number) => [viewer, list, viewer, nested, list, viewer, list, viewer, round % 2 ? list : nested];
  return mutationSequence(key, credentials.organization.id).flatMap((write, round) => [write, ...reads(round)]);
}

type OnResponse = (status: number, body: string, context: object, headers: autocannon.Request['headers']) => void;

/** Autocannon judges by status only: a 2xx answer whose body is not JSON or carries GraphQL errors is counted here. */
function checked(request: autocannon.Request, tally: { failed: number }): autocannon.Request {
  const keep = request.onResponse as OnResponse | undefined;
  const onResponse: OnResponse = (status, body, context, headers) => {
    if (status >= 300) return;
    try {
      if ((JSON.parse(body) as { errors?: unknown }).errors) tally.failed++;
      else keep?.(status, body, context, headers);
    } catch {
      tally.failed++;
    }
  };
  return { ...request, onResponse };
}

// ---------------------------------------------------------------- phases

interface Phase {
  seconds: number;
  requests: number;
  perInstance: number[];
  non2xx: number;
  errors: number;
  /** 2xx answers with GraphQL errors or an unreadable body. */
  failed: number;
  latencies: number[];
}

/** The mix against every instance at once; a rate, if given, is split evenly between them. */
async function phase(instances: Server[], credentials: Bootstrapped, seconds: number, overallRate?: number, latencies: number[] = []): Promise<Phase> {
  const tally = { failed: 0 };
  const load: Load = { path: '/graphql', requests: adminTraffic(credentials).map((request) => checked(request, tally)) };
  const rate = overallRate && Math.round(overallRate / instances.length);
  const results = await Promise.all(instances.map((instance) => fire(instance, load, seconds, { latencies, overallRate: rate })));
  const sum = (pick: (result: autocannon.Result) => number) => results.reduce((total, result) => total + pick(result), 0);
  return {
    seconds,
    requests: sum((result) => result.requests.total),
    perInstance: results.map((result) => result.requests.total),
    non2xx: sum((result) => result.non2xx),
    errors: sum((result) => result.errors),
    failed: tally.failed,
    latencies,
  };
}

interface RssSample {
  second: number;
  rssMb: number[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** RSS of every instance every RSS_EVERY_SECONDS while the soak runs, with a line of progress each time. */
async function sampleRss(instances: Server[], seconds: number, latencies: number[], samples: RssSample[]): Promise<void> {
  const began = performance.now();
  for (let second = RSS_EVERY_SECONDS; second < seconds; second += RSS_EVERY_SECONDS) {
    await sleep(began + second * 1000 - performance.now());
    const sample = { second, rssMb: await Promise.all(instances.map(rssMb)) };
    samples.push(sample);
    process.stderr.write(`  ${(second / 60).toFixed(1)} min: RSS ${sample.rssMb.join(' / ')} MB, ${latencies.length} answers\n`);
  }
}

// ---------------------------------------------------------------- report

/** The least-squares slope of RSS over time, in MB per minute: a leak climbs steadily, the garbage collector's swings do not. */
function trend(samples: RssSample[], index: number): number {
  const points = samples.map((sample) => ({ x: sample.second / 60, y: sample.rssMb[index]! }));
  const mean = (pick: (point: { x: number; y: number }) => number) => points.reduce((total, point) => total + pick(point), 0) / points.length;
  const [mx, my] = [mean((point) => point.x), mean((point) => point.y)];
  const slope = mean((point) => (point.x - mx) * (point.y - my)) / mean((point) => (point.x - mx) ** 2);
  return Math.round(slope * 10) / 10;
}

function rssReport(instances: Server[], samples: RssSample[]) {
  return instances.map((instance, index) => {
    const series = samples.map((sample) => sample.rssMb[index]!);
    const reference = series[0]!;
    const end = series.at(-1)!;
    return {
      name: instance.name,
      referenceMb: reference,
      maxMb: Math.max(...series),
      endMb: end,
      growthPercent: Math.round(((end - reference) / reference) * 1000) / 10,
      trendMbPerMinute: trend(samples, index),
    };
  });
}

/** Lines a server logged at level error or fatal (pino's JSON levels 50 and 60). */
const loggedErrors = (server: Server) => server.output().match(/"level":(50|60)\b/g)?.length ?? 0;

function verdict(soak: Phase, rss: ReturnType<typeof rssReport>, instances: Server[]): string[] {
  const failures: string[] = [];
  if (soak.non2xx) failures.push(`${soak.non2xx} non-2xx answers`);
  if (soak.errors) failures.push(`${soak.errors} connection errors or timeouts`);
  if (soak.failed) failures.push(`${soak.failed} 2xx answers with GraphQL errors`);
  for (const instance of instances) {
    if (instance.child.exitCode !== null || instance.child.signalCode !== null) failures.push(`${instance.name} exited`);
    if (loggedErrors(instance)) failures.push(`${instance.name} logged ${loggedErrors(instance)} errors`);
  }
  for (const one of rss) {
    if (one.growthPercent >= MAX_RSS_GROWTH_PERCENT) failures.push(`${one.name}: RSS grew by ${one.growthPercent} % (limit ${MAX_RSS_GROWTH_PERCENT} %)`);
  }
  return failures;
}

// ---------------------------------------------------------------- run

const database = `steward_soak_${Date.now()}`;
const instances: Server[] = [];
let cleaning: Promise<void> | undefined;
/** Once, whether the run ends, fails or is interrupted: no server and no database stays behind. */
const cleanUp = () => (cleaning ??= Promise.all(instances.map(stop)).then(() => dropDatabase(database)));

async function startInstances(): Promise<Bootstrapped> {
  const url = await createDatabase(database);
  // One deployment: the same database, Redis and secret for both.
  const env = { ...stewardEnv({ DATABASE_URL: url }), REDIS_URL };
  for (const name of ['steward-a', 'steward-b']) {
    instances.push(await startSteward(name, env));
    await untilRedisShared(instances.at(-1)!);
  }
  return credentialsOf(instances[0]!);
}

/** /readyz says `degraded` while the instance works without Redis; a soak without it would not be the one asked for. */
async function untilRedisShared(server: Server): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const { status } = (await (await fetch(`${server.url}/readyz`)).json()) as { status: string };
    if (status === 'ready') return;
    await sleep(100);
  }
  throw new Error(`${server.name} cannot reach Redis at ${REDIS_URL} (set BENCH_REDIS_URL)`);
}

function summary(measured: Phase) {
  const sorted = [...measured.latencies].sort((a, b) => a - b);
  return {
    rps: Math.round(measured.requests / measured.seconds),
    requests: measured.requests,
    perInstance: measured.perInstance,
    non2xx: measured.non2xx,
    errors: measured.errors,
    graphqlErrors: measured.failed,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

async function main(): Promise<boolean> {
  const soakSeconds = Math.round(SOAK_MINUTES * 60);
  process.stderr.write(`Soak: two instances, PostgreSQL and ${REDIS_URL}; ${CAPACITY_SECONDS} s at ${settings.connections} connections each, then ${WARMUP_SECONDS} s of warm-up and ${SOAK_MINUTES} min at ${LOAD_SHARE * 100} % of that\n`);
  const credentials = await startInstances();
  await seed(instances[0]!, credentials);
  const loadBefore = os.loadavg();

  process.stderr.write(`  capacity: ${settings.warmupSeconds} s warm-up, ${CAPACITY_SECONDS} s measured …\n`);
  await phase(instances, credentials, settings.warmupSeconds);
  const capacity = summary(await phase(instances, credentials, CAPACITY_SECONDS));
  const target = Math.round(capacity.rps * LOAD_SHARE / instances.length) * instances.length;

  process.stderr.write(`  capacity ${capacity.rps} req/s; warm-up at ${target} req/s …\n`);
  await phase(instances, credentials, WARMUP_SECONDS, target);
  const samples: RssSample[] = [{ second: 0, rssMb: await Promise.all(instances.map(rssMb)) }];
  process.stderr.write(`  reference RSS ${samples[0]!.rssMb.join(' / ')} MB; soak at ${target} req/s for ${SOAK_MINUTES} min …\n`);
  const latencies: number[] = [];
  const [soaked] = await Promise.all([phase(instances, credentials, soakSeconds, target, latencies), sampleRss(instances, soakSeconds, latencies, samples)]);
  samples.push({ second: soakSeconds, rssMb: await Promise.all(instances.map(rssMb)) });

  const soak = { targetRps: target, ...summary(soaked) };
  const rss = rssReport(instances, samples);
  const failures = verdict(soaked, rss, instances);
  console.table({ capacity, soak });
  console.table(Object.fromEntries(rss.map(({ name, ...figures }) => [name, figures])));
  if (soak.rps < target * 0.95) console.log(`the rate held, ${soak.rps} req/s, fell short of the target ${target} req/s: the instances could not keep up (was the machine busier than while capacity was measured?)`);
  console.log(failures.length ? `FAIL: ${failures.join('; ')}` : `PASS: zero errors, RSS growth under ${MAX_RSS_GROWTH_PERCENT} %`);

  const file = path.join(ROOT, 'bench', 'soak-results.json');
  const report = {
    date: new Date().toISOString(),
    machine: machine(),
    loadAverage: { before: loadBefore, after: os.loadavg() },
    settings: { connectionsPerInstance: settings.connections, capacitySeconds: CAPACITY_SECONDS, warmupSeconds: WARMUP_SECONDS, soakMinutes: SOAK_MINUTES, loadShare: LOAD_SHARE, redis: REDIS_URL },
    mix: { 'viewer { kind }': 0.4, 'GET /manage/projects': 0.35, 'nested query': 0.15, 'mutation sequence': 0.1 },
    capacity,
    soak,
    rss,
    rssSamples: samples,
    pass: failures.length === 0,
    failures,
  };
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`written: ${path.relative(process.cwd(), file)}`);
  return failures.length === 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // on, not once: tsx relays a signal the process already had from its group, and a second one must not end the clean-up.
  process.on(signal, () => {
    process.stderr.write(`${signal}: stopping the instances and dropping ${database} …\n`);
    void cleanUp().finally(() => process.exit(128 + os.constants.signals[signal]));
  });
}
let passed = false;
try {
  passed = await main();
} catch (error) {
  console.error(error);
} finally {
  await cleanUp();
}
// Exits at once: after a failure, a load or a sampling still waiting would hold the process.
process.exit(passed ? 0 : 1);
