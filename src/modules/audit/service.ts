import type { Principal } from '../../access/principal.js';
import type { Context } from '../../context.js';
import { newId, type NodeType } from '../../db/ids.js';
import type { ActorKind, Prisma } from '../../generated/prisma/client.js';

export interface Actor {
  kind: ActorKind;
  id: string;
}

/** Who a principal is in the audit log (and as the creator of what it creates). */
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

export type Audit = (entry: AuditEntry) => Promise<void>;

/** Runs the caller's change in one transaction with an `audit` that records, as the caller, into the same transaction. */
export function audited<T>(context: Context, work: (tx: Prisma.TransactionClient, audit: Audit) => Promise<T>): Promise<T> {
  const actor = actorOf(context.access.principal);
  return context.prisma.$transaction((tx) => work(tx, (entry) => recordAudit(tx, actor, entry)));
}
