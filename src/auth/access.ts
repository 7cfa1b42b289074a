import DataLoader from 'dataloader';
import type { OrganizationRole, PrismaClient, ProjectRole } from '../generated/prisma/client.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { Principal } from './principal.js';

export const RESOURCES = ['organization', 'member', 'project', 'client', 'reference', 'key'] as const;
export type Resource = (typeof RESOURCES)[number];
export type Permission = `${Resource}:${'read' | 'write'}` | 'audit:read' | 'usage:read';
/** Every permission, and so every key scope but `*`. The audit log and API usage are read-only. */
export const PERMISSIONS: Permission[] = [
  ...RESOURCES.flatMap((resource) => [`${resource}:read`, `${resource}:write`] as Permission[]),
  'audit:read',
  'usage:read',
];
/** What a key or operator token may be granted. */
export const KNOWN_SCOPES = ['*', ...PERMISSIONS];

/** Where a permission is asked for: an organization, and a project of it for project-bound resources. */
export interface Target {
  organizationId: string;
  projectId?: string | null;
}

const ORGANIZATION_ROLE_GRANTS: Record<OrganizationRole, Permission[]> = {
  OWNER: PERMISSIONS,
  ADMIN: PERMISSIONS.filter((permission) => !permission.startsWith('key:')),
  MEMBER: ['organization:read', 'member:read'],
};


const PROJECT_ROLE_GRANTS: Record<ProjectRole, Permission[]> = {
  ADMIN: ['project:read', 'project:write', 'member:read', 'member:write', 'client:read', 'client:write', 'reference:read', 'reference:write'],
  EDITOR: ['project:read', 'member:read', 'reference:read', 'reference:write'],
  VIEWER: ['project:read', 'member:read', 'reference:read'],
};

/** `*` grants everything; `resource:write` implies `resource:read`. */
export function scopesGrant(scopes: readonly string[], permission: Permission): boolean {
  const [resource] = permission.split(':');
  return scopes.includes('*') || scopes.includes(permission) || scopes.includes(`${resource}:write`);
}

interface UserGrants {
  organizationRoles: Map<string, OrganizationRole>;
  projectRoles: Map<string, ProjectRole>;
}

function organizationsOfUsersLoader(prisma: PrismaClient) {
  return new DataLoader<string, Set<string>>(async (userIds) => {
    const memberships = await prisma.organizationMember.findMany({
      where: { userId: { in: [...userIds] } },
      select: { userId: true, organizationId: true },
    });
    return userIds.map((userId) => new Set(memberships.filter((m) => m.userId === userId).map((m) => m.organizationId)));
  });
}

function userGrantsLoader(prisma: PrismaClient) {
  return new DataLoader<string, UserGrants>(async (userIds) => {
    const [memberships, projectMemberships] = await Promise.all([
      prisma.organizationMember.findMany({ where: { userId: { in: [...userIds] } }, select: { userId: true, organizationId: true, role: true } }),
      prisma.projectMember.findMany({ where: { userId: { in: [...userIds] } }, select: { userId: true, projectId: true, role: true } }),
    ]);
    return userIds.map((userId) => ({
      organizationRoles: new Map(memberships.filter((m) => m.userId === userId).map((m) => [m.organizationId, m.role])),
      projectRoles: new Map(projectMemberships.filter((m) => m.userId === userId).map((m) => [m.projectId, m.role])),
    }));
  });
}

/** The principal's grants for one request; membership rows are read once, however many objects are checked. */
export class Access {
  private readonly grants: DataLoader<string, UserGrants>;
  private readonly organizationsOfUsers: DataLoader<string, Set<string>>;

  constructor(
    readonly principal: Principal,
    prisma: PrismaClient,
  ) {
    this.grants = userGrantsLoader(prisma);
    this.organizationsOfUsers = organizationsOfUsersLoader(prisma);
  }

  get userId(): string | null {
    return this.principal.kind === 'USER' ? this.principal.userId : null;
  }

  async organizationRole(organizationId: string): Promise<OrganizationRole | null> {
    if (this.principal.kind !== 'USER') return null;
    return (await this.grants.load(this.principal.userId)).organizationRoles.get(organizationId) ?? null;
  }

