import pino from 'pino';
import { afterAll, describe, expect, test } from 'vitest';
import { postgresDatabase } from '../../../src/db/postgres.js';
import { enqueueJob } from '../../../src/jobs/queue.js';
import { registerJobKind, type JobRun } from '../../../src/jobs/registry.js';
import { backoffMs, describeError, JobWorker } from '../../../src/jobs/worker.js';
import { Prisma } from '../../../src/generated/prisma/client.js';
import { testEnvironment } from '../../support/environment.js';
import { createOperator, unique } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();
const logger = pino({ level: 'silent' });

/** What the test handlers did, by job id: how many times each ran. */
const runs = new Map<string, number>();
const count = ({ job }: JobRun) => {
  runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
};

registerJobKind('test.count', {
  readPermission: 'platform:write',
  // A little work, so that racing workers overlap.
  handle: async (run) => {
    count(run);
    await new Promise((resolve) => setTimeout(resolve, 5));
  },
});
registerJobKind('test.fail', {
  readPermission: 'platform:write',
  handle: (run) => {
    count(run);
    return Promise.reject(new Error(`attempt ${run.job.attempts} failed`));
  },
});
registerJobKind('test.database-error', {
  readPermission: 'platform:write',
  handle: () => {
    throw new Prisma.PrismaClientKnownRequestError('Unique constraint failed on the value "stw_pat_secret"', { code: 'P2002', clientVersion: 'test' });
  },
});
/** Blocks until released: a job in flight while its worker stops. */
let release: () => void = () => {};
registerJobKind('test.block', {
  readPermission: 'platform:write',
  handle: async (run) => {
    count(run);
    if ((runs.get(run.job.id) ?? 0) === 1) await new Promise<void>((resolve) => (release = resolve));
  },
});

