import DataLoader from 'dataloader';
import { z } from 'zod';
import { scopesGrant, type Target } from '../../access/permissions.js';
import type { Context } from '../../context.js';
import { idOrNumber, newId } from '../../db/ids.js';
import { forbidden, forbiddenWithout, parseInput, userError } from '../../errors.js';
import type { Metadata, MetadataProvider, Prisma } from '../../generated/prisma/client.js';
import { audited } from '../audit/service.js';
import { locateConfiguration, placeOfConfigurationId } from '../configuration/locate.js';
import { naming } from '../configuration/service.js';
import { checkMetadataEntries } from '../metadata-schema/service.js';
import { findReadableMaintainer, maintainerToChange } from '../maintainer/service.js';
import { findOrganizationTarget } from '../organization/service.js';
import { authorizedProject } from '../project/service.js';
import { userKey } from '../user/service.js';

type OwnerColumn = 'maintainerId' | 'organizationId' | 'projectId' | 'userId' | 'configurationId';
/** The owners setMetadata and deleteMetadata name; configurations have mutations of their own. */
const OWNER_COLUMNS: Exclude<OwnerColumn, 'configurationId'>[] = ['maintainerId', 'organizationId', 'projectId', 'userId'];
const EVERY_OWNER_COLUMN: OwnerColumn[] = [...OWNER_COLUMNS, 'configurationId'];

/** The object metadata entries belong to, once the caller may write there. */
interface Owner {
  column: OwnerColumn;
  id: string;
  /** The organization its audit events belong to; null for maintainers and users. */
  organizationId: string | null;
  /** The project of a project or configuration, whose metadata schema its entries are checked against. */
  projectId?: string;
}

const projectOrganizations = new WeakMap<Context, DataLoader<string, string | null>>();

/** The organization of each project asked about in a request, in one statement. */
function organizationOfProject(context: Context, projectId: string): Promise<string | null> {
  let loader = projectOrganizations.get(context);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const projects = await context.prisma.project.findMany({ where: { id: { in: [...ids] } }, select: { id: true, organizationId: true } });
      return ids.map((id) => projects.find((project) => project.id === id)?.organizationId ?? null);
    });
    projectOrganizations.set(context, loader);
  }
  return loader.load(projectId);
}

/** A user's metadata is the user's own: the user reads it, and the operator with member:read. */
export function canReadUserMetadata(context: Context, userId: string): boolean {
  const { principal } = context.access;
  if (principal.kind === 'OPERATOR') return scopesGrant(principal.scopes, 'member:read');
  return context.access.userId === userId;
}

/** Whoever reads the object reads its metadata. */
export async function canReadMetadata(context: Context, entry: Pick<Metadata, OwnerColumn>): Promise<boolean> {
  if (entry.maintainerId) return context.access.canOnMaintainer('maintainer:read', entry.maintainerId);
  if (entry.organizationId) return context.access.can('organization:read', { organizationId: entry.organizationId });
  if (entry.projectId) {
    const organizationId = await organizationOfProject(context, entry.projectId);
    return organizationId !== null && context.access.can('project:read', { organizationId, projectId: entry.projectId });
  }
  if (entry.configurationId) {
    const place = await placeOfConfigurationId(context, entry.configurationId);
    return place !== null && context.access.can('configuration:read', place);
  }
  return entry.userId !== null && canReadUserMetadata(context, entry.userId);
}

/**
 * Where metadata is written, with the caller's right to write there: NOT_FOUND at `field` for an
 * object it cannot read, FORBIDDEN for one it reads but may not change.
 */
async function ownerToWrite(context: Context, column: OwnerColumn, given: string, field: string): Promise<Owner> {
  switch (column) {
    case 'maintainerId': {
      // Its members, or the operator with maintainer:write.
      return { column, id: await maintainerToChange(context, given, field), organizationId: null };
    }
    case 'organizationId': {
      const target = await context.access.authorizeOrNotFound('organization:read', await findOrganizationTarget(context, given), 'organization', field);
      await requireOrganizationWrite(context, target);
      return { column, id: target.organizationId, organizationId: target.organizationId };
    }
    case 'projectId': {
      const target = await authorizedProject(context, given, 'project:write', field);
      return { column, id: target.projectId, organizationId: target.organizationId, projectId: target.projectId };
    }
    case 'userId': {
      const key = userKey(given);
      const user = key ? await context.prisma.user.findUnique({ where: key, select: { id: true } }) : null;
      if (!user || !canReadUserMetadata(context, user.id)) throw userError('NOT_FOUND', [field], 'user not found');
      const { principal } = context.access;
      if (principal.kind === 'OPERATOR' && !scopesGrant(principal.scopes, 'member:write')) throw forbiddenWithout('member:write');
      return { column, id: user.id, organizationId: null };
    }
    case 'configurationId': {
      const configuration = await locateConfiguration(context, { configurationId: given }, 'configuration:write', { field });
      return { column, id: configuration.id, organizationId: configuration.organizationId, projectId: configuration.projectId };
    }
  }
}

