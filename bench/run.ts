// npm run bench: Steward against its baselines, in one run on one machine. See bench/README.md.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  createDatabase,
  credentialsOf,
  dropDatabase,
  GET_PROJECT,
  graphql,
  graphqlLoad,
  json,
  LIST_PROJECTS,
  machine,
  mutationSequence,
  NESTED,
  pinCores,
  POSTGRES,
  postgresAvailable,
  ROOT,
  rootClientHeaders,
  sample,
  seed,
  settings,
  start,
  startSteward,
  stewardEnv,
  stop,
  summarize,
  type Load,
  type Measured,
  type Sample,
  type Server,
} from './harness.js';

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

async function postgresScenarios() {
  const name = `steward_bench_${Date.now()}`;
  const url = await createDatabase(name);
  try {
    const steward = await startSteward('steward-postgres', stewardEnv({ DATABASE_URL: url }));
    servers.push(steward);
    const credentials = credentialsOf(steward);
    const projects = await seed(steward, credentials);
    const organizationId = credentials.organization.id;
    const key = credentials.managementKey.token;
    const root = rootClientHeaders(credentials);
    const nested = graphqlLoad(key, NESTED, { id: organizationId });
    await graphql(steward, key, NESTED, { id: organizationId });

    const sql = await start('sql-ceiling', ['--import', 'tsx', 'bench/baselines/sql-ceiling.ts'], { ...process.env, DATABASE_URL: url } as Record<string, string>, `/?organization=${organizationId}`);
    const { DATABASE_URL: _url, ...withoutDatabase } = process.env as Record<string, string>;
    const yoga = await start('yoga-hello', ['--import', 'tsx', 'bench/baselines/yoga-hello.ts'], withoutDatabase, '/graphql?query=%7Bhello%7D');
    servers.push(sql, yoga);

    await comparison(
      { name: '1. nested query, PostgreSQL', server: steward, load: nested },
      { name: 'baseline: hand-written SQL (pg)', server: sql, load: { path: `/?organization=${organizationId}` } },
    );
    await scenario('baseline: one statement building the JSON (pg)', sql, { path: `/json?organization=${organizationId}` });
    await comparison(
      { name: '2a. REST GET /manage/projects', server: steward, load: { path: '/manage/projects', headers: root } },
      { name: '2a. GraphQL, same operation', server: steward, load: { ...graphqlLoad('', LIST_PROJECTS, { organizationId }), headers: { ...json, ...root } } },
    );
    await comparison(
      { name: '2b. REST GET /manage/projects/:id', server: steward, load: { path: `/manage/projects/${projects[0]}`, headers: root } },
      { name: '2b. GraphQL, same operation', server: steward, load: { ...graphqlLoad('', GET_PROJECT, { id: projects[0] }), headers: { ...json, ...root } } },
    );
    await scenario('3. mutation mix', steward, { path: '/graphql', requests: mutationSequence(key, organizationId) });
    await comparison(
      { name: '4. credential verification', server: steward, load: graphqlLoad(key, '{ viewer { kind } }', {}) },
      { name: 'baseline: yoga { hello }', server: yoga, load: { path: '/graphql', method: 'POST', headers: json, body: JSON.stringify({ query: '{ hello }' }) } },
    );
    for (const server of [steward, sql, yoga]) await stop(server);
  } finally {
    await dropDatabase(name);
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

/**
 * The same ratio by each server's CPU per request: requests per CPU-second. It is the fair one where a
 * baseline's throughput was held back by the other cores (PostgreSQL and the load generator) rather
 * than by its own.
 */
function cpuRatio(numerator: string, denominator: string): number | null {
  const a = results[numerator]?.cpuMsPerRequest;
  const b = results[denominator]?.cpuMsPerRequest;
  return a && b ? Math.round((b / a) * 100) / 100 : null;
}

async function main(serverCore: number | null) {
  process.stderr.write(`Steward benchmarks: ${settings.connections} connections, ${settings.warmupSeconds} s warm-up, ${settings.durationSeconds} s per scenario\n`);
  notes.push(
    serverCore !== null
      ? `servers pinned to core ${serverCore}; PostgreSQL and the load generator to the others`
      : 'nothing pinned: the servers, PostgreSQL and the load generator shared every core (BENCH_PIN=0, one core, or PostgreSQL on another machine)',
  );
  if (await postgresAvailable()) await postgresScenarios();
  else notes.push(`PostgreSQL at ${POSTGRES} is unreachable: its scenarios and baselines were skipped (set BENCH_DATABASE_URL)`);
  await embeddedScenarios();

  const ratios = {
    'nested PostgreSQL / hand-written SQL (target ≥ 0.5)': ratio('1. nested query, PostgreSQL', 'baseline: hand-written SQL (pg)'),
    'the same, by CPU per request': cpuRatio('1. nested query, PostgreSQL', 'baseline: hand-written SQL (pg)'),
    'credential verification / yoga { hello }': ratio('4. credential verification', 'baseline: yoga { hello }'),
    'nested PostgreSQL / yoga { hello }': ratio('1. nested query, PostgreSQL', 'baseline: yoga { hello }'),
    'REST list / GraphQL (target ≥ 0.9)': ratio('2a. REST GET /manage/projects', '2a. GraphQL, same operation'),
    'REST get / GraphQL (target ≥ 0.9)': ratio('2b. REST GET /manage/projects/:id', '2b. GraphQL, same operation'),
  };

  console.table(
    Object.fromEntries(
      Object.entries(results).map(([name, m]) => [
        name,
        {
          'req/s': m.rps,
          'p50 ms': m.p50,
          'p95 ms': m.p95,
          'p99 ms': m.p99,
          'SQL/req': m.sqlPerRequest ?? '',
          'CPU ms/req': m.cpuMsPerRequest,
          'PostgreSQL CPU ms/req': m.databaseCpuMsPerRequest ?? '',
          'together ms/req': m.databaseCpuMsPerRequest === null ? '' : Math.round((m.cpuMsPerRequest + m.databaseCpuMsPerRequest) * 100) / 100,
          'RSS MB': m.rssMb,
          non2xx: m.non2xx,
          errors: m.errors,
        },
      ]),
    ),
  );
  console.table(ratios);
  console.table(coldStart);
  for (const note of notes) console.log(note);
  const file = path.join(ROOT, 'bench', 'results.json');
  await writeFile(file, `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), settings: { connections: settings.connections, warmupSeconds: settings.warmupSeconds, durationSeconds: settings.durationSeconds }, results, ratios, coldStart, notes }, null, 2)}\n`);
  console.log(`written: ${path.relative(process.cwd(), file)}`);
}

const pinned = await pinCores();
try {
  await main(pinned?.serverCore ?? null);
} finally {
  await Promise.all(servers.map(stop));
  await pinned?.unpin();
}
