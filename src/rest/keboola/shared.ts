import { z } from 'zod';
import { RestFailure, type Connection } from '../route.js';
import type { KeboolaOrganizationFragment, KeboolaProjectFragment, KeboolaUserFragment, ProjectRole } from './operations.generated.js';

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

/** The object a mutation returned: the schema leaves it null only beside userErrors, which the runner has answered. */
export function returned<T>(object: T | null | undefined): T {
  if (object === null || object === undefined) throw new Error('a mutation without userErrors returned no object');
  return object;
}

export function nodesOf<Node>(connection: Connection<Node> | null | undefined): Node[] {
  return connection?.edges.map((edge) => edge.node) ?? [];
}

/** A project deleted through the API is gone for Keboola's callers (GET answers 404), though Steward can still restore it. */
export function liveProject<T extends { deleteAt: string | null }>(project: T | null | undefined, id: string): T {
  if (!project || project.deleteAt !== null) throw new RestFailure(404, `Project ${id} not found`);
  return project;
}

// Shapes of Keboola's objects (compat/keboola.md §2).

export function user(node: KeboolaUserFragment) {
  return { id: node.databaseId, name: node.name, email: node.email, mfaEnabled: false, features: [] as string[], canAccessLogs: false, isSuperAdmin: false };
}

export function organization(node: KeboolaOrganizationFragment) {
  return {
    id: node.databaseId,
    name: node.name,
    created: keboolaTime(node.createdAt),
    allowAutoJoin: true,
    crmId: null,
    activityCenterProjectId: null,
    mfaRequired: false,
    maintainer: null,
  };
}

export function project(node: KeboolaProjectFragment) {
  return {
    id: node.databaseId,
    name: node.name,
    type: 'production',
    region: 'steward',
    created: keboolaTime(node.createdAt),
    expires: null,
    features: [] as string[],
    dataSizeBytes: 0,
    rowsCount: 0,
    hasMysql: false,
    hasSnowflake: true,
    hasSynapse: false,
    hasExasol: false,
    hasTeradata: false,
    hasRedshift: false,
    defaultBackend: 'snowflake',
    hasTryModeOn: '0',
    limits: {},
    metrics: {},
    isDisabled: false,
    billedMonthlyPrice: null,
    dataRetentionTimeInDays: null,
    isBYODB: false,
    organization: organization(node.organization),
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
