import type { Logger } from 'pino';
import type { TokenSealer } from '../access/reveal.js';
import type { CredentialChanges } from '../access/verifier.js';
import { newId } from '../db/ids.js';
import { Prisma, type Job, type PrismaClient } from '../generated/prisma/client.js';
import { jobKind, registeredJobKinds } from './registry.js';

export interface JobWorkerOptions {
  /** How long the serving loop waits when nothing was due. */
  pollMs?: number;
  /** How long a claimed job belongs to this worker without a heartbeat; after it, any worker claims it again. */
  leaseMs?: number;
  /** Backoff after the first failure; doubled for each further one, capped at maxDelayMs, with full jitter. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** The worker's clock; tests move it on instead of sleeping. */
  clock?: () => Date;
  /** Only these kinds (tests); by default every kind registered in this process. */
  kinds?: string[];
  /** The server secret's sealer, handed to handlers that open sealed secrets (webhook signing). */
  sealer?: TokenSealer | null;
}

const DEFAULTS = { pollMs: 1000, leaseMs: 60_000, baseDelayMs: 1000, maxDelayMs: 5 * 60_000 };
const MAX_ERROR_LENGTH = 1000;

/**
 * What an attempt's failure says, for `lastError` and the attempt log. Handlers touch no secrets,
 * and a database error is told by its code only: its message may quote the values it was sent.
 */
export function describeError(error: unknown): string {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return `database error ${error.code}`;
  if (error instanceof Prisma.PrismaClientUnknownRequestError || error instanceof Prisma.PrismaClientInitializationError) return 'database error';
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}

/** Exponential backoff with full jitter: uniformly random up to base × 2^(attempt−1), capped. */
export function backoffMs(attempt: number, baseDelayMs: number, maxDelayMs: number, random = Math.random): number {
  return Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1)));
}

/**
 * Exponential backoff with equal jitter: half of base × 2^(attempt−1) (capped) plus a random part of
 * the other half. Unlike full jitter, each delay is at least as long as the one before.
 */
export function equalJitterBackoffMs(attempt: number, baseDelayMs: number, maxDelayMs: number, random = Math.random): number {
  const half = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1)) / 2;
  return Math.floor(half + random() * half);
}

/**
 * Runs due jobs (DESIGN.md §10). Any number of workers, in one process or many, share the jobs
 * table: a job is claimed with SELECT … FOR UPDATE SKIP LOCKED and marked RUNNING with a lease,
 * kept alive by a heartbeat while its handler runs; a job whose worker died is claimed again when
 * its lease runs out. Every attempt is recorded; a failure is retried with backoff until the job's
 * deadline, then the job is FAILED.
 */
