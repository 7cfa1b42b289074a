// What the benchmarks share: servers as child processes, seeding, load and measurement. See bench/README.md.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { OrganizationProjectsDocument, ProjectDocument } from '../src/rest/openpanel/operations.generated.js';

export const settings = {
  durationSeconds: Number(process.env.BENCH_DURATION ?? 10),
  warmupSeconds: Number(process.env.BENCH_WARMUP ?? 3),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 10),
};
export const POSTGRES = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const ROOT = path.resolve(import.meta.dirname, '..');
/** Linux's USER_HZ, the unit of the CPU times in /proc/<pid>/stat. */
const CLOCK_TICKS = 100;

// ---------------------------------------------------------------- processes

export interface Server {
  name: string;
  url: string;
  child: ChildProcess;
  output: () => string;
  /** From spawn to the first answered request. */
  startMs: number;
  /** Whether it works on PostgreSQL (DATABASE_URL): a run measures PostgreSQL's CPU beside its own. */
  onPostgres: boolean;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts a server with `node` (this process's Node.js unless given) and waits until `readyPath` answers. */
export async function start(name: string, args: string[], env: Record<string, string>, readyPath: string, node = process.execPath): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const began = performance.now();
  // Measured as deployed: graphql-js, among others, skips development-only checks in production.
  // taskset execs the server in its own process, so the pid is the server's.
  const [command, commandArgs] = serverCores ? ['taskset', ['-c', serverCores, node, ...args]] : [node, args];
  const child = spawn(command, commandArgs, { cwd: ROOT, env: { ...env, NODE_ENV: 'production', PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output}`);
    const answered = await fetch(`${url}${readyPath}`).then((response) => response.ok, () => false);
    if (answered) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { name, url, child, output: () => output, startMs: performance.now() - began, onPostgres: env.DATABASE_URL !== undefined };
}

export async function stop(server: Server): Promise<void> {
  // A baseline that a signal ended has no exit code, only a signal code.
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces): state, ppid, …, utime [11], stime [12], cutime [13], cstime [14]. */
async function statFields(pid: number): Promise<string[] | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  return stat ? stat.slice(stat.lastIndexOf(')') + 2).split(' ') : null;
}

const ticksToMs = (...ticks: (string | undefined)[]) => (ticks.reduce((sum, tick) => sum + Number(tick), 0) * 1000) / CLOCK_TICKS;

/** User + system CPU the server process has used so far, in milliseconds. */
export async function cpuMs(server: Server): Promise<number> {
  const fields = (await statFields(server.child.pid!))!;
  return ticksToMs(fields[11], fields[12]);
}

export async function rssMb(server: Server): Promise<number> {
  const status = await readFile(`/proc/${server.child.pid}/status`, 'utf8');
  return Math.round(Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)![1]) / 1024);
}

/** The V8 heap in use, from Steward's /metrics. */
export async function heapUsedMb(server: Server): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return Math.round(Number(/^nodejs_heap_used_bytes (\d+)$/m.exec(text)![1]) / 2 ** 20);
}

export function stewardEnv(database: { DATABASE_URL: string } | { DATA_DIR: string }): Record<string, string> {
  const { DATABASE_URL: _url, REDIS_URL: _redis, DATA_DIR: _dir, ...inherited } = process.env as Record<string, string>;
  return {
    ...inherited,
    ...database,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    GRAPHIQL: 'false',
    STEWARD_SECRET: randomBytes(32).toString('hex'),
    // The benchmark measures the work of a request, not the budgets that would refuse most of them.
    RATE_LIMIT_REQUESTS: '1000000000',
    RATE_LIMIT_COST: '1000000000000',
  };
}

/** The Node.js flags `npm start` runs Steward with (package.json), so that what is measured is what users run. */
export const START_FLAGS: string[] = (() => {
  const { scripts } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const words = scripts.start.split(' ');
  return words.slice(1, words.indexOf('dist/server/cli.js'));
})();

/** `cli` is the entry of a build: `dist/server/cli.js`, or the same file in a copy of another build's `dist` inside the project. */
export const startSteward = (name: string, env: Record<string, string>, cli = 'dist/server/cli.js', flags = START_FLAGS, node = process.execPath) =>
  start(name, [...flags, cli, 'serve'], env, '/readyz', node);

export interface Bootstrapped {
  organization: { id: string };
  personalAccessToken: string;
  managementKey: { token: string };
  rootClient: { id: string; secret: string };
}

/** The OpenPanel dialect's credential headers, for the bootstrapped root client. */
export const rootClientHeaders = (credentials: Bootstrapped) => ({
  'openpanel-client-id': credentials.rootClient.id,
  'openpanel-client-secret': credentials.rootClient.secret,
});

export function credentialsOf(server: Server): Bootstrapped {
  const match = /Its credentials are shown only now:\n([\s\S]*?)\nOpen http/.exec(server.output());
  if (!match) throw new Error(`${server.name} printed no credentials:\n${server.output()}`);
  return JSON.parse(match[1]!) as Bootstrapped;
}

// ---------------------------------------------------------------- requests

export async function graphql(server: Server, token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  if (!response.ok || body.errors) throw new Error(`${server.name}: ${JSON.stringify(body)}`);
  return body.data!;
}

export const NESTED = `query Nested($id: ID!) {
  organization(id: $id) { id name projects(first: 20) { edges { node { id name slug
    clients(first: 10) { edges { node { id name type } } }
    references(first: 10) { edges { node { id title date } } } } } } } }`;
/** What the OpenPanel dialect runs for GET /manage/projects and GET /manage/projects/:id. */
export const LIST_PROJECTS = String(OrganizationProjectsDocument);
export const GET_PROJECT = String(ProjectDocument);

/** 20 projects, each with its default client, one READ client and five references. */
export async function seed(server: Server, credentials: Bootstrapped): Promise<string[]> {
  const token = credentials.personalAccessToken;
  const organizationId = credentials.organization.id;
  const projectIds: string[] = [];
  for (let i = 0; i < 20; i++) {
    const created = await graphql(server, token, 'mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id slug } } }', {
      input: { organizationId, name: `Bench project ${i}`, domain: 'https://bench.example', types: ['WEBSITE'] },
    });
    const projectId = created.createProject.project.id as string;
    projectIds.push(created.createProject.project.slug);
    await graphql(server, token, 'mutation ($input: CreateClientInput!) { createClient(input: $input) { client { id } } }', {
      input: { organizationId, projectId, name: 'dashboards', type: 'READ' },
    });
    for (let r = 0; r < 5; r++) {
      await graphql(server, token, 'mutation ($input: CreateReferenceInput!) { createReference(input: $input) { reference { id } } }', {
        input: { projectId, title: `Release ${r}`, date: new Date(Date.UTC(2026, 0, 1 + r)).toISOString() },
      });
    }
  }
  return projectIds;
}

// ---------------------------------------------------------------- load

export interface Load {
  method?: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  requests?: autocannon.Request[];
}

export interface Measured {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  sqlPerRequest: number | null;
  /** The server's own CPU time per request: steadier than req/s where servers and load share the cores. */
  cpuMsPerRequest: number;
  /** The local PostgreSQL server's CPU per request over the same runs (the embedded database's is in the server's own); null when not measured. */
  databaseCpuMsPerRequest: number | null;
  rssMb: number;
}

/** In milliseconds, to a tenth. */
export function percentile(sorted: number[], p: number): number {
  const value = sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
  return Math.round(value * 10) / 10;
}

export interface Firing {
  /** Each answer's latency in ms is pushed here. */
  latencies?: number[];
  connections?: number;
  /** Requests per second over all connections; without it, each connection sends as fast as it is answered. */
  overallRate?: number;
}

export function fire(server: Server, load: Load, seconds: number, { latencies, connections = settings.connections, overallRate }: Firing = {}): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const options = {
      url: `${server.url}${load.path}`,
      method: load.method ?? 'GET',
      headers: load.headers,
      body: load.body,
      requests: load.requests,
      connections,
      overallRate,
      duration: seconds,
    };
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    if (latencies) instance.on('response', (_client, _status, _bytes, time) => latencies.push(time));
  });
}

/** Steward's counters from /metrics: SQL statements sent and requests received; null for a baseline. */
async function counters(server: Server): Promise<{ statements: number; requests: number } | null> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const statements = /^steward_sql_statements_total (\d+)$/m.exec(text);
  if (!statements) return null;
  const requests = [...text.matchAll(/^steward_http_requests_total\{[^}]*\} (\d+)$/gm)].reduce((sum, [, count]) => sum + Number(count), 0);
  return { statements: Number(statements[1]), requests };
}

/** Lets the requests still in flight when the load generator stops finish, so counters settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

export interface Sample {
  requests: number;
  latencies: number[];
  non2xx: number;
  errors: number;
  statements: number | null;
  serverRequests: number | null;
  cpuMs: number;
  /** PostgreSQL's CPU over the same run, every process of it; null when it runs elsewhere. */
  databaseCpuMs: number | null;
}

/** A warm-up, then one measured run at fixed concurrency and duration. */
export async function sample(server: Server, load: Load): Promise<Sample> {
  await fire(server, load, settings.warmupSeconds);
  await settle();
  const before = await counters(server);
  const cpuBefore = await cpuMs(server);
  const databaseBefore = server.onPostgres ? await postgresCpuMs() : null;
  const latencies: number[] = [];
  const result = await fire(server, load, settings.durationSeconds, { latencies });
  await settle();
  const cpuAfter = await cpuMs(server);
  const databaseAfter = server.onPostgres ? await postgresCpuMs() : null;
  const after = await counters(server);
  return {
    requests: result.requests.total,
    latencies,
    non2xx: result.non2xx,
    errors: result.errors,
    // Both as the server counted them (/metrics itself is not a request it counts).
    statements: before && after ? after.statements - before.statements : null,
    serverRequests: before && after ? after.requests - before.requests : null,
    cpuMs: cpuAfter - cpuBefore,
    databaseCpuMs: databaseBefore !== null && databaseAfter !== null ? databaseAfter - databaseBefore : null,
  };
}

export async function summarize(server: Server, samples: Sample[]): Promise<Measured> {
  const sum = (pick: (sample: Sample) => number) => samples.reduce((total, one) => total + pick(one), 0);
  const latencies = samples.flatMap((one) => one.latencies).sort((a, b) => a - b);
  const requests = sum((one) => one.requests);
  const counted = samples.every((one) => one.statements !== null);
  return {
    rps: Math.round(requests / (settings.durationSeconds * samples.length)),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests,
    non2xx: sum((one) => one.non2xx),
    errors: sum((one) => one.errors),
    sqlPerRequest: counted ? Math.round((sum((one) => one.statements!) / sum((one) => one.serverRequests!)) * 100) / 100 : null,
    cpuMsPerRequest: Math.round((sum((one) => one.cpuMs) / requests) * 100) / 100,
    databaseCpuMsPerRequest: samples.every((one) => one.databaseCpuMs !== null) ? Math.round((sum((one) => one.databaseCpuMs!) / requests) * 100) / 100 : null,
    rssMb: await rssMb(server),
  };
}

export const json = { 'content-type': 'application/json' };
export const bearer = (token: string) => ({ ...json, authorization: `Bearer ${token}` });
export const graphqlLoad = (token: string, query: string, variables: Record<string, unknown>): Load => ({
  method: 'POST',
  path: '/graphql',
  headers: bearer(token),
  body: JSON.stringify({ query, variables }),
});

/** Create a project (with its default client), add a reference, rename the project, delete it. */
export function mutationSequence(token: string, organizationId: string): autocannon.Request[] {
  const post = (build: (context: Record<string, string>) => { query: string; variables: Record<string, unknown> }, keep?: (body: any, context: Record<string, string>) => void) => ({
    method: 'POST' as const,
    path: '/graphql',
    headers: bearer(token),
    setupRequest: (request: any, context: Record<string, string>) => ({ ...request, body: JSON.stringify(build(context)) }),
    onResponse: keep ? (_status: number, body: string, context: Record<string, string>) => keep(JSON.parse(body).data, context) : undefined,
  });
  return [
    post(
      () => ({
        query: 'mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } clientSecret } }',
        variables: { input: { organizationId, name: `Mix ${randomBytes(4).toString('hex')}` } },
      }),
      (data, context) => (context.projectId = data.createProject.project.id),
    ),
    post((context) => ({
      query: 'mutation ($input: CreateReferenceInput!) { createReference(input: $input) { reference { id } } }',
      variables: { input: { projectId: context.projectId, title: 'Launch', date: '2026-01-01T00:00:00Z' } },
    })),
    post((context) => ({
      query: 'mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { project { id name } } }',
      variables: { input: { id: context.projectId, name: 'Renamed' } },
    })),
    post((context) => ({
      query: 'mutation ($input: DeleteProjectInput!) { deleteProject(input: $input) { project { id } } }',
      variables: { input: { id: context.projectId } },
    })),
  ] as autocannon.Request[];
}

// ---------------------------------------------------------------- PostgreSQL

export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new database on the server at BENCH_DATABASE_URL; its URL. */
export async function createDatabase(name: string): Promise<string> {
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(POSTGRES);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

let postmaster: Promise<number | null> | undefined;

/** The main process of the PostgreSQL server at BENCH_DATABASE_URL when it runs on this machine, found through a backend's parent; else null. */
function localPostmaster(): Promise<number | null> {
  postmaster ??= postgresAvailable().then((available) =>
    available
      ? withAdmin(async (client) => {
          const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
          const status = await readFile(`/proc/${rows[0]!.pid}/status`, 'utf8').catch(() => '');
          return /^Name:\s+postgres$/m.test(status) ? Number(/^PPid:\s+(\d+)$/m.exec(status)![1]) : null;
        })
      : null,
  );
  return postmaster;
}

/** The postmaster and every process it started (backends, workers), with their stat fields. */
async function postgresProcesses(main: number): Promise<Map<number, string[]>> {
  const processes = new Map<number, string[]>();
  for (const entry of await readdir('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const fields = await statFields(pid);
    if (fields && (pid === main || Number(fields[1]) === main)) processes.set(pid, fields);
  }
  return processes;
}

/**
 * CPU the local PostgreSQL server has used so far, in milliseconds, every process of it: the live ones
 * and, through the postmaster's children's times, the backends that have exited. Null when it runs elsewhere.
 */
export async function postgresCpuMs(): Promise<number | null> {
  const main = await localPostmaster();
  if (main === null) return null;
  let total = 0;
  for (const [pid, fields] of await postgresProcesses(main)) total += ticksToMs(fields[11], fields[12], ...(pid === main ? [fields[13], fields[14]] : []));
  return total;
}

// ---------------------------------------------------------------- cores

/** The cores the servers measured run on, when pinned; see `pinCores`. */
let serverCores: string | null = null;
const run = promisify(execFile);
const setAffinity = (cores: string, pid: number) => run('taskset', ['-a', '-p', '-c', cores, String(pid)]);

/**
 * Pins the servers measured to the last core and the local PostgreSQL server and this process (the load
 * generator) to the others, so that neither steals CPU from the other and each one's CPU per request is its
 * own. Returns the servers' core and what undoes it (PostgreSQL is the machine's, not the benchmark's), or
 * null when it cannot be done: fewer than two cores, PostgreSQL elsewhere or `BENCH_PIN=0`. Servers started
 * afterwards are pinned.
 */
export async function pinCores(): Promise<{ serverCore: number; unpin: () => Promise<void> } | null> {
  // Every core of the machine, not the ones this process may use (which pinning narrows).
  const cores = os.cpus().length;
  const main = await localPostmaster();
  if (process.env.BENCH_PIN === '0' || cores < 2 || main === null) return null;
  const all = `0-${cores - 1}`;
  const others = cores === 2 ? '0' : `0-${cores - 2}`;
  const pinAll = async (list: string) => {
    for (const pid of [...(await postgresProcesses(main)).keys(), process.pid]) await setAffinity(list, pid).catch(() => undefined);
  };
  await pinAll(others);
  serverCores = String(cores - 1);
  const unpin = async () => {
    serverCores = null;
    await pinAll(all);
  };
  return { serverCore: cores - 1, unpin };
}

// ---------------------------------------------------------------- report

export function machine() {
  return { cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
}
