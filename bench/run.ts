// npm run bench: Steward against its baselines, in one run on one machine. See bench/README.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const POSTGRES = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROOT = path.resolve(import.meta.dirname, '..');
/** Linux's USER_HZ, the unit of the CPU times in /proc/<pid>/stat. */
const CLOCK_TICKS = 100;

// ---------------------------------------------------------------- processes

interface Server {
  name: string;
  url: string;
  child: ChildProcess;
  output: () => string;
  /** From spawn to the first answered request. */
  startMs: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function start(name: string, args: string[], env: Record<string, string>, readyPath: string): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const began = performance.now();
  // Measured as deployed: graphql-js, among others, skips development-only checks in production.
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...env, NODE_ENV: 'production', PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output}`);
    const answered = await fetch(`${url}${readyPath}`).then((response) => response.ok, () => false);
    if (answered) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { name, url, child, output: () => output, startMs: performance.now() - began };
}

async function stop(server: Server): Promise<void> {
  // A baseline that a signal ended has no exit code, only a signal code.
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}

/** User + system CPU the server process has used so far, in milliseconds. */
async function cpuMs(server: Server): Promise<number> {
  const stat = await readFile(`/proc/${server.child.pid}/stat`, 'utf8');
  // The fields after the command name (which may hold spaces); utime and stime are the 12th and 13th of them.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

async function rssMb(server: Server): Promise<number> {
  const status = await readFile(`/proc/${server.child.pid}/status`, 'utf8');
  return Math.round(Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)![1]) / 1024);
}

function stewardEnv(database: { DATABASE_URL: string } | { DATA_DIR: string }): Record<string, string> {
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

const startSteward = (name: string, env: Record<string, string>) => start(name, ['dist/src/cli.js', 'serve'], env, '/readyz');

interface Bootstrapped {
  organization: { id: string };
  personalAccessToken: string;
  managementKey: { token: string };
  rootClient: { id: string; secret: string };
}

function credentialsOf(server: Server): Bootstrapped {
  const match = /Its credentials are shown only now:\n([\s\S]*?)\nOpen http/.exec(server.output());
  if (!match) throw new Error(`${server.name} printed no credentials:\n${server.output()}`);
  return JSON.parse(match[1]!) as Bootstrapped;
}

// ---------------------------------------------------------------- requests

async function graphql(server: Server, token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  if (!response.ok || body.errors) throw new Error(`${server.name}: ${JSON.stringify(body)}`);
  return body.data!;
}

const NESTED = `query Nested($id: ID!) {
  organization(id: $id) { id name projects(first: 20) { edges { node { id name slug
    clients(first: 10) { edges { node { id name type } } }
    references(first: 10) { edges { node { id title date } } } } } } } }`;
/** What the shim runs for GET /manage/projects and GET /manage/projects/:id (src/rest/openpanel.ts). */
const PROJECT_FIELDS = 'id slug name types domain cors crossDomain allowUnsafeRevenueTracking deleteAt createdAt updatedAt';
const LIST_PROJECTS = `query ($organizationId: ID!, $after: String) { organization(id: $organizationId) { projects(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${PROJECT_FIELDS} } } } } }`;
const GET_PROJECT = `query ($id: ID!) { project(id: $id) { ${PROJECT_FIELDS} } }`;

/** 20 projects, each with its default client, one READ client and five references. */
async function seed(server: Server, credentials: Bootstrapped): Promise<string[]> {
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

interface Load {
  method?: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  requests?: autocannon.Request[];
}

interface Measured {
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
  rssMb: number;
}

/** In milliseconds, to a tenth. */
function percentile(sorted: number[], p: number): number {
  const value = sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
  return Math.round(value * 10) / 10;
}

function fire(server: Server, load: Load, seconds: number, latencies?: number[]): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const options = {
      url: `${server.url}${load.path}`,
      method: load.method ?? 'GET',
      headers: load.headers,
      body: load.body,
      requests: load.requests,
      connections: CONNECTIONS,
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

interface Sample {
  requests: number;
  latencies: number[];
  non2xx: number;
  errors: number;
  statements: number | null;
  serverRequests: number | null;
  cpuMs: number;
}

/** A warm-up, then one measured run at fixed concurrency and duration. */
async function sample(server: Server, load: Load): Promise<Sample> {
  await fire(server, load, WARMUP);
  await settle();
  const before = await counters(server);
  const cpuBefore = await cpuMs(server);
  const latencies: number[] = [];
  const result = await fire(server, load, DURATION, latencies);
  await settle();
  const cpuAfter = await cpuMs(server);
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
  };
}

async function summarize(server: Server, samples: Sample[]): Promise<Measured> {
  const sum = (pick: (sample: Sample) => number) => samples.reduce((total, one) => total + pick(one), 0);
  const latencies = samples.flatMap((one) => one.latencies).sort((a, b) => a - b);
  const requests = sum((one) => one.requests);
  const counted = samples.every((one) => one.statements !== null);
  return {
    rps: Math.round(requests / (DURATION * samples.length)),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests,
    non2xx: sum((one) => one.non2xx),
    errors: sum((one) => one.errors),
    sqlPerRequest: counted ? Math.round((sum((one) => one.statements!) / sum((one) => one.serverRequests!)) * 100) / 100 : null,
    cpuMsPerRequest: Math.round((sum((one) => one.cpuMs) / requests) * 100) / 100,
    rssMb: await rssMb(server),
  };
}

const json = { 'content-type': 'application/json' };
const bearer = (token: string) => ({ ...json, authorization: `Bearer ${token}` });
const graphqlLoad = (token: string, query: string, variables: Record<string, unknown>): Load => ({
  method: 'POST',
  path: '/graphql',
  headers: bearer(token),
  body: JSON.stringify({ query, variables }),
});

/** Create a project (with its default client), add a reference, rename the project, delete it. */
function mutationMix(token: string, organizationId: string): Load {
  const post = (build: (context: Record<string, string>) => { query: string; variables: Record<string, unknown> }, keep?: (body: any, context: Record<string, string>) => void) => ({
    method: 'POST' as const,
    path: '/graphql',
    headers: bearer(token),
    setupRequest: (request: any, context: Record<string, string>) => ({ ...request, body: JSON.stringify(build(context)) }),
    onResponse: keep ? (_status: number, body: string, context: Record<string, string>) => keep(JSON.parse(body).data, context) : undefined,
  });
  return {
    path: '/graphql',
    requests: [
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
    ] as autocannon.Request[],
  };
}

// ---------------------------------------------------------------- run

const results: Record<string, Measured> = {};
const coldStart: Record<string, number> = {};
const notes: string[] = [];
const servers: Server[] = [];

async function scenario(name: string, server: Server, load: Load) {
  process.stderr.write(`  ${name} …\n`);
  results[name] = await summarize(server, [await sample(server, load)]);
}

interface Measuring {
  name: string;
  server: Server;
  load: Load;
}

/**
 * Two loads measured in turns, A B A B, each result over both of its runs: on a machine whose speed
 * drifts, back-to-back runs would credit the drift to whichever ran second.
 */
async function comparison(...pair: [Measuring, Measuring]) {
  process.stderr.write(`  ${pair[0].name} and ${pair[1].name}, in turns …\n`);
  const samples: [Sample[], Sample[]] = [[], []];
  for (let round = 0; round < 2; round++) {
    for (const [index, { server, load }] of pair.entries()) samples[index]!.push(await sample(server, load));
  }
  for (const [index, { name, server }] of pair.entries()) results[name] = await summarize(server, samples[index]!);
}

async function postgresAvailable(): Promise<boolean> {
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

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function postgresScenarios() {
  const name = `steward_bench_${Date.now()}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(POSTGRES);
  url.pathname = `/${name}`;
  try {
    const steward = await startSteward('steward-postgres', stewardEnv({ DATABASE_URL: url.toString() }));
    servers.push(steward);
    const credentials = credentialsOf(steward);
    const projects = await seed(steward, credentials);
    const organizationId = credentials.organization.id;
    const key = credentials.managementKey.token;
    const root = { 'openpanel-client-id': credentials.rootClient.id, 'openpanel-client-secret': credentials.rootClient.secret };
    const nested = graphqlLoad(key, NESTED, { id: organizationId });
    await graphql(steward, key, NESTED, { id: organizationId });

    const sql = await start('sql-ceiling', ['--import', 'tsx', 'bench/baselines/sql-ceiling.ts'], { ...process.env, DATABASE_URL: url.toString() } as Record<string, string>, `/?organization=${organizationId}`);
    const yoga = await start('yoga-hello', ['--import', 'tsx', 'bench/baselines/yoga-hello.ts'], process.env as Record<string, string>, '/graphql?query=%7Bhello%7D');
    servers.push(sql, yoga);

    await comparison(
      { name: '1. nested query, PostgreSQL', server: steward, load: nested },
      { name: 'baseline: hand-written SQL (pg)', server: sql, load: { path: `/?organization=${organizationId}` } },
    );
    await comparison(
      { name: '2a. REST GET /manage/projects', server: steward, load: { path: '/manage/projects', headers: root } },
      { name: '2a. GraphQL, same operation', server: steward, load: { ...graphqlLoad('', LIST_PROJECTS, { organizationId }), headers: { ...json, ...root } } },
    );
    await comparison(
      { name: '2b. REST GET /manage/projects/:id', server: steward, load: { path: `/manage/projects/${projects[0]}`, headers: root } },
      { name: '2b. GraphQL, same operation', server: steward, load: { ...graphqlLoad('', GET_PROJECT, { id: projects[0] }), headers: { ...json, ...root } } },
    );
    await scenario('3. mutation mix', steward, mutationMix(key, organizationId));
    await comparison(
      { name: '4. credential verification', server: steward, load: graphqlLoad(key, '{ viewer { kind } }', {}) },
      { name: 'baseline: yoga { hello }', server: yoga, load: { path: '/graphql', method: 'POST', headers: json, body: JSON.stringify({ query: '{ hello }' }) } },
    );
    for (const server of [steward, sql, yoga]) await stop(server);
  } finally {
    await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

async function embeddedScenarios() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'steward-bench-'));
  try {
    const first = await startSteward('steward-embedded', stewardEnv({ DATA_DIR: dataDir }));
    servers.push(first);
    coldStart['first start, new embedded database (target < 6000 ms)'] = Math.round(first.startMs);
    const credentials = credentialsOf(first);
    await seed(first, credentials);
    await scenario('1. nested query, embedded', first, graphqlLoad(credentials.managementKey.token, NESTED, { id: credentials.organization.id }));
    await stop(first);
    const again = await startSteward('steward-embedded', stewardEnv({ DATA_DIR: dataDir }));
    servers.push(again);
    coldStart['start on the existing embedded database (target < 2000 ms)'] = Math.round(again.startMs);
    await stop(again);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

function ratio(numerator: string, denominator: string): number | null {
  const a = results[numerator]?.rps;
  const b = results[denominator]?.rps;
  return a && b ? Math.round((a / b) * 100) / 100 : null;
}

async function main() {
  process.stderr.write(`Steward benchmarks: ${CONNECTIONS} connections, ${WARMUP} s warm-up, ${DURATION} s per scenario\n`);
  if (await postgresAvailable()) await postgresScenarios();
  else notes.push(`PostgreSQL at ${POSTGRES} is unreachable: its scenarios and baselines were skipped (set BENCH_DATABASE_URL)`);
  await embeddedScenarios();

  const ratios = {
    'nested PostgreSQL / hand-written SQL (target ≥ 0.5)': ratio('1. nested query, PostgreSQL', 'baseline: hand-written SQL (pg)'),
    'credential verification / yoga { hello }': ratio('4. credential verification', 'baseline: yoga { hello }'),
    'nested PostgreSQL / yoga { hello }': ratio('1. nested query, PostgreSQL', 'baseline: yoga { hello }'),
    'REST list / GraphQL (target ≥ 0.9)': ratio('2a. REST GET /manage/projects', '2a. GraphQL, same operation'),
    'REST get / GraphQL (target ≥ 0.9)': ratio('2b. REST GET /manage/projects/:id', '2b. GraphQL, same operation'),
  };
  const machine = { cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };

  console.table(
    Object.fromEntries(
      Object.entries(results).map(([name, m]) => [name, { 'req/s': m.rps, 'p50 ms': m.p50, 'p95 ms': m.p95, 'p99 ms': m.p99, 'SQL/req': m.sqlPerRequest ?? '', 'CPU ms/req': m.cpuMsPerRequest, 'RSS MB': m.rssMb, non2xx: m.non2xx, errors: m.errors }]),
    ),
  );
  console.table(ratios);
  console.table(coldStart);
  for (const note of notes) console.log(note);
  const file = path.join(ROOT, 'bench', 'results.json');
  await writeFile(file, `${JSON.stringify({ date: new Date().toISOString(), machine, settings: { connections: CONNECTIONS, warmupSeconds: WARMUP, durationSeconds: DURATION }, results, ratios, coldStart, notes }, null, 2)}\n`);
  console.log(`written: ${path.relative(process.cwd(), file)}`);
}

try {
  await main();
} finally {
  await Promise.all(servers.map(stop));
}
