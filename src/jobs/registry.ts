import type { Logger } from 'pino';
import type { OperatorPermission, Permission } from '../access/permissions.js';
import type { TokenSealer } from '../access/reveal.js';
import type { CredentialChanges } from '../access/verifier.js';
import type { Job, PrismaClient } from '../generated/prisma/client.js';

/** What a handler gets: the job as claimed (its payload, its attempt number) and the database. */
export interface JobRun {
  job: Job;
  prisma: PrismaClient;
  logger: Logger;
  /** The worker's clock: "now" for this attempt. */
  now: Date;
  /** A job that deletes or changes credentials runs the change through here, so that no instance trusts what it cached of them. */
  credentials: CredentialChanges;
  /** The server secret's sealer (null without one), for handlers that open what a request sealed. */
  sealer: TokenSealer | null;
}

export interface JobKind {
  /**
   * Does the work. It must be idempotent: a job is run again after a failure, and after a worker
   * stopped mid-way (its lease expired), so a second run of the same job must do no harm.
   */
  handle(run: JobRun): Promise<void>;
  /** Who reads jobs of this kind through GraphQL: the platform operator holding this permission. */
  readPermission: Permission | OperatorPermission;
  /** How long a job of this kind is retried when enqueued without a deadline (ms after runAt). */
  retryForMs?: number;
  /** The delay after the attempt-th failure; by default the worker's exponential backoff with full jitter. */
  backoffMs?: (attempt: number) => number;
}

const KINDS = new Map<string, JobKind>();

/** Modules register their kinds when they load; a kind is registered once. */
export function registerJobKind(kind: string, definition: JobKind): void {
  if (KINDS.has(kind)) throw new Error(`job kind ${kind} is registered twice`);
  KINDS.set(kind, definition);
}

export function jobKind(kind: string): JobKind | undefined {
  return KINDS.get(kind);
}

/** The kinds this process can run: a worker claims only these (jobs of a newer release wait for it). */
export function registeredJobKinds(): string[] {
  return [...KINDS.keys()];
}
