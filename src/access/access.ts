import DataLoader from 'dataloader';
import { forbiddenWithout, userError } from '../errors.js';
import type { OrganizationRole, Prisma, PrismaClient, ProjectRole } from '../generated/prisma/client.js';
import { organizationRoleGrants, projectRoleGrants, reachesComponent, scopesGrant, type Permission, type Target } from './permissions.js';
import { isUser, type Principal } from './principal.js';

interface UserGrants {
  organizationRoles: Map<string, OrganizationRole>;
  projectRoles: Map<string, ProjectRole>;
  /** Organizations in which the user is a member of some project (not necessarily of the organization). */
  projectOrganizations: Set<string>;
}

interface MaintainerGrants {
  /** Maintainers the user is a member of. */
  maintainers: Set<string>;
  /** Organizations of those maintainers: their members read them without being members. */
  organizations: Set<string>;
}

interface UserPlaces {
  organizations: Set<string>;
  maintainers: Set<string>;
  projects: Set<string>;
}

/**
 * Where a user shows: the organizations of its memberships, of its live project memberships (a
 * project's members may come from outside the organization) and of its pending invitations and join
 * requests (whoever manages them sees whom they name); the maintainers it belongs or is invited to.
 */
function placesOfUsersLoader(prisma: PrismaClient) {
  return new DataLoader<string, UserPlaces>(async (userIds) => {
    const users = [...userIds];
    const now = new Date();
    const rows = await prisma.$queryRaw<{ userId: string; kind: 'o' | 'm' | 'p'; placeId: string }[]>`
      SELECT "userId", 'o' AS kind, "organizationId" AS "placeId" FROM "OrganizationMember" WHERE "userId" = ANY(${users})
      UNION SELECT "userId", 'o', "organizationId" FROM "ProjectMember"
        WHERE "userId" = ANY(${users}) AND ("expiresAt" IS NULL OR "expiresAt" > ${now})
      UNION SELECT "userId", 'p', "projectId" FROM "ProjectMember"
        WHERE "userId" = ANY(${users}) AND ("expiresAt" IS NULL OR "expiresAt" > ${now})
      UNION SELECT i."userId", CASE WHEN i."maintainerId" IS NULL THEN 'o' ELSE 'm' END,
          COALESCE(i."organizationId", p."organizationId", i."maintainerId")
        FROM "Invitation" i LEFT JOIN "Project" p ON p.id = i."projectId"
        WHERE i."userId" = ANY(${users}) AND (i."expiresAt" IS NULL OR i."expiresAt" > ${now})
      UNION SELECT "userId", 'o', "organizationId" FROM "JoinRequest"
        WHERE "userId" = ANY(${users}) AND ("expiresAt" IS NULL OR "expiresAt" > ${now})
      UNION SELECT "userId", 'm', "maintainerId" FROM "MaintainerMember" WHERE "userId" = ANY(${users})`;
    return userIds.map((userId) => {
      const own = rows.filter((row) => row.userId === userId);
      return {
        organizations: new Set(own.filter((row) => row.kind === 'o').map((row) => row.placeId)),
        maintainers: new Set(own.filter((row) => row.kind === 'm').map((row) => row.placeId)),
        projects: new Set(own.filter((row) => row.kind === 'p').map((row) => row.placeId)),
      };
    });
  });
}

