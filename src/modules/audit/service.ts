import { isUser, type Principal } from '../../access/principal.js';
import type { Context } from '../../context.js';
import { newId, type NodeType } from '../../db/ids.js';
import type { ActorKind, Prisma } from '../../generated/prisma/client.js';
import { emitChangeEvent } from '../webhook/outbox.js';

export interface Actor {
  kind: ActorKind;
  id: string;
}

/** Who a principal is in the audit log (and as the creator of what it creates): a console session acts as its user. */
export function actorOf(principal: Principal): Actor {
  return isUser(principal) ? { kind: 'USER', id: principal.userId } : { kind: principal.kind, id: principal.credentialId };
}

export interface AuditEntry {
  organizationId: string | null;
  /** The project the change belongs to (its webhooks hear of it); a change to a project itself needs none. */
  projectId?: string | null;
  /** `resource.verb`, such as `project.create` or `management_key.rotate`. */
  action: string;
  target: { type: NodeType; id: string };
  /** The fields the mutation set, by name; never a secret or a digest of one. */
  changes?: Record<string, unknown>;
}

/** Records a change and, in the same transaction, the webhook deliveries of its event (the outbox). */
export async function recordAudit(tx: Prisma.TransactionClient, actor: Actor, entry: AuditEntry): Promise<void> {
  const id = newId('AuditEvent');
  const projectId = entry.projectId ?? (entry.target.type === 'Project' ? entry.target.id : null);
  const changes = JSON.parse(JSON.stringify(entry.changes ?? {})) as Prisma.InputJsonValue;
  await tx.auditEvent.create({
    data: {
      id,
      organizationId: entry.organizationId,
      projectId,
      actorKind: actor.kind,
      actorId: actor.id,
      action: entry.action,
      targetType: entry.target.type,
      targetId: entry.target.id,
      changes,
    },
  });
  if (!entry.organizationId) return;
  await emitChangeEvent(tx, { auditEventId: id, organizationId: entry.organizationId, projectId, action: entry.action, target: entry.target, actor, changes });
}

export type Audit = (entry: AuditEntry) => Promise<void>;

/** Runs the caller's change in one transaction with an `audit` that records, as the caller, into the same transaction. */
export function audited<T>(context: Context, work: (tx: Prisma.TransactionClient, audit: Audit) => Promise<T>): Promise<T> {
  const actor = actorOf(context.access.principal);
  return context.prisma.$transaction((tx) => work(tx, (entry) => recordAudit(tx, actor, entry)));
}
