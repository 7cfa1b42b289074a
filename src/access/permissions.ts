import type { OrganizationRole, Prisma, ProjectRole } from '../generated/prisma/client.js';
import { isUser, type Principal, type StorageRights } from './principal.js';

export const RESOURCES = [
  'organization', 'member', 'project', 'client', 'reference', 'dashboard', 'configuration', 'key', 'storage-token', 'metadata-schema',
  'stacking-rules', 'brand', 'campaign-template', 'webhook',
] as const;
export type Resource = (typeof RESOURCES)[number];
export type Permission = `${Resource}:${'read' | 'write'}` | 'audit:read' | 'usage:read';
/**
 * What only the platform operator may be granted: maintainers and the feature and component
 * catalogues span organizations, and project limits, disabling and deleted projects are the
 * platform's to manage.
 */
export const OPERATOR_PERMISSIONS = ['maintainer:read', 'maintainer:write', 'feature:write', 'component:write', 'platform:write'] as const;
export type OperatorPermission = (typeof OPERATOR_PERMISSIONS)[number];
/** Every permission, and so every key scope but `*`. The audit log and API usage are read-only. */
export const PERMISSIONS: Permission[] = [
  ...RESOURCES.flatMap((resource) => [`${resource}:read`, `${resource}:write`] as Permission[]),
  'audit:read',
  'usage:read',
];
/** What a management key may be granted. */
export const KNOWN_SCOPES = ['*', ...PERMISSIONS];
/** What an operator token may be granted. */
export const OPERATOR_SCOPES = [...KNOWN_SCOPES, ...OPERATOR_PERMISSIONS];

/** Where a permission is asked for: an organization, and a project of it for project-bound resources. */
export interface Target {
  organizationId: string;
  projectId?: string | null;
  /** For configurations: the component's slug, which a storage token's componentAccess names. */
  component?: string;
}

const ORGANIZATION_ROLE_GRANTS: Record<OrganizationRole, Permission[]> = {
  OWNER: PERMISSIONS,
  ADMIN: PERMISSIONS.filter((permission) => !permission.startsWith('key:')),
  MEMBER: ['organization:read', 'member:read'],
};

const PROJECT_ROLE_GRANTS: Record<ProjectRole, Permission[]> = {
  ADMIN: [
    'project:read', 'project:write', 'member:read', 'member:write', 'client:read', 'client:write',
    'reference:read', 'reference:write', 'dashboard:read', 'dashboard:write', 'configuration:read', 'configuration:write',
    'storage-token:read', 'storage-token:write', 'metadata-schema:read', 'metadata-schema:write',
    'stacking-rules:read', 'stacking-rules:write', 'brand:read', 'brand:write', 'campaign-template:read', 'campaign-template:write',
    'webhook:read', 'webhook:write',
  ],
  EDITOR: [
    'project:read', 'member:read', 'reference:read', 'reference:write', 'dashboard:read', 'dashboard:write',
    'configuration:read', 'configuration:write', 'metadata-schema:read',
    'stacking-rules:read', 'brand:read', 'campaign-template:read', 'campaign-template:write', 'webhook:read',
  ],
  VIEWER: [
    'project:read', 'member:read', 'reference:read', 'dashboard:read', 'configuration:read', 'metadata-schema:read',
    'stacking-rules:read', 'brand:read', 'campaign-template:read', 'webhook:read',
  ],
};

export function organizationRoleGrants(role: OrganizationRole, permission: Permission): boolean {
  return ORGANIZATION_ROLE_GRANTS[role].includes(permission);
}

export function projectRoleGrants(role: ProjectRole, permission: Permission): boolean {
  return PROJECT_ROLE_GRANTS[role].includes(permission);
}

/** Each permission's `resource:write`, made once: scopesGrant runs for every object a key reads. */
const writeOfResource = new Map<string, string>();

/** `*` grants everything; `resource:write` implies `resource:read`. */
export function scopesGrant(scopes: readonly string[], permission: Permission | OperatorPermission): boolean {
  let write = writeOfResource.get(permission);
  if (write === undefined) writeOfResource.set(permission, (write = `${permission.slice(0, permission.indexOf(':'))}:write`));
  return scopes.includes('*') || scopes.includes(permission) || scopes.includes(write);
}

/**
 * Filters a relation list down to the projects whose `permission` the principal holds, without
 * knowing the parent. Every project role grants both reading permissions, so only keys, clients
 * and operators tell them apart.
 */
export function projectVisibility(principal: Principal, permission: 'project:read' | 'reference:read' | 'dashboard:read' = 'project:read'): Prisma.ProjectWhereInput {
  if (isUser(principal)) {
    const { userId } = principal;
    return {
      OR: [
        { organization: { members: { some: { userId, role: { in: ['OWNER', 'ADMIN'] } } } } },
        // An expired membership grants nothing, whether or not a sweep removed it yet.
        { members: { some: { userId, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] } } },
      ],
    };
  }
  if (principal.kind === 'STORAGE_TOKEN') return permission === 'project:read' ? { id: principal.projectId } : { id: { in: [] } };
  if (!scopesGrant(principal.scopes, permission)) return { id: { in: [] } };
  return principal.kind === 'MANAGEMENT_KEY' && principal.projectIds.length > 0 ? { id: { in: principal.projectIds } } : {};
}

/** Organization-wide client lists: users who may see them (OWNER, ADMIN) see all; a project-limited key, its own. */
export function clientVisibility(principal: Principal): Prisma.ClientWhereInput {
  return principal.kind === 'MANAGEMENT_KEY' && principal.projectIds.length > 0
    ? { OR: [{ projectId: null }, { projectId: { in: principal.projectIds } }] }
    : {};
}

/**
 * A storage token reaches the configurations of every component with canManageBuckets, else of
 * those its componentAccess names; asked about no component in particular, whether it reaches any.
 */
export function reachesComponent(storage: StorageRights, component: string | undefined): boolean {
  if (storage.canManageBuckets) return true;
  return component === undefined ? storage.componentAccess.length > 0 : storage.componentAccess.includes(component);
}

/** Narrows a project's configurations to the components a storage token reaches; others see all that configuration:read shows. */
export function configurationVisibility(principal: Principal): Prisma.ConfigurationWhereInput {
  if (principal.kind !== 'STORAGE_TOKEN' || principal.storage.canManageBuckets) return {};
  return { component: { slug: { in: principal.storage.componentAccess } } };
}
