import type { Principal } from '../auth/principal.js';
import type { ActorKind, Prisma, PrismaClient } from '../generated/prisma/client.js';
import { newId, type NodeType } from './ids.js';

export interface Actor {
  kind: ActorKind;
  id: string;
}

export function actorOf(principal: Principal): Actor {
  return { kind: principal.kind, id: principal.kind === 'USER' ? principal.userId : principal.credentialId };
}

export interface AuditEntry {
  organizationId: string | null;
  /** `resource.verb`, such as `project.create` or `management_key.rotate`. */
  action: string;
  target: { type: NodeType; id: string };
  /** The fields the mutation set, by name; never a secret or a digest of one. */
  changes?: Record<string, unknown>;
}

export async function recordAudit(tx: Prisma.TransactionClient, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      id: newId('AuditEvent'),
      organizationId: entry.organizationId,
      actorKind: actor.kind,
      actorId: actor.id,
      action: entry.action,
      targetType: entry.target.type,
      targetId: entry.target.id,
      changes: JSON.parse(JSON.stringify(entry.changes ?? {})) as Prisma.InputJsonValue,
    },
  });
}

/** Runs a mutation's writes in one transaction with an `audit` that records into the same transaction. */
export function auditedTransaction<T>(
  prisma: PrismaClient,
  principal: Principal,
  work: (tx: Prisma.TransactionClient, audit: (entry: AuditEntry) => Promise<void>) => Promise<T>,
): Promise<T> {
  const actor = actorOf(principal);
  return prisma.$transaction((tx) => work(tx, (entry) => recordAudit(tx, actor, entry)));
}
