import { z } from 'zod';
import { RestFailure, type Connection, type Denial, type RouteCall } from '../route.js';
import type { KeboolaMaintainerFragment, KeboolaMembershipFragment, KeboolaOrganizationFragment, KeboolaProjectFragment, KeboolaUserFragment, ProjectRole } from './operations.generated.js';

/** What the Keboola routes share: Keboola's time format, ids, roles and the shapes of its objects. */

/** `2021-06-28T22:27:28+0000`: Keboola's ISO 8601 with a `+HHMM` offset and no fraction. */
export function keboolaTime(iso: string): string;
export function keboolaTime(iso: string | null): string | null;
export function keboolaTime(iso: string | null): string | null {
  return iso === null ? null : iso.replace(/(\.\d+)?Z$/, '+0000');
}

/** The id in a path: the object's integer, or Steward's own id; GraphQL takes either. */
export function pathId(params: Record<string, string>, name = 'id'): string {
  return params[name]!;
}

/** A user path segment holds an id (or number) or an e-mail address. */
export function userByIdOrEmail(segment: string): { userId: string } | { email: string } {
  return segment.includes('@') ? { email: segment } : { userId: segment };
}

/** Keboola's project roles onto Steward's: `share` is an ADMIN who may also share the project's data. */
export const KEBOOLA_ROLES = ['admin', 'share', 'guest', 'readOnly'] as const;
export type KeboolaRole = (typeof KEBOOLA_ROLES)[number];

export function stewardRole(role: KeboolaRole): { role: ProjectRole; canShare: boolean } {
  switch (role) {
    case 'admin':
      return { role: 'ADMIN', canShare: false };
    case 'share':
      return { role: 'ADMIN', canShare: true };
    case 'guest':
      return { role: 'EDITOR', canShare: false };
    case 'readOnly':
      return { role: 'VIEWER', canShare: false };
  }
}

export function keboolaRole(role: ProjectRole, canShare = false): KeboolaRole {
  if (role === 'ADMIN') return canShare ? 'share' : 'admin';
  return role === 'EDITOR' ? 'guest' : 'readOnly';
}

export { returned } from '../route.js';

export function nodesOf<Node>(connection: Connection<Node> | null | undefined): Node[] {
  return connection?.edges.map((edge) => edge.node) ?? [];
}

/**
 * An object a mutation could not find by the path's `param` (an invitation, a join request, a
 * metadata entry; one of another place alike) answers 404, as a GET of it does.
 */
export function missing(what: string, param: string) {
  return (denial: Denial, call: RouteCall<unknown, unknown>) =>
    denial.kind === 'user-error' && denial.error.code === 'NOT_FOUND' && denial.error.field.join('.') === 'input.id'
      ? new RestFailure(404, `${what} ${call.params[param] ?? ''} not found`)
      : undefined;
}

/**
 * A list GraphQL left null inside an object the caller reaches: a field denied to it (the object
 * itself, had it been out of reach, was refused before). Keboola's 403, in its words.
 */
export function allowedList<T>(list: T | null | undefined, message: string): T {
  if (list === null || list === undefined) throw new RestFailure(403, message);
  return list;
}

/** A project deleted through the API is gone for Keboola's callers (GET answers 404), though Steward can still restore it. */
export function liveProject<T extends { deleteAt: string | null }>(project: T | null | undefined, id: string): T {
  if (!project || project.deleteAt !== null) throw new RestFailure(404, `Project ${id} not found`);
  return project;
}

// Shapes of Keboola's objects (compat/keboola.md §2). Steward has no MFA and no storage backends of its own.

export function user(node: KeboolaUserFragment) {
  return { id: node.databaseId, name: node.name, email: node.email, mfaEnabled: false, features: node.features, canAccessLogs: false, isSuperAdmin: false };
}

export function maintainer(node: KeboolaMaintainerFragment) {
  return { id: node.databaseId, name: node.name, created: keboolaTime(node.createdAt), zendeskUrl: node.zendeskUrl };
}

/** A field the caller may not see (a maintainer, a CRM id) is null, as in GraphQL. */
export function organization(node: KeboolaOrganizationFragment) {
  return {
    id: node.databaseId,
    name: node.name,
    created: keboolaTime(node.createdAt),
    allowAutoJoin: node.allowAutoJoin,
    crmId: node.crmId ?? null,
    activityCenterProjectId: null,
    mfaRequired: node.mfaRequired,
    maintainer: node.maintainer ? maintainer(node.maintainer) : null,
  };
}

/** Limits and metrics are maps by name, as Keboola has them. */
function byName(entries: readonly { name: string; value: number }[] | null) {
  return Object.fromEntries((entries ?? []).map((entry) => [entry.name, { name: entry.name, value: entry.value }]));
}

export function project(node: KeboolaProjectFragment) {
  return {
    id: node.databaseId,
    name: node.name,
    description: node.description,
    type: node.template.id,
    region: 'steward',
    created: keboolaTime(node.createdAt),
    expires: keboolaTime(node.expiresAt),
    features: node.features,
    dataSizeBytes: 0,
    rowsCount: 0,
    defaultBackend: node.defaultBackend,
    // A string on projects, a boolean on templates: as Keboola types them.
    hasTryModeOn: node.template.hasTryModeOn ? '1' : '0',
    limits: byName(node.limits),
    metrics: byName(node.metrics),
    isDisabled: node.isDisabled,
    ...(node.isDisabled ? { disabled: { reason: node.disabledReason, estimatedEndTime: keboolaTime(node.disabledUntil) } } : {}),
    billedMonthlyPrice: node.template.billedMonthlyPrice,
    dataRetentionTimeInDays: node.dataRetentionTimeInDays,
    isBYODB: false,
    organization: organization(node.organization),
  };
}

/** A project membership: the user with its Keboola role; whoever added the member is its approver (Keboola's direct add). */
export function membership(node: KeboolaMembershipFragment) {
  const addedBy = node.addedBy ? { id: node.addedBy.databaseId, name: node.addedBy.name, email: node.addedBy.email } : null;
  return {
    ...user(node.user),
    role: keboolaRole(node.role, node.canShare),
    status: 'active',
    created: keboolaTime(node.createdAt),
    expires: keboolaTime(node.expiresAt),
    reason: node.reason,
    invitor: null,
    approver: addedBy,
  };
}

/** A deleted project as Keboola's deleted-projects endpoints show it. */
export function deletedProject(node: KeboolaProjectFragment) {
  return {
    ...project(node),
    isDeleted: node.deletedAt !== null,
    isPurged: node.purgedAt !== null,
    deletedTime: keboolaTime(node.deletedAt),
    purgedTime: keboolaTime(node.purgedAt),
  };
}

// Response schemas, for the OpenAPI document.

const timestamp = z.string().describe('ISO 8601 with a +HHMM offset');
export const userResponse = z.object({ id: z.number().int(), name: z.string(), email: z.string().nullable() }).loose();
export const organizationResponse = z
  .object({ id: z.number().int(), name: z.string(), created: timestamp, allowAutoJoin: z.boolean(), mfaRequired: z.boolean() })
  .loose();
export const projectResponse = z
  .object({ id: z.number().int(), name: z.string(), type: z.string(), created: timestamp, expires: timestamp.nullable(), organization: organizationResponse })
  .loose();
export const membershipResponse = userResponse.extend({ role: z.enum(KEBOOLA_ROLES), status: z.literal('active'), created: timestamp }).loose();