function userGrantsLoader(prisma: PrismaClient) {
  return new DataLoader<string, UserGrants>(async (userIds) => {
    const users = { in: [...userIds] };
    const [memberships, projectMemberships] = await Promise.all([
      prisma.organizationMember.findMany({ where: { userId: users }, select: { userId: true, organizationId: true, role: true } }),
      // An expired membership grants nothing from the moment it expires, whether or not a sweep removed it yet.
      prisma.projectMember.findMany({
        where: { userId: users, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
        select: { userId: true, projectId: true, organizationId: true, role: true },
      }),
    ]);
    return userIds.map((userId) => {
      const projects = projectMemberships.filter((m) => m.userId === userId);
      return {
        organizationRoles: new Map(memberships.filter((m) => m.userId === userId).map((m) => [m.organizationId, m.role])),
        projectRoles: new Map(projects.map((m) => [m.projectId, m.role])),
        projectOrganizations: new Set(projects.map((m) => m.organizationId)),
      };
    });
  });
}

/** Read only when a user without a role in an organization asks: most requests never need it. */
function maintainerGrantsLoader(prisma: PrismaClient) {
  return new DataLoader<string, MaintainerGrants>(async (userIds) => {
    const rows = await prisma.$queryRaw<{ userId: string; maintainerId: string; organizationId: string | null }[]>`
      SELECT m."userId", m."maintainerId", o.id AS "organizationId"
      FROM "MaintainerMember" m LEFT JOIN "Organization" o ON o."maintainerId" = m."maintainerId"
      WHERE m."userId" = ANY(${[...userIds]})`;
    return userIds.map((userId) => {
      const own = rows.filter((row) => row.userId === userId);
      return {
        maintainers: new Set(own.map((row) => row.maintainerId)),
        organizations: new Set(own.flatMap((row) => (row.organizationId ? [row.organizationId] : []))),
      };
    });
  });
}

/** The principal's grants for one request; membership rows are read once, however many objects are checked. */
export class Access {
  private readonly grants: DataLoader<string, UserGrants>;
  private readonly placesOfUsers: DataLoader<string, UserPlaces>;
  private readonly maintainerGrants: DataLoader<string, MaintainerGrants>;

  constructor(
    readonly principal: Principal,
    prisma: PrismaClient,
  ) {
    this.grants = userGrantsLoader(prisma);
    this.placesOfUsers = placesOfUsersLoader(prisma);
    this.maintainerGrants = maintainerGrantsLoader(prisma);
  }

  get userId(): string | null {
    return isUser(this.principal) ? this.principal.userId : null;
  }

  private readonly reached = new WeakSet<object>();
  private readGrants: UserGrants | undefined;
  private grantsGeneration = 0;

  /**
   * Marks an object as reached through another that the principal may read and that names it (an
   * invitation's project for the invited user, a membership's adder): that very object passes its
   * type's read rule, nothing else about it does (its guarded fields keep their rules, and the same
   * object fetched elsewhere is judged anew).
   */
  reachedThrough<T extends object | null>(object: T): T {
    if (object) this.reached.add(object);
    return object;
  }

  isReachedThrough(object: object): boolean {
    return this.reached.has(object);
  }

  /** Reads grants afresh: after a mutation changed the principal's own memberships, its payload sees them. */
  forgetGrants(): void {
    this.readGrants = undefined;
    this.grantsGeneration++;
    this.grants.clearAll();
    this.maintainerGrants.clearAll();
    this.placesOfUsers.clearAll();
  }

  /** Whether the principal is a user who belongs to this maintainer. */
  async isMaintainerMember(maintainerId: string): Promise<boolean> {
    if (!isUser(this.principal)) return false;
    return (await this.maintainerGrants.load(this.principal.userId)).maintainers.has(maintainerId);
  }

  /** A maintainer's members read and manage it; the platform operator, as its scopes say. */
  async canOnMaintainer(permission: 'maintainer:read' | 'maintainer:write', maintainerId: string): Promise<boolean> {
    if (this.principal.kind === 'OPERATOR') return scopesGrant(this.principal.scopes, permission);
    return this.isMaintainerMember(maintainerId);
  }

  async organizationRole(organizationId: string): Promise<OrganizationRole | null> {
    if (!isUser(this.principal)) return null;
    return (await this.grants.load(this.principal.userId)).organizationRoles.get(organizationId) ?? null;
  }

  /**
   * Whether the principal holds the permission at the target. Answered at once when nothing needs reading
   * (a key, a client, a token, or a user whose memberships this request has read already): a page checks
   * every object it shows, and a promise per check made every object wait for the next turn.
   */
  can(permission: Permission, target: Target): boolean | Promise<boolean> {
    const { principal } = this;
    if (isUser(principal)) {
      const grants = this.grantsOf(principal.userId);
      return grants instanceof Promise ? grants.then((loaded) => this.userCan(principal.userId, loaded, permission, target)) : this.userCan(principal.userId, grants, permission, target);
    }
    if (principal.kind === 'OPERATOR') return scopesGrant(principal.scopes, permission);
    if (principal.organizationId !== target.organizationId) return false;
    if (principal.kind === 'STORAGE_TOKEN') {
      // Its organization and its own project, read-only; inside the project, the storage API's rights.
      if (permission === 'organization:read') return true;
      if (target.projectId !== principal.projectId) return false;
      if (permission === 'project:read') return true;
      return permission.startsWith('configuration:') && reachesComponent(principal.storage, target.component);
    }
    // Every key and client may read the organization it belongs to; its scopes govern the rest.
    if (permission === 'organization:read') return true;
    if (!scopesGrant(principal.scopes, permission)) return false;
    if (principal.kind === 'MANAGEMENT_KEY' && principal.projectIds.length > 0) {
      // A project-limited key reads its organization but changes only its own projects.
      return target.projectId ? principal.projectIds.includes(target.projectId) : permission.endsWith(':read');
    }
    return true;
  }

  private userCan(userId: string, grants: UserGrants, permission: Permission, target: Target): boolean | Promise<boolean> {
    const organizationRole = grants.organizationRoles.get(target.organizationId);
    if (!organizationRole && permission === 'organization:read' && !target.projectId) {
      // A project's members (invited from outside the organization, say) and the maintainer's members see the organization itself.
      if (grants.projectOrganizations.has(target.organizationId)) return true;
      return this.maintainerGrants.load(userId).then(({ organizations }) => organizations.has(target.organizationId));
    }
    // OWNER and ADMIN act on every project; a MEMBER's own grants are about the organization itself.
    const organizationWide = !target.projectId || organizationRole !== 'MEMBER';
    if (organizationRole && organizationWide && organizationRoleGrants(organizationRole, permission)) return true;
    const projectRole = target.projectId ? grants.projectRoles.get(target.projectId) : undefined;
    return projectRole !== undefined && projectRoleGrants(projectRole, permission);
  }

  /** The user's grants; no waiting once this request has read them. */
  private grantsOf(userId: string): UserGrants | Promise<UserGrants> {
    if (this.readGrants) return this.readGrants;
    const generation = this.grantsGeneration;
    return this.grants.load(userId).then((grants) => {
      // Grants forgotten while they were read are not kept: they may predate the change.
      if (generation === this.grantsGeneration) this.readGrants = grants;
      return grants;
    });
  }

  /**
   * Authorizes an operation on an existing object. False when the principal cannot even read it,
   * which callers report exactly as a missing object; FORBIDDEN when it can read but not do.
   */
  async authorize(permission: Permission, target: Target | null): Promise<boolean> {
    if (!target) return false;
    const read = permission.replace(/:write$/, ':read') as Permission;
    if (!(await this.can(read, target))) return false;
    if (permission !== read) await this.require(permission, target);
    return true;
  }

  /** For a mutation's input: the target if authorized, else a NOT_FOUND userError at `field` naming `what`. */
  async authorizeOrNotFound<T extends Target>(permission: Permission, target: T | null, what: string, field = 'id'): Promise<T> {
    if (!(await this.authorize(permission, target))) throw userError('NOT_FOUND', [field], `${what} not found`);
    return target!;
  }

  /** FORBIDDEN unless the principal holds the permission there (creating something in a place, say). */
  async require(permission: Permission, target: Target): Promise<void> {
    if (!(await this.can(permission, target))) throw forbiddenWithout(permission);
  }

  /**
   * Whether a user is visible at all (itself, or a user who shows in an organization the principal
   * reaches: member, project member, invitee, requester; or a fellow member of one of its projects), or, with `email`, whether its e-mail
   * address is: itself, an OWNER or ADMIN of such an organization, a credential holding member:read
   * there, or a member of a maintainer the user belongs or is invited to.
   */
  async canSeeUser(userId: string, detail: 'profile' | 'email'): Promise<boolean> {
    const { principal } = this;
    if (isUser(principal) && principal.userId === userId) return true;
    // The operator reads users through maintainers too: their members are listed with maintainer:read.
    if (principal.kind === 'OPERATOR') return scopesGrant(principal.scopes, 'member:read') || scopesGrant(principal.scopes, 'maintainer:read');
    // A storage token reaches its project's data, not the people of the organization.
    if (principal.kind === 'STORAGE_TOKEN') return false;
    const { organizations, maintainers, projects } = await this.placesOfUsers.load(userId);
    if (!isUser(principal)) {
      return organizations.has(principal.organizationId) && (detail === 'profile' || scopesGrant(principal.scopes, 'member:read'));
    }
    // A maintainer's members manage its members and invitations, and see them whole.
    if (maintainers.size > 0) {
      const own = (await this.maintainerGrants.load(principal.userId)).maintainers;
      if ([...maintainers].some((maintainerId) => own.has(maintainerId))) return true;
    }
    const { organizationRoles: roles, projectRoles } = await this.grants.load(principal.userId);
    // Members of one project see each other, whichever organizations they come from.
    if (detail === 'profile' && [...projects].some((projectId) => projectRoles.has(projectId))) return true;
    return [...organizations].some((organizationId) => {
      const role = roles.get(organizationId);
      return role !== undefined && (detail === 'profile' || role === 'OWNER' || role === 'ADMIN');
    });
  }

  /** The organizations this principal belongs to. */
  organizationsWhere(): Prisma.OrganizationWhereInput {
    const { principal } = this;
    if (isUser(principal)) return { members: { some: { userId: principal.userId } } };
    return principal.kind === 'OPERATOR' ? {} : { id: principal.organizationId };
  }
}
