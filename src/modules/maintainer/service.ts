import DataLoader from 'dataloader';
import { z } from 'zod';
import { scopesGrant } from '../../access/permissions.js';
import type { Context } from '../../context.js';
import { idOrNumber, isIdOf, newId } from '../../db/ids.js';
import { forbidden, notFound, parseInput, userError } from '../../errors.js';
import type { Prisma, User } from '../../generated/prisma/client.js';
import { audited } from '../audit/service.js';
import { findOrCreateUser } from '../user/service.js';

const maintainerName = z.string().trim().min(1, 'A name must be set').max(255, 'name must be at most 255 characters');
const zendeskUrl = z
  .string()
  .trim()
  .max(255, 'zendeskUrl must be at most 255 characters')
  .refine((value) => value === '' || /^https?:\/\//i.test(value) && URL.canParse(value), 'zendeskUrl must be a URL such as https://example.zendesk.com')
  .transform((value) => value || null);

/** Whether the principal is the platform operator holding this operator-only permission. */
export function isOperatorWith(context: Context, permission: 'maintainer:read' | 'maintainer:write'): boolean {
  const { principal } = context.access;
  return principal.kind === 'OPERATOR' && scopesGrant(principal.scopes, permission);
}

/** The maintainers the caller may list: all for the operator with maintainer:read, a user's own, none for anyone else. */
export function maintainersWhere(context: Context): Prisma.MaintainerWhereInput {
  if (isOperatorWith(context, 'maintainer:read')) return {};
  const userId = context.access.userId;
  return userId ? { members: { some: { userId } } } : { id: { in: [] } };
}

/** The maintainer's id when the text names one the caller may read (its id or its number), else null. */
export async function findReadableMaintainer(context: Context, idOrNumberText: string): Promise<string | null> {
  const key = idOrNumber('Maintainer', idOrNumberText);
  if (!key) return null;
  const maintainer = await context.prisma.maintainer.findUnique({ where: key, select: { id: true } });
  if (!maintainer || !(await context.access.canOnMaintainer('maintainer:read', maintainer.id))) return null;
  return maintainer.id;
}

/** For a root field: the maintainer, or NOT_FOUND for one that does not exist or that the caller may not read. */
export async function readMaintainer<Query extends object>(context: Context, id: string, query: Query) {
  const maintainerId = await findReadableMaintainer(context, id);
  if (!maintainerId) throw notFound('maintainer');
  return context.prisma.maintainer.findUniqueOrThrow({ ...query, where: { id: maintainerId } });
}

/**
 * The maintainer to change: NOT_FOUND at `field` unless the caller reads it, FORBIDDEN unless it is
 * a member or the operator with maintainer:write.
 */
export async function maintainerToChange(context: Context, id: string, field: string): Promise<string> {
  const maintainerId = await findReadableMaintainer(context, id);
  if (!maintainerId) throw userError('NOT_FOUND', [field], 'maintainer not found');
  if (!(await context.access.canOnMaintainer('maintainer:write', maintainerId))) {
    throw forbidden('only the maintainer\'s members or the platform operator may change it', 'maintainer:write');
  }
  return maintainerId;
}

/** Serializes changes to one maintainer's members (the last-member check would race otherwise). */
async function lockMaintainer(tx: Prisma.TransactionClient, maintainerId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Maintainer" WHERE id = ${maintainerId} FOR UPDATE`;
}

const newMaintainer = z.object({ name: maintainerName, zendeskUrl: zendeskUrl.nullish() });

export async function createMaintainer(context: Context, input: z.input<typeof newMaintainer>) {
  if (!isOperatorWith(context, 'maintainer:write')) {
    throw forbidden('only the platform operator may create maintainers', 'an operator token with maintainer:write');
  }
  const data = parseInput(newMaintainer, input);
  // An operator is not a user; were a user ever allowed to create one, it would become its first member.
  const creatorId = context.access.userId;
  const maintainer = await audited(context, async (tx, audit) => {
    const id = newId('Maintainer');
    const created = await tx.maintainer.create({
      data: {
        id,
        name: data.name,
        zendeskUrl: data.zendeskUrl ?? null,
        ...(creatorId ? { members: { create: { id: newId('MaintainerMember'), userId: creatorId, addedById: creatorId } } } : {}),
      },
    });
    await audit({ organizationId: null, action: 'maintainer.create', target: { type: 'Maintainer', id }, changes: data });
    return created;
  });
  return { maintainer };
}

const maintainerChanges = z.object({ id: z.string(), name: maintainerName.nullish(), zendeskUrl: zendeskUrl.nullish() });

export async function updateMaintainer(context: Context, input: z.input<typeof maintainerChanges>) {
  const { id: given, name, zendeskUrl: url } = parseInput(maintainerChanges, input);
  const id = await maintainerToChange(context, given, 'id');
  // An absent field keeps its value; a null zendeskUrl (or an empty one) removes it; a name cannot be removed.
  const changes: Prisma.MaintainerUpdateInput = {};
  if (name != null) changes.name = name;
  if (input.zendeskUrl !== undefined) changes.zendeskUrl = url ?? null;
  const maintainer = await audited(context, async (tx, audit) => {
    await audit({ organizationId: null, action: 'maintainer.update', target: { type: 'Maintainer', id }, changes });
    return tx.maintainer.update({ where: { id }, data: changes });
  });
  return { maintainer };
}

/** Deletes a maintainer; its organizations stay, without a maintainer. The operator's alone. */
export async function deleteMaintainer(context: Context, input: { id: string }) {
  const id = await findReadableMaintainer(context, input.id);
  if (!id) throw userError('NOT_FOUND', ['id'], 'maintainer not found');
  if (!isOperatorWith(context, 'maintainer:write')) {
    throw forbidden('only the platform operator may delete maintainers', 'an operator token with maintainer:write');
  }
  await audited(context, async (tx, audit) => {
    const organizations = await tx.organization.findMany({ where: { maintainerId: id }, select: { id: true } });
    await audit({ organizationId: null, action: 'maintainer.delete', target: { type: 'Maintainer', id }, changes: { organizationIds: organizations.map((o) => o.id) } });
    await tx.maintainer.delete({ where: { id } });
  });
  return { deletedMaintainerId: id };
}

const email = z.email('email must be an e-mail address').max(254, 'email must be at most 254 characters');

const memberChange = z
  .object({ maintainerId: z.string(), userId: z.string().nullish(), email: email.nullish() })
  .refine((input) => (input.userId == null) !== (input.email == null), { message: 'give exactly one of userId and email', path: ['userId'] });

/** A user named by its id or number; NOT_FOUND at userId when there is none. */
async function existingUser(tx: Prisma.TransactionClient, userId: string): Promise<User> {
  const key = idOrNumber('User', userId);
  const user = key ? await tx.user.findUnique({ where: key }) : null;
  if (!user) throw userError('NOT_FOUND', ['userId'], 'user not found');
  return user;
}

/**
 * Adds a user to a maintainer, by id or e-mail address (a user with an unknown address is created,
 * as addOrganizationMember does), and drops the user's pending invitation to it.
 */
export async function addMaintainerMember(context: Context, input: z.input<typeof memberChange>) {
  const data = parseInput(memberChange, input);
  const maintainerId = await maintainerToChange(context, data.maintainerId, 'maintainerId');
  return audited(context, async (tx, audit) => {
    await lockMaintainer(tx, maintainerId);
    const user = data.userId != null ? await existingUser(tx, data.userId) : await findOrCreateUser(tx, data.email!);
    const existing = await tx.maintainerMember.findUnique({ where: { maintainerId_userId: { maintainerId, userId: user.id } } });
    if (existing) throw userError('ALREADY_MEMBER', [data.userId != null ? 'userId' : 'email'], 'this user is already a member of the maintainer');
    const member = await tx.maintainerMember.create({
      data: { id: newId('MaintainerMember'), maintainerId, userId: user.id, addedById: context.access.userId },
    });
    const invitations = await tx.invitation.deleteMany({ where: { maintainerId, userId: user.id } });
    const changes = { maintainerId, userId: user.id, invitationRemoved: invitations.count > 0 };
    await audit({ organizationId: null, action: 'maintainer_member.add', target: { type: 'MaintainerMember', id: member.id }, changes });
    return { member };
  });
}

/** Removes a user (by id, number or e-mail address) from a maintainer, which keeps at least one member. */
export async function removeMaintainerMember(context: Context, input: z.input<typeof memberChange>) {
  const data = parseInput(memberChange, input);
  const maintainerId = await maintainerToChange(context, data.maintainerId, 'maintainerId');
  const field = data.userId != null ? 'userId' : 'email';
  return audited(context, async (tx, audit) => {
    await lockMaintainer(tx, maintainerId);
    const user = data.userId != null
      ? await existingUser(tx, data.userId)
      : await tx.user.findUnique({ where: { email: data.email!.trim().toLowerCase() } });
    const member = user && (await tx.maintainerMember.findUnique({ where: { maintainerId_userId: { maintainerId, userId: user.id } } }));
    if (!member) throw userError('NOT_A_MEMBER', [field], 'this user is not a member of the maintainer');
    if ((await tx.maintainerMember.count({ where: { maintainerId } })) <= 1) {
      throw userError('LAST_MEMBER', [field], 'a maintainer must have at least 1 member');
    }
    await tx.maintainerMember.delete({ where: { id: member.id } });
    await audit({ organizationId: null, action: 'maintainer_member.remove', target: { type: 'MaintainerMember', id: member.id }, changes: { maintainerId, userId: member.userId } });
    return { removedMemberId: member.id, maintainerId };
  });
}

/** A maintainer member by its id, if the caller reads its maintainer. */
export async function readableMaintainerMember(context: Context, id: string) {
  if (!isIdOf('MaintainerMember', id)) return null;
  const member = await context.prisma.maintainerMember.findUnique({ where: { id } });
  return member && (await context.access.canOnMaintainer('maintainer:read', member.maintainerId)) ? member : null;
}

const userLoaders = new WeakMap<Context, DataLoader<string, User | null>>();

/** Users by id, one statement for every member asked about in a request (who added a member, say). */
export function loadUser(context: Context, userId: string): Promise<User | null> {
  let loader = userLoaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const users = await context.prisma.user.findMany({ where: { id: { in: [...ids] } } });
      return ids.map((id) => users.find((user) => user.id === id) ?? null);
    });
    userLoaders.set(context, loader);
  }
  return loader.load(userId);
}