  async can(permission: Permission, target: Target): Promise<boolean> {
    const { principal } = this;
    if (principal.kind === 'USER') {
      const grants = await this.grants.load(principal.userId);
      const organizationRole = grants.organizationRoles.get(target.organizationId);
      if (!organizationRole) return false;
      // OWNER and ADMIN act on every project; a MEMBER's own grants are about the organization itself.
      const organizationWide = !target.projectId || organizationRole !== 'MEMBER';
      if (organizationWide && ORGANIZATION_ROLE_GRANTS[organizationRole].includes(permission)) return true;
      const projectRole = target.projectId ? grants.projectRoles.get(target.projectId) : undefined;
      return projectRole !== undefined && PROJECT_ROLE_GRANTS[projectRole].includes(permission);
    }
    if (principal.kind === 'OPERATOR') return scopesGrant(principal.scopes, permission);
    if (principal.organizationId !== target.organizationId) return false;
    // Every key and client may read the organization it belongs to; its scopes govern the rest.
    if (permission === 'organization:read') return true;
    if (!scopesGrant(principal.scopes, permission)) return false;
    if (principal.kind === 'MANAGEMENT_KEY' && principal.projectIds.length > 0) {
      // A project-limited key reads its organization but changes only its own projects.
      return target.projectId ? principal.projectIds.includes(target.projectId) : permission.endsWith(':read');
    }
    return true;
  }

  /**
   * Whether a user is visible at all (itself, or a member of an organization the principal reaches),
   * or, with `email`, whether its e-mail address is: itself, an OWNER or ADMIN of a shared
   * organization, or a credential holding member:read there.
   */
  async canSeeUser(userId: string, detail: 'profile' | 'email'): Promise<boolean> {
    const { principal } = this;
    if (principal.kind === 'USER' && principal.userId === userId) return true;
    if (principal.kind === 'OPERATOR') return scopesGrant(principal.scopes, 'member:read');
    const organizations = await this.organizationsOfUsers.load(userId);
    if (principal.kind !== 'USER') {
      return organizations.has(principal.organizationId) && (detail === 'profile' || scopesGrant(principal.scopes, 'member:read'));
    }
    const roles = (await this.grants.load(principal.userId)).organizationRoles;
    return [...organizations].some((organizationId) => {
      const role = roles.get(organizationId);
      return role !== undefined && (detail === 'profile' || role === 'OWNER' || role === 'ADMIN');
    });
  }

  /** The organizations this principal belongs to. */
  organizationsWhere(): Prisma.OrganizationWhereInput {
    const { principal } = this;
    if (principal.kind === 'USER') return { members: { some: { userId: principal.userId } } };
    return principal.kind === 'OPERATOR' ? {} : { id: principal.organizationId };
  }
}

/**
 * Filters a relation list down to the projects whose `permission` the principal holds, without
 * knowing the parent. Every project role grants both reading permissions, so only keys, clients
 * and operators tell them apart.
 */
export function projectVisibility(principal: Principal, permission: 'project:read' | 'reference:read' = 'project:read'): Prisma.ProjectWhereInput {
  if (principal.kind === 'USER') {
    const { userId } = principal;
    return {
      OR: [
        { organization: { members: { some: { userId, role: { in: ['OWNER', 'ADMIN'] } } } } },
        { members: { some: { userId } } },
      ],
    };
  }
  if (!scopesGrant(principal.scopes, permission)) return { id: { in: [] } };
  return principal.kind === 'MANAGEMENT_KEY' && principal.projectIds.length > 0 ? { id: { in: principal.projectIds } } : {};
}

/** Organization-wide client lists: users who may see them (OWNER, ADMIN) see all; a project-limited key, its own. */
export function clientVisibility(principal: Principal): Prisma.ClientWhereInput {
  return principal.kind === 'MANAGEMENT_KEY' && principal.projectIds.length > 0
    ? { OR: [{ projectId: null }, { projectId: { in: principal.projectIds } }] }
    : {};
}
