import { newId } from '../db/ids.js';
import type { Job, Prisma } from '../generated/prisma/client.js';
import { jobKind } from './registry.js';

/** A job is retried for a day unless its kind or its caller says otherwise. */
export const DEFAULT_RETRY_FOR_MS = 24 * 60 * 60 * 1000;

export interface NewJob {
  kind: string;
  payload: Prisma.InputJsonValue;
  /** Not run before this time; now by default. */
  runAt?: Date;
  /** Retried until this time, then FAILED. By default runAt + the kind's retryForMs (or a day). */
  deadline?: Date;
  /** Instead of `deadline`: how long after runAt it is retried. */
  retryForMs?: number;
  organizationId?: string | null;
}

/**
 * Writes a job in the caller's transaction (DESIGN.md §10, the transactional outbox): the change
 * that causes the job and the job commit together or not at all. Any worker runs it once it is due.
 */
export function enqueueJob(tx: Prisma.TransactionClient, job: NewJob): Promise<Job> {
  const runAt = job.runAt ?? new Date();
  const retryForMs = job.retryForMs ?? jobKind(job.kind)?.retryForMs ?? DEFAULT_RETRY_FOR_MS;
  const deadline = job.deadline ?? new Date(runAt.getTime() + retryForMs);
  return tx.job.create({
    data: { id: newId('Job'), kind: job.kind, payload: job.payload, runAt, deadline, organizationId: job.organizationId ?? null },
  });
}
