import { builder } from '../../graphql/builder.js';
import { Organization } from '../organization/schema.js';

const ActorKindEnum = builder.enumType('ActorKind', {
  values: ['USER', 'MANAGEMENT_KEY', 'CLIENT', 'OPERATOR', 'SYSTEM', 'STORAGE_TOKEN'] as const,
});

export const AuditActor = builder.objectRef<{ kind: (typeof ActorKindEnum)['$inferType']; id: string }>('AuditActor').implement({
  description: 'Who made a change: a user (its id), or the key, client, operator token or storage token used.',
  fields: (t) => ({
    kind: t.field({ type: ActorKindEnum, resolve: (actor) => actor.kind }),
    id: t.exposeID('id'),
  }),
});

export const AuditEvent = builder.prismaNode('AuditEvent', {
  id: { field: 'id' },
  description: 'One change made through the API, written in the same transaction as the change. Never holds a secret.',
  authScopes: (event) =>
    event.organizationId ? { permission: { permission: 'audit:read', organizationId: event.organizationId } } : false,
  fields: (t) => ({
    action: t.exposeString('action', { description: '`resource.verb`, such as `project.create` or `management_key.rotate`.' }),
    actor: t.field({ type: AuditActor, resolve: (event) => ({ kind: event.actorKind, id: event.actorId }) }),
    targetType: t.exposeString('targetType'),
    targetId: t.exposeID('targetId'),
    changes: t.expose('changes', { type: 'JSON', description: 'The fields the change set, by name.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.prismaObjectField(Organization, 'auditEvents', (t) =>
  t.relatedConnection('auditEvents', {
    cursor: 'id',
    nullable: true,
    description: 'Newest first.',
    args: {
      action: t.arg.string({ required: false }),
      actorId: t.arg.id({ required: false }),
      targetId: t.arg.id({ required: false }),
      since: t.arg({ type: 'DateTime', required: false, description: 'Events at or after this time.' }),
      until: t.arg({ type: 'DateTime', required: false, description: 'Events before this time.' }),
    },
    authScopes: (organization) => ({ permission: { permission: 'audit:read', organizationId: organization.id } }),
    query: (args) => ({
      where: {
        action: args.action ?? undefined,
        actorId: args.actorId || undefined,
        targetId: args.targetId || undefined,
        createdAt: { gte: args.since ?? undefined, lt: args.until ?? undefined },
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    }),
  }),
);
