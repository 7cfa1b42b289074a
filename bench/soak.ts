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
  heapUsedMb,
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
// V8 sizes its heap to the load over the first minutes (about three here): RSS is judged from then on.
const WARMUP_SECONDS = Number(process.env.SOAK_WARMUP_SECONDS ?? 180);
const MEMORY_WINDOW_SECONDS = 30;
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

// ---------------------------------------------------------------- memory

interface Reading {
  rssMb: number;
  heapMb: number;
}

/** One instance over one window of readings. */
interface Memory {
  /** The median: one reading lands anywhere in the garbage collector's swings (±10 % and more under this load). */
  rssMb: number;
  rssMaxMb: number;
  /** The least heap in use: what was live after the window's collections. */
  heapFloorMb: number;
}

interface MemoryWindow {
  /** Its end, in seconds from the start of the soak. */
  second: number;
  instances: Memory[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Reads every instance's RSS and heap once a second; cut() closes a window of the readings since the last cut. */
class MemoryWatch {
  readonly windows: MemoryWindow[] = [];
  private readings: Reading[][];
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly instances: Server[]) {
    this.readings = instances.map(() => []);
    this.timer = setInterval(() => void this.read(), 1000);
  }

  private async read() {
    const current = this.readings;
    await Promise.all(
      this.instances.map(async (instance, index) => {
        // An instance that exited has no readings; the verdict says it exited.
        const reading = await Promise.all([rssMb(instance), heapUsedMb(instance)]).catch(() => null);
        if (reading) current[index]!.push({ rssMb: reading[0], heapMb: reading[1] });
      }),
    );
  }

  /** Drops the readings so far: the next window starts now. */
  clear() {
    this.readings = this.instances.map(() => []);
  }

  cut(second: number): MemoryWindow {
    const window = {
      second,
      instances: this.readings.map((readings) => ({
        rssMb: median(readings.map((reading) => reading.rssMb)),
        rssMaxMb: Math.max(...readings.map((reading) => reading.rssMb)),
        heapFloorMb: Math.min(...readings.map((reading) => reading.heapMb)),
      })),
    };
    this.clear();
    this.windows.push(window);
    return window;
  }

  stop() {
    clearInterval(this.timer);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** A window every MEMORY_WINDOW_SECONDS while the soak runs, with a line of progress each time. */
async function windows(watch: MemoryWatch, seconds: number, latencies: number[]): Promise<void> {
  const began = performance.now();
  for (let second = MEMORY_WINDOW_SECONDS; second < seconds; second += MEMORY_WINDOW_SECONDS) {
    await sleep(began + second * 1000 - performance.now());
    const { instances } = watch.cut(second);
    const figures = (pick: (memory: Memory) => number) => instances.map(pick).join(' / ');
    process.stderr.write(`  ${(second / 60).toFixed(1)} min: RSS ${figures((memory) => memory.rssMb)} MB, heap floor ${figures((memory) => memory.heapFloorMb)} MB, ${latencies.length} answers\n`);
  }
}

// ---------------------------------------------------------------- report

/** The least-squares slope of the windows' RSS, in MB per minute: a leak climbs steadily, the garbage collector's swings do not. */
function trend(series: { second: number; mb: number }[]): number {
  const points = series.map(({ second, mb }) => ({ x: second / 60, y: mb }));
  const mean = (pick: (point: { x: number; y: number }) => number) => points.reduce((total, point) => total + pick(point), 0) / points.length;
  const [mx, my] = [mean((point) => point.x), mean((point) => point.y)];
  const slope = mean((point) => (point.x - mx) * (point.y - my)) / mean((point) => (point.x - mx) ** 2);
  return Math.round(slope * 10) / 10;
}

/** The first window is the warm-up's last; the others are the soak's. */
function memoryReport(instances: Server[], windows: MemoryWindow[]) {
  return instances.map((instance, index) => {
    const series = windows.map((window) => ({ second: window.second, ...window.instances[index]! }));
    const [reference, end] = [series[0]!, series.at(-1)!];
    return {
      name: instance.name,
      referenceMb: reference.rssMb,
      maxMb: Math.max(...series.slice(1).map((window) => window.rssMaxMb)),
      endMb: end.rssMb,
      growthPercent: Math.round(((end.rssMb - reference.rssMb) / reference.rssMb) * 1000) / 10,
      trendMbPerMinute: trend(series.map((window) => ({ second: window.second, mb: window.rssMb }))),
      referenceHeapFloorMb: reference.heapFloorMb,
      endHeapFloorMb: end.heapFloorMb,
    };
  });
}

/** Lines a server logged at level error or fatal (pino's JSON levels 50 and 60). */
const loggedErrors = (server: Server) => server.output().match(/"level":(50|60)\b/g)?.length ?? 0;

function verdict(soak: Phase, rss: ReturnType<typeof memoryReport>, instances: Server[]): string[] {
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
  const watch = new MemoryWatch(instances);
  const referenceWindow = sleep((WARMUP_SECONDS - MEMORY_WINDOW_SECONDS) * 1000).then(() => watch.clear());
  await Promise.all([phase(instances, credentials, WARMUP_SECONDS, target), referenceWindow]);
  const reference = watch.cut(0).instances.map((memory) => memory.rssMb);
  process.stderr.write(`  reference RSS ${reference.join(' / ')} MB (medians of the warm-up's last ${MEMORY_WINDOW_SECONDS} s); soak at ${target} req/s for ${SOAK_MINUTES} min …\n`);
  const latencies: number[] = [];
  const [soaked] = await Promise.all([phase(instances, credentials, soakSeconds, target, latencies), windows(watch, soakSeconds, latencies)]);
  watch.cut(soakSeconds);
  watch.stop();

  const soak = { targetRps: target, ...summary(soaked) };
  const rss = memoryReport(instances, watch.windows);
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
    memoryWindows: watch.windows,
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