export class JobWorker {
  private readonly options: Required<Omit<JobWorkerOptions, 'clock' | 'kinds' | 'sealer'>>;
  private readonly clock: () => Date;
  private readonly kinds: string[] | undefined;
  private readonly sealer: TokenSealer | null;
  private stopping = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly logger: Logger,
    /** The instance's verifier: jobs that change credentials make every instance forget its cached verifications of them. */
    private readonly credentials: CredentialChanges,
    options: JobWorkerOptions = {},
  ) {
    const { clock, kinds, sealer, ...rest } = options;
    this.kinds = kinds;
    this.sealer = sealer ?? null;
    this.options = { ...DEFAULTS, ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) };
    this.clock = clock ?? (() => new Date());
  }

  /**
   * Claims and runs every job due now, one at a time, each at most once per call (a failed job due
   * again at once waits for the next call); returns how many ran.
   */
  async runDueJobs(): Promise<number> {
    const ran: string[] = [];
    while (!this.stopping) {
      const job = await this.claim(ran);
      if (!job) break;
      ran.push(job.id);
      await this.run(job);
    }
    return ran.length;
  }

  /** Serves until stop(): runs what is due, then waits pollMs when nothing was. */
  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.serve();
  }

  /** Takes no further job and waits up to timeoutMs for the one running; an unfinished one is claimed again after its lease. */
  async stop(timeoutMs: number): Promise<void> {
    this.stopping = true;
    this.wake?.();
    if (!this.loop) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.loop, new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
    this.loop = null;
  }

  private async serve(): Promise<void> {
    while (!this.stopping) {
      let ran = 0;
      try {
        ran = await this.runDueJobs();
      } catch (error) {
        this.logger.warn({ err: error }, 'could not claim background jobs');
      }
      if (this.stopping) break;
      if (ran > 0) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.pollMs).unref();
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
  }

  /** Claims one due job (or one whose lease expired) and opens its attempt, in one transaction. */
  private async claim(exclude: string[]): Promise<Job | null> {
    const kinds = (this.kinds ?? registeredJobKinds()).filter((kind) => jobKind(kind));
    if (kinds.length === 0) return null;
    const now = this.clock();
    const leaseUntil = new Date(now.getTime() + this.options.leaseMs);
    return this.prisma.$transaction(async (tx) => {
      const [claimed] = await tx.$queryRaw<{ id: string; attempts: number; previous: string }[]>`
        WITH due AS (
          SELECT id, status FROM "Job"
          WHERE "kind" = ANY(${kinds}::text[]) AND NOT ("id" = ANY(${exclude}::text[]))
            AND ((status = 'PENDING' AND "runAt" <= ${now}::timestamp(3)) OR (status = 'RUNNING' AND "leaseUntil" <= ${now}::timestamp(3)))
          ORDER BY "runAt", id
          LIMIT 1
          FOR UPDATE SKIP LOCKED)
        UPDATE "Job" SET status = 'RUNNING', attempts = "Job".attempts + 1, "leaseUntil" = ${leaseUntil}::timestamp(3)
        FROM due WHERE "Job".id = due.id
        RETURNING "Job".id, "Job".attempts, due.status::text AS previous`;
      if (!claimed) return null;
      if (claimed.previous === 'RUNNING') {
        // The worker of the previous attempt stopped answering: its attempt ends here.
        await tx.jobAttempt.updateMany({
          where: { jobId: claimed.id, finishedAt: null },
          data: { finishedAt: now, error: 'interrupted: the worker stopped before finishing (its lease expired)' },
        });
      }
      await tx.jobAttempt.create({ data: { id: newId('JobAttempt'), jobId: claimed.id, number: claimed.attempts, startedAt: now } });
      return tx.job.findUniqueOrThrow({ where: { id: claimed.id } });
    });
  }

  private async run(job: Job): Promise<void> {
    const kind = jobKind(job.kind)!;
    const heartbeat = setInterval(() => {
      const leaseUntil = new Date(this.clock().getTime() + this.options.leaseMs);
      this.prisma.job
        .updateMany({ where: { id: job.id, status: 'RUNNING', attempts: job.attempts }, data: { leaseUntil } })
        .catch((error: unknown) => this.logger.warn({ err: error, job: job.id }, 'could not extend the lease of a job'));
    }, Math.max(10, Math.floor(this.options.leaseMs / 3))).unref();
    let failure: string | null = null;
    try {
      await kind.handle({ job, prisma: this.prisma, logger: this.logger, now: this.clock(), credentials: this.credentials, sealer: this.sealer });
    } catch (error) {
      failure = describeError(error);
      this.logger.warn({ job: job.id, kind: job.kind, attempt: job.attempts, error: failure }, 'a background job failed');
    } finally {
      clearInterval(heartbeat);
    }
    try {
      await this.finish(job, failure);
    } catch (error) {
      // The job stays RUNNING: it is claimed again when its lease runs out.
      this.logger.warn({ err: error, job: job.id }, 'could not record the end of a background job');
    }
  }

  private async finish(job: Job, failure: string | null): Promise<void> {
    const now = this.clock();
    const ours = { id: job.id, status: 'RUNNING' as const, attempts: job.attempts };
    let update: Prisma.JobUpdateManyMutationInput;
    if (failure === null) update = { status: 'SUCCEEDED', finishedAt: now, leaseUntil: null };
    else if (now >= job.deadline) update = { status: 'FAILED', finishedAt: now, leaseUntil: null, lastError: failure };
    else {
      const delay = jobKind(job.kind)?.backoffMs?.(job.attempts) ?? backoffMs(job.attempts, this.options.baseDelayMs, this.options.maxDelayMs);
      const runAt = new Date(Math.min(now.getTime() + delay, job.deadline.getTime()));
      update = { status: 'PENDING', runAt, leaseUntil: null, lastError: failure };
    }
    const [updated] = await this.prisma.$transaction([
      this.prisma.job.updateMany({ where: ours, data: update }),
      this.prisma.jobAttempt.updateMany({ where: { jobId: job.id, number: job.attempts, finishedAt: null }, data: { finishedAt: now, error: failure } }),
    ]);
    if (updated.count === 0) this.logger.warn({ job: job.id, attempt: job.attempts }, 'a background job was claimed again before its attempt ended');
  }
}
