import { scopesGrant } from '../../access/permissions.js';
import type { Context } from '../../context.js';
import { isIdOf } from '../../db/ids.js';
import { notFound } from '../../errors.js';
import { jobKind } from '../../jobs/registry.js';

/** Whether the caller may read jobs of this kind: the platform operator holding what starts them. */
export function canReadJobKind(context: Context, kind: string): boolean {
  const { principal } = context.access;
  const permission = jobKind(kind)?.readPermission;
  return principal.kind === 'OPERATOR' && permission !== undefined && scopesGrant(principal.scopes, permission);
}

/** For the root field: the job, or NOT_FOUND for one that does not exist or that the caller may not read. */
export async function readJob<Query extends object>(context: Context, id: string, query: Query) {
  if (!isIdOf('Job', id) || context.access.principal.kind !== 'OPERATOR') throw notFound('job');
  const job = await context.prisma.job.findUnique({ where: { id }, select: { kind: true } });
  if (!job || !canReadJobKind(context, job.kind)) throw notFound('job');
  return context.prisma.job.findUniqueOrThrow({ ...query, where: { id } });
}
