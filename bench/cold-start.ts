// npm run bench:start -- [build …]: how long `steward serve` takes to answer /readyz on an existing embedded
// database, each build started in turns (the machine's speed drifts; only starts taken in turns compare).
// A build is `dist` or a copy of it inside the project, as for bench:compare. See bench/README.md.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cpuMs, machine, percentile, ROOT, rssMb, startSteward, stewardEnv, stop } from './harness.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const builds = process.argv.slice(2);
if (builds.length === 0) builds.push('dist');

interface Start {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
}

async function startOnce(build: string, dataDir: string): Promise<Start> {
  const cli = path.relative(ROOT, path.resolve(build, 'server', 'cli.js'));
  const server = await startSteward(build, stewardEnv({ DATA_DIR: dataDir }), cli);
  try {
    return { wallMs: server.startMs, cpuMs: await cpuMs(server), rssMb: await rssMb(server) };
  } finally {
    await stop(server);
  }
}

const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${Math.round(percentile(sorted, 50))} (${Math.round(sorted[0]!)}–${Math.round(sorted.at(-1)!)})`;
};

const dataDir = await mkdtemp(path.join(tmpdir(), 'steward-cold-start-'));
try {
  // The first start creates and migrates the database; it is not one of the measured starts.
  const first = await startOnce(builds[0]!, dataDir);
  process.stderr.write(`first start on a new database: ${Math.round(first.wallMs)} ms\n`);
  const starts = new Map<string, Start[]>(builds.map((build) => [build, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const build of builds) {
      const measured = await startOnce(build, dataDir);
      starts.get(build)!.push(measured);
      process.stderr.write(`  round ${round} ${build}: ${Math.round(measured.wallMs)} ms, CPU ${Math.round(measured.cpuMs)} ms\n`);
    }
  }
  console.log(machine());
  console.table(
    Object.fromEntries(
      [...starts].map(([build, measured]) => [
        build,
        {
          'to /readyz, ms: median (range)': summary(measured.map((each) => each.wallMs)),
          'CPU ms': summary(measured.map((each) => each.cpuMs)),
          'RSS MB': summary(measured.map((each) => each.rssMb)),
        },
      ]),
    ),
  );
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