/** A clock the test moves by hand. */
function manualClock(start = new Date()) {
  let now = start.getTime();
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

function enqueue(kind: string, options: { runAt?: Date; deadline?: Date } = {}) {
  return database.prisma.$transaction((tx) => enqueueJob(tx, { kind, payload: { label: unique('job') }, ...options }));
}

describe('enqueueJob', () => {
  test('writes the job in the caller’s transaction: rolled back with it, committed with it', async () => {
    const kind = 'test.never-run'; // registered nowhere: no worker claims it
    let id = '';
    await expect(
      database.prisma.$transaction(async (tx) => {
        id = (await enqueueJob(tx, { kind, payload: {} })).id;
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await database.prisma.job.findUnique({ where: { id } })).toBeNull();

    const runAt = new Date(Date.now() + 60_000);
    const job = await database.prisma.$transaction((tx) => enqueueJob(tx, { kind, payload: { a: 1 }, runAt, retryForMs: 5000, organizationId: null }));
    expect(job).toMatchObject({ status: 'PENDING', attempts: 0, runAt, deadline: new Date(runAt.getTime() + 5000), payload: { a: 1 } });
    expect(job.id).toMatch(/^job_/);
  });
});

describe('JobWorker', () => {
  test('runs a due job once, records the attempt and marks it SUCCEEDED; a job not yet due waits', async () => {
    const clock = manualClock();
    const worker = new JobWorker(database.prisma, logger, gateway.services.credentials, { clock: clock.now, kinds: ['test.count'] });
    const due = await enqueue('test.count', { runAt: clock.now() });
    const later = await enqueue('test.count', { runAt: new Date(clock.now().getTime() + 60_000) });
    expect(await worker.runDueJobs()).toBe(1);
    expect(runs.get(due.id)).toBe(1);
    expect(runs.get(later.id)).toBeUndefined();
    const done = await database.prisma.job.findUniqueOrThrow({ where: { id: due.id }, include: { attemptLog: true } });
    expect(done).toMatchObject({ status: 'SUCCEEDED', attempts: 1, leaseUntil: null, lastError: null, finishedAt: clock.now() });
    expect(done.attemptLog).toMatchObject([{ number: 1, startedAt: clock.now(), finishedAt: clock.now(), error: null }]);

    expect(await worker.runDueJobs()).toBe(0);
    clock.advance(60_000);
    expect(await worker.runDueJobs()).toBe(1);
    expect(runs.get(later.id)).toBe(1);
    expect(runs.get(due.id)).toBe(1);
  });

  test('a failing job is retried with exponential backoff and full jitter until its deadline, then FAILED, every attempt recorded', async () => {
    const clock = manualClock();
    const baseDelayMs = 1000;
    const worker = new JobWorker(database.prisma, logger, gateway.services.credentials, { clock: clock.now, kinds: ['test.fail'], baseDelayMs, maxDelayMs: 8000 });
    const deadline = new Date(clock.now().getTime() + 30_000);
    const job = await enqueue('test.fail', { runAt: clock.now(), deadline });
    const delays: number[] = [];
    for (let attempt = 1; attempt < 100; attempt++) {
      const before = clock.now().getTime();
      expect(await worker.runDueJobs()).toBe(1);
      // Due again only after its backoff: each call runs a job at most once.
      const row = await database.prisma.job.findUniqueOrThrow({ where: { id: job.id } });
      expect(row.attempts).toBe(attempt);
      expect(row.lastError).toBe(`Error: attempt ${attempt} failed`);
      if (row.status === 'FAILED') break;
      expect(row.status).toBe('PENDING');
      const delay = row.runAt.getTime() - before;
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(Math.min(8000, baseDelayMs * 2 ** (attempt - 1)));
      delays.push(delay);
      clock.advance(delay);
      // Not before its time, even at the last attempt.
      expect(row.runAt.getTime()).toBeLessThanOrEqual(deadline.getTime());
    }
    const failed = await database.prisma.job.findUniqueOrThrow({ where: { id: job.id }, include: { attemptLog: { orderBy: { number: 'asc' } } } });
    expect(failed.status).toBe('FAILED');
    expect(failed.finishedAt!.getTime()).toBeGreaterThanOrEqual(deadline.getTime());
    expect(failed.attemptLog.map((attempt) => attempt.number)).toEqual(Array.from({ length: failed.attempts }, (_, index) => index + 1));
    expect(failed.attemptLog.every((attempt, index) => attempt.error === `Error: attempt ${index + 1} failed` && attempt.finishedAt)).toBe(true);
    expect(runs.get(job.id)).toBe(failed.attempts);
    // The log pages newest first, one page past a cursor: a sort without a unique last key would make Prisma drop the LIMIT.
    const operator = await createOperator(database, ['platform:write']);
    const page = 'query ($id: ID!, $after: String) { job(id: $id) { attemptLog(first: 2, after: $after) { edges { node { number } } pageInfo { endCursor } } } }';
    type Page = { job: { attemptLog: { edges: { node: { number: number } }[]; pageInfo: { endCursor: string } } } };
    const newest = (await gateway.execute<Page, object>(page, { id: job.id }, operator)).expectData().job.attemptLog;
    const before = database.statements.length;
    const older = (await gateway.execute<Page, object>(page, { id: job.id, after: newest.pageInfo.endCursor }, operator)).expectData().job.attemptLog;
    expect([...newest.edges, ...older.edges].map((edge) => edge.node.number)).toEqual([0, 1, 2, 3].map((index) => failed.attempts - index));
    expect(database.statements.slice(before).find((sql) => sql.includes('FROM "public"."JobAttempt"'))).toMatch(/LIMIT (\$\d+|\d+)/);
    // Thirty seconds at most 8 s apart: several attempts, and never one after it failed.
    expect(failed.attempts).toBeGreaterThanOrEqual(5);
    clock.advance(3600_000);
    expect(await worker.runDueJobs()).toBe(0);
  });

  test('backoff grows exponentially up to its cap, with full jitter', () => {
    expect([1, 2, 3, 4, 10].map((attempt) => backoffMs(attempt, 1000, 5000, () => 0.999999))).toEqual([999, 1999, 3999, 4999, 4999]);
    expect(backoffMs(3, 1000, 5000, () => 0)).toBe(0);
  });

  test('a database error is recorded by its code, never its message (which may quote values)', async () => {
    const worker = new JobWorker(database.prisma, logger, gateway.services.credentials, { kinds: ['test.database-error'] });
    const job = await enqueue('test.database-error');
    await worker.runDueJobs();
    const row = await database.prisma.job.findUniqueOrThrow({ where: { id: job.id }, include: { attemptLog: true } });
    expect(row.lastError).toBe('database error P2002');
    expect(row.attemptLog[0]!.error).toBe('database error P2002');
    expect(describeError('x'.repeat(5000))).toHaveLength(1000);
  });

  test('a job whose worker stopped mid-way stays RUNNING and is claimed again after its lease, by another worker', async () => {
    const clock = manualClock();
    const first = new JobWorker(database.prisma, logger, gateway.services.credentials, { clock: clock.now, kinds: ['test.block'], leaseMs: 30_000, pollMs: 10 });
    const job = await enqueue('test.block', { runAt: clock.now() });
    first.start();
    await until(async () => runs.get(job.id) === 1);
    // Shutting down: the job in flight does not finish within the timeout.
    await first.stop(20);
    expect(await database.prisma.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: 'RUNNING', attempts: 1 });

    const second = new JobWorker(database.prisma, logger, gateway.services.credentials, { clock: clock.now, kinds: ['test.block'], leaseMs: 30_000 });
    expect(await second.runDueJobs()).toBe(0); // its lease still holds
    clock.advance(30_000);
    expect(await second.runDueJobs()).toBe(1);
    const row = await database.prisma.job.findUniqueOrThrow({ where: { id: job.id }, include: { attemptLog: { orderBy: { number: 'asc' } } } });
    expect(row).toMatchObject({ status: 'SUCCEEDED', attempts: 2 });
    expect(row.attemptLog.map((attempt) => [attempt.number, attempt.error])).toEqual([
      [1, 'interrupted: the worker stopped before finishing (its lease expired)'],
      [2, null],
    ]);
    // The first worker's handler ends at last: it no longer owns the job and changes nothing.
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await database.prisma.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: 'SUCCEEDED', attempts: 2 });
  });

  test('two workers (on PostgreSQL, two database clients) racing over the same due jobs run each exactly once', async () => {
    const url = process.env.DATABASE_URL;
    const other = url ? postgresDatabase(url, { poolSize: 5 }) : null;
    try {
      const jobs = await Promise.all(Array.from({ length: 30 }, () => enqueue('test.count')));
      const workers = [database.prisma, other?.prisma ?? database.prisma].map((prisma) => new JobWorker(prisma, logger, gateway.services.credentials, { kinds: ['test.count'] }));
      const ran = await Promise.all([...workers, ...workers].map((worker) => worker.runDueJobs()));
      expect(ran.reduce((sum, n) => sum + n, 0)).toBe(30);
      if (other) expect(ran.filter((n) => n > 0).length).toBeGreaterThan(1);
      expect(jobs.map((job) => runs.get(job.id))).toEqual(jobs.map(() => 1));
      const rows = await database.prisma.job.findMany({ where: { id: { in: jobs.map((job) => job.id) } }, include: { _count: { select: { attemptLog: true } } } });
      expect(rows.every((row) => row.status === 'SUCCEEDED' && row.attempts === 1 && row._count.attemptLog === 1)).toBe(true);
    } finally {
      await other?.close();
    }
  });

  test('the serving loop picks up work by itself and stops cleanly', async () => {
    const worker = new JobWorker(database.prisma, logger, gateway.services.credentials, { kinds: ['test.count'], pollMs: 20 });
    worker.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const job = await enqueue('test.count');
      await until(async () => (await database.prisma.job.findUniqueOrThrow({ where: { id: job.id } })).status === 'SUCCEEDED');
      expect(runs.get(job.id)).toBe(1);
    } finally {
      await worker.stop(1000);
    }
  });
});

/** Polls a condition (for the serving loop, which runs on its own), failing after five seconds. */
async function until(condition: () => Promise<boolean>) {
  for (let waited = 0; waited < 5000; waited += 10) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the condition never held');
}

afterAll(() => release());
