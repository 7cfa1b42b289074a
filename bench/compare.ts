// npm run bench:compare -- <build A> <build B>: two builds of Steward, one scenario, measured in turns.
// A build is a directory holding a built `server/cli.js` inside the project (a copy of `dist`). See bench/README.md.
import path from 'node:path';
import {
  createDatabase,
  credentialsOf,
  dropDatabase,
  graphqlLoad,
  json,
  LIST_PROJECTS,
  NESTED,
  pinCores,
  ROOT,
  rootClientHeaders,
  sample,
  seed,
  settings,
  START_FLAGS,
  startSteward,
  stewardEnv,
  stop,
  summarize,
  type Bootstrapped,
  type Load,
  type Sample,
  type Server,
} from './harness.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
// One connection by default: the server's CPU per request is then the cleanest figure.
settings.connections = Number(process.env.BENCH_CONNECTIONS ?? 1);

const SCENARIOS: Record<string, (credentials: Bootstrapped) => Load> = {
  nested: (credentials) => graphqlLoad(credentials.managementKey.token, NESTED, { id: credentials.organization.id }),
  'rest-list': (credentials) => ({
    path: '/manage/projects',
    headers: rootClientHeaders(credentials),
  }),
  'graphql-list': (credentials) => ({
    ...graphqlLoad('', LIST_PROJECTS, { organizationId: credentials.organization.id }),
    headers: { ...json, ...rootClientHeaders(credentials) },
  }),
  viewer: (credentials) => graphqlLoad(credentials.managementKey.token, '{ viewer { kind } }', {}),
  // A Keboola mutation (metadata set by key, so every request does the same), answered with what it changed.
  'keboola-mutation': (credentials) => ({
    method: 'POST',
    path: `/manage/organizations/${credentials.organization.id}/metadata`,
    headers: { ...json, 'x-kbc-manageapitoken': credentials.personalAccessToken },
    body: JSON.stringify({ provider: 'user', metadata: [{ key: 'bench', value: 'the same value' }] }),
  }),
};

const [first, second] = process.argv.slice(2);
const scenario = process.env.BENCH_SCENARIO ?? 'nested';
if (!first || !second || !SCENARIOS[scenario]) {
  console.error(`usage: npm run bench:compare -- <build A> <build B>   (BENCH_SCENARIO: ${Object.keys(SCENARIOS).join(', ')})`);
  process.exit(2);
}

interface Contender {
  server: Server;
  load: Load;
}

const databases: string[] = [];

/** Node.js flags for one build: BENCH_FLAGS_A or BENCH_FLAGS_B, else those `npm start` uses. */
function flagsOf(index: number): string[] {
  const given = process.env[`BENCH_FLAGS_${'AB'[index]}`];
  return given === undefined ? START_FLAGS : given.split(' ').filter(Boolean);
}

/** A build on its own new database, seeded through its own API. */
async function contender(index: number, build: string, database: string): Promise<Contender> {
  databases.push(database);
  const url = await createDatabase(database);
  const flags = flagsOf(index);
  const node = process.env[`BENCH_NODE_${'AB'[index]}`] || process.execPath;
  const name = `${'AB'[index]}: ${[node === process.execPath ? '' : node, build, ...flags].filter(Boolean).join(' ')}`;
  const server = await startSteward(name, stewardEnv({ DATABASE_URL: url }), path.relative(ROOT, path.resolve(build, 'server', 'cli.js')), flags, node);
  const credentials = credentialsOf(server);
  await seed(server, credentials);
  return { server, load: SCENARIOS[scenario]!(credentials) };
}

const contenders: Contender[] = [];
const pinned = await pinCores();
try {
  for (const [index, build] of [first, second].entries()) {
    contenders.push(await contender(index, build, `steward_compare_${Date.now()}_${index}`));
  }
  process.stderr.write(`${scenario}: ${ROUNDS} rounds of A then B, ${settings.connections} connection(s), ${settings.warmupSeconds} s warm-up, ${settings.durationSeconds} s each; ${pinned ? `servers on core ${pinned.serverCore}` : 'nothing pinned'}\n`);
  const samples: Sample[][] = contenders.map(() => []);
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [index, { server, load }] of contenders.entries()) {
      const measured = await sample(server, load);
      samples[index]!.push(measured);
      const database = measured.databaseCpuMs === null ? '' : `, PostgreSQL ${(measured.databaseCpuMs / measured.requests).toFixed(2)} ms`;
      process.stderr.write(`  round ${round} ${server.name}: ${(measured.cpuMs / measured.requests).toFixed(2)} ms CPU/request${database}, ${Math.round(measured.requests / settings.durationSeconds)} req/s\n`);
    }
  }
  const rows: Record<string, object> = {};
  for (const [index, { server }] of contenders.entries()) {
    const measured = await summarize(server, samples[index]!);
    if (measured.non2xx || measured.errors) throw new Error(`${server.name} answered ${measured.non2xx} non-2xx and ${measured.errors} errors`);
    rows[server.name] = { 'CPU ms/req': measured.cpuMsPerRequest, 'PostgreSQL CPU ms/req': measured.databaseCpuMsPerRequest, 'req/s': measured.rps, 'p50 ms': measured.p50, 'p99 ms': measured.p99, 'SQL/req': measured.sqlPerRequest };
  }
  console.table(rows);
} finally {
  await Promise.all(contenders.map(({ server }) => stop(server)));
  for (const database of databases) await dropDatabase(database);
  await pinned?.unpin();
}