/** An organization's metadata: organization:write (OWNER, ADMIN, keys, the operator), or a member of its maintainer. */
async function requireOrganizationWrite(context: Context, target: Target): Promise<void> {
  if (await context.access.can('organization:write', target)) return;
  const organization = await context.prisma.organization.findUnique({ where: { id: target.organizationId }, select: { maintainerId: true } });
  if (organization?.maintainerId && (await context.access.isMaintainerMember(organization.maintainerId))) return;
  throw forbiddenWithout('organization:write');
}

/** SYSTEM entries are the platform's: only the operator writes them. */
function requireProvider(context: Context, provider: MetadataProvider): void {
  if (provider === 'SYSTEM' && context.access.principal.kind !== 'OPERATOR') {
    throw forbidden('only the platform operator may write SYSTEM metadata', 'an operator token');
  }
}

async function lockOwner(tx: Prisma.TransactionClient, owner: Owner): Promise<void> {
  switch (owner.column) {
    case 'maintainerId':
      await tx.$queryRaw`SELECT id FROM "Maintainer" WHERE id = ${owner.id} FOR UPDATE`;
      return;
    case 'organizationId':
      await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = ${owner.id} FOR UPDATE`;
      return;
    case 'projectId':
      await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${owner.id} FOR UPDATE`;
      return;
    case 'userId':
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${owner.id} FOR UPDATE`;
      return;
    case 'configurationId':
      await tx.$queryRaw`SELECT id FROM "Configuration" WHERE id = ${owner.id} FOR UPDATE`;
  }
}

export const METADATA_KEY_MAX = 255;
export const METADATA_VALUE_MAX = 10_000;
export const METADATA_ENTRIES_MAX = 100;

const entry = z.object({
  key: z
    .string()
    .trim()
    .min(1, 'key must not be empty')
    .max(METADATA_KEY_MAX, `key must be at most ${METADATA_KEY_MAX} characters`),
  value: z.string().max(METADATA_VALUE_MAX, `value must be at most ${METADATA_VALUE_MAX} characters`),
});

const entries = z
  .array(entry)
  .min(1, 'give at least one entry')
  .max(METADATA_ENTRIES_MAX, `at most ${METADATA_ENTRIES_MAX} entries at once`)
  .refine((list) => new Set(list.map((e) => e.key)).size === list.length, 'each key at most once');

const newMetadata = z
  .object({
    maintainerId: z.string().nullish(),
    organizationId: z.string().nullish(),
    projectId: z.string().nullish(),
    userId: z.string().nullish(),
    provider: z.enum(['USER', 'SYSTEM']),
    entries,
  })
  .refine((input) => OWNER_COLUMNS.filter((column) => input[column] != null).length === 1, {
    message: 'give exactly one of maintainerId, organizationId, projectId and userId',
    path: ['maintainerId'],
  });

/** Every entry of one object, oldest first. */
function entriesOf(tx: Prisma.TransactionClient, owner: Owner) {
  return tx.metadata.findMany({ where: { [owner.column]: owner.id }, orderBy: { number: 'asc' } });
}

/** Sets entries on one object, each replacing the entry of the same provider and key; answers all of the object's entries. */
export async function setMetadata(context: Context, input: z.input<typeof newMetadata>) {
  const data = parseInput(newMetadata, input);
  const column = OWNER_COLUMNS.find((name) => data[name] != null)!;
  const owner = await ownerToWrite(context, column, data[column]!, column);
  requireProvider(context, data.provider);
  return writeEntries(context, owner, data.provider, data.entries);
}

/**
 * The related object a project's metadata schema names for an owner's kind: a project's and a
 * configuration's USER entries are checked; SYSTEM entries are the platform's, never checked.
 */
const SCHEMA_RELATED_OBJECT: Partial<Record<OwnerColumn, string>> = { projectId: 'project', configurationId: 'configuration' };

/** Upserts entries on one object the caller may write, by provider and key; answers all of the object's entries. */
async function writeEntries(context: Context, owner: Owner, provider: MetadataProvider, list: z.infer<typeof entries>) {
  const relatedObject = SCHEMA_RELATED_OBJECT[owner.column];
  if (relatedObject && owner.projectId && provider === 'USER') await checkMetadataEntries(context, owner.projectId, relatedObject, list);
  return audited(context, async (tx, audit) => {
    await lockOwner(tx, owner);
    for (const { key, value } of list) {
      const where = { [owner.column]: owner.id, provider, key } as Prisma.MetadataWhereInput;
      const existing = await tx.metadata.findFirst({ where, select: { id: true } });
      const saved = existing
        ? await tx.metadata.update({ where: { id: existing.id }, data: { value } })
        : await tx.metadata.create({ data: { id: newId('Metadata'), [owner.column]: owner.id, provider, key, value } });
      const changes = { [owner.column]: owner.id, provider, key, value };
      await audit({ organizationId: owner.organizationId, action: existing ? 'metadata.update' : 'metadata.create', target: { type: 'Metadata', id: saved.id }, changes });
    }
    return { metadata: await entriesOf(tx, owner) };
  });
}

const configurationEntries = z.object({ ...naming, entries });

/** Sets USER entries on a configuration (Keboola's configuration metadata has no provider): whoever writes the configuration. */
export async function setConfigurationMetadata(context: Context, input: z.input<typeof configurationEntries>) {
  const data = parseInput(configurationEntries, input);
  const configuration = await locateConfiguration(context, data, 'configuration:write');
  const owner: Owner = { column: 'configurationId', id: configuration.id, organizationId: configuration.organizationId, projectId: configuration.projectId };
  return writeEntries(context, owner, 'USER', data.entries);
}

/**
 * The object a caller names as an entry's owner (a Keboola path does), as a filter of entries:
 * NOT_FOUND at its field unless the caller reads its metadata (a missing object alike).
 */
async function namedOwner(context: Context, column: (typeof OWNER_COLUMNS)[number], given: string): Promise<Prisma.MetadataWhereInput> {
  const notFound = (what: string) => userError('NOT_FOUND', [column], `${what} not found`);
  switch (column) {
    case 'maintainerId': {
      const maintainerId = await findReadableMaintainer(context, given);
      if (!maintainerId) throw notFound('maintainer');
      return { maintainerId };
    }
    case 'organizationId': {
      const target = await context.access.authorizeOrNotFound('organization:read', await findOrganizationTarget(context, given), 'organization', column);
      return { organizationId: target.organizationId };
    }
    case 'projectId':
      return { projectId: (await authorizedProject(context, given, 'project:read', column)).projectId };
    case 'userId': {
      const key = userKey(given);
      const user = key ? await context.prisma.user.findUnique({ where: key, select: { id: true } }) : null;
      if (!user || !canReadUserMetadata(context, user.id)) throw notFound('user');
      return { userId: user.id };
    }
  }
}

const deletion = z
  .object({ id: z.string(), maintainerId: z.string().nullish(), organizationId: z.string().nullish(), projectId: z.string().nullish(), userId: z.string().nullish() })
  .refine((input) => OWNER_COLUMNS.filter((column) => input[column] != null).length <= 1, {
    message: 'give at most one of maintainerId, organizationId, projectId and userId',
    path: ['maintainerId'],
  });

/**
 * Deletes one entry: whoever may write its object; a SYSTEM entry, only the operator. With its
 * owner named, an entry of another object is NOT_FOUND.
 */
export async function deleteMetadata(context: Context, input: z.input<typeof deletion>) {
  const data = parseInput(deletion, input);
  const named = OWNER_COLUMNS.find((column) => data[column] != null);
  const at = named ? await namedOwner(context, named, data[named]!) : {};
  const key = idOrNumber('Metadata', data.id);
  const found = key ? await context.prisma.metadata.findFirst({ where: { AND: [key, at] } }) : null;
  if (!found || !(await canReadMetadata(context, found))) throw userError('NOT_FOUND', ['id'], 'metadata not found');
  const column = EVERY_OWNER_COLUMN.find((name) => found[name] !== null)!;
  const owner = await ownerToWrite(context, column, found[column]!, 'id');
  requireProvider(context, found.provider);
  return removeEntry(context, owner, found);
}

/** Deletes one entry of a configuration named as configuration inputs name one; an entry of another object is NOT_FOUND. */
export async function deleteConfigurationMetadata(context: Context, input: z.input<typeof configurationEntry>) {
  const data = parseInput(configurationEntry, input);
  const configuration = await locateConfiguration(context, data, 'configuration:write');
  const key = idOrNumber('Metadata', data.id);
  const found = key ? await context.prisma.metadata.findFirst({ where: { ...key, configurationId: configuration.id } }) : null;
  if (!found) throw userError('NOT_FOUND', ['id'], 'metadata not found');
  return removeEntry(context, { column: 'configurationId', id: configuration.id, organizationId: configuration.organizationId }, found);
}

const configurationEntry = z.object({ ...naming, id: z.string() });

async function removeEntry(context: Context, owner: Owner, found: Metadata) {
  await audited(context, async (tx, audit) => {
    await lockOwner(tx, owner);
    await tx.metadata.deleteMany({ where: { id: found.id } });
    const changes = { [owner.column]: owner.id, provider: found.provider, key: found.key };
    await audit({ organizationId: owner.organizationId, action: 'metadata.delete', target: { type: 'Metadata', id: found.id }, changes });
  });
  return { deletedMetadataId: found.id };
}

/** For node(id): the entry, if the caller reads its object. */
export async function readableMetadata(context: Context, id: string) {
  const found = await context.prisma.metadata.findUnique({ where: { id } });
  return found && (await canReadMetadata(context, found)) ? found : null;
}
