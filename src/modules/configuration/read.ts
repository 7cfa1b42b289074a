import DataLoader from 'dataloader';
import { configurationVisibility } from '../../access/permissions.js';
import type { Context } from '../../context.js';
import { idOrNumber } from '../../db/ids.js';
import { notFound } from '../../errors.js';
import type { ConfigurationRowVersion, Prisma } from '../../generated/prisma/client.js';
import { componentKey } from '../component/service.js';
import { existingProject } from '../project/service.js';
import { jsonDiff, type PatchOperation } from './diff.js';
import type { RowAtVersion } from './history.js';
import { placeOf, placeOfRow } from './locate.js';

/** A project's configurations as the caller sees them: live or in the trash, of one component (and key) if asked. */
export function visibleConfigurations(
  context: Context,
  args: { componentId?: string | null; deleted?: boolean | null; key?: string | null },
): Prisma.ConfigurationWhereInput {
  const component = args.componentId ? componentKey(args.componentId) : undefined;
  return {
    AND: [
      configurationVisibility(context.access.principal),
      { deletedAt: args.deleted ? { not: null } : null },
      component === null ? { id: { in: [] } } : component ? { component } : {},
      args.key != null ? { key: args.key } : {},
    ],
  };
}

/** For a root field: the configuration, or NOT_FOUND for one that does not exist or that the caller may not read. */
export async function readConfiguration<Query extends object>(context: Context, id: string, query: Query) {
  const key = idOrNumber('Configuration', id);
  const found = key
    ? await context.prisma.configuration.findFirst({ where: { ...key, project: existingProject() }, include: { component: { select: { slug: true } } } })
    : null;
  if (!found || !(await context.access.authorize('configuration:read', placeOf(found)))) throw notFound('configuration');
  return context.prisma.configuration.findUniqueOrThrow({ ...query, where: { id: found.id } });
}

const creatorTokenLoaders = new WeakMap<Context, DataLoader<string, { databaseId: number; description: string } | null>>();

/**
 * The storage token that made a version, as Keboola's `creatorToken` names it (its number and
 * description); every token asked for in a request read in one statement. Null for other makers.
 */
export function creatorToken(context: Context, version: { createdByKind: string; createdById: string }) {
  if (version.createdByKind !== 'STORAGE_TOKEN') return null;
  let loader = creatorTokenLoaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const tokens = await context.prisma.storageToken.findMany({ where: { id: { in: [...ids] } }, select: { id: true, number: true, description: true } });
      const byId = new Map(tokens.map((token) => [token.id, { databaseId: token.number, description: token.description }]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    creatorTokenLoaders.set(context, loader);
  }
  return loader.load(version.createdById);
}

const rowVersionLoaders = new WeakMap<Context, DataLoader<string, ConfigurationRowVersion | null>>();

/** Row versions by `rowId:version`, every one asked for in a request read in one statement. */
function rowVersions(context: Context): DataLoader<string, ConfigurationRowVersion | null> {
  let loader = rowVersionLoaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (keys) => {
      const pairs = keys.map((key) => key.split(':') as [string, string]);
      const found = await context.prisma.configurationRowVersion.findMany({
        where: { OR: pairs.map(([rowId, version]) => ({ rowId, version: Number(version) })) },
        include: { row: { select: { key: true } } },
      });
      const byKey = new Map(found.map((version) => [`${version.rowId}:${version.version}`, version]));
      return keys.map((key) => byKey.get(key) ?? null);
    });
    rowVersionLoaders.set(context, loader);
  }
  return loader;
}

/** The row versions a configuration version names, in its row order (by key when it had none). */
export async function rowsAtVersion(context: Context, version: { rows: Prisma.JsonValue; rowsSortOrder: string[] }) {
  const named = version.rows as unknown as RowAtVersion[];
  const found = (await rowVersions(context).loadMany(named.map((row) => `${row.id}:${row.version}`))).filter(
    (row): row is ConfigurationRowVersion & { row: { key: string } } => row !== null && !(row instanceof Error),
  );
  const position = new Map(version.rowsSortOrder.map((key, index) => [key, index]));
  const rank = (row: { row: { key: string } }) => position.get(row.row.key) ?? Infinity;
  return found.sort((a, b) => rank(a) - rank(b) || a.row.key.localeCompare(b.row.key));
}

/** What a version compares as: its content and its rows' content by key. */
async function comparable(context: Context, configurationId: string, number: number) {
  const version = await context.prisma.configurationVersion.findUnique({ where: { configurationId_version: { configurationId, version: number } } });
  if (!version) return null;
  const rows = await rowsAtVersion(context, version);
  return {
    name: version.name,
    description: version.description,
    isDisabled: version.isDisabled,
    configuration: version.configuration,
    rowsSortOrder: version.rowsSortOrder,
    rows: Object.fromEntries(rows.map((row) => [row.row.key, { name: row.name, description: row.description, isDisabled: row.isDisabled, configuration: row.configuration }])),
  };
}

/** The JSON Patch from one version of a configuration to another; NOT_FOUND when either does not exist. */
export async function diffVersions(context: Context, configurationId: string, from: number, to: number): Promise<PatchOperation[]> {
  const [before, after] = [await comparable(context, configurationId, from), await comparable(context, configurationId, to)];
  if (!before || !after) throw notFound(`version ${!before ? from : to}`);
  return jsonDiff(before, after);
}

/** How many configurations, rows and versions an organization keeps, the trash included. */
export async function configurationUsage(context: Context, organizationId: string) {
  const [configurations, rows, versions, rowVersionCount] = await context.prisma.$transaction([
    context.prisma.configuration.count({ where: { organizationId } }),
    context.prisma.configurationRow.count({ where: { organizationId, deletedAt: null } }),
    context.prisma.configurationVersion.count({ where: { organizationId } }),
    context.prisma.configurationRowVersion.count({ where: { organizationId } }),
  ]);
  return { configurations, rows, versions: versions + rowVersionCount };
}

/** For node(id): the configuration or row, if the caller reads it. */
export async function readableConfigurationNode(context: Context, type: 'Configuration' | 'ConfigurationRow', id: string): Promise<object | null> {
  if (type === 'Configuration') {
    const found = await context.prisma.configuration.findFirst({ where: { id, project: existingProject() }, include: { component: { select: { slug: true } } } });
    return found && (await context.access.authorize('configuration:read', placeOf(found))) ? found : null;
  }
  const row = await context.prisma.configurationRow.findFirst({ where: { id, parent: { project: existingProject() } } });
  const place = row && (await placeOfRow(context, row));
  return place && (await context.access.authorize('configuration:read', place)) ? row : null;
}

interface PageQuery {
  cursor?: { id?: string };
  skip?: number;
  take?: number;
}

/**
 * A page of a history, newest first, with Pothos's cursor turned into a condition on the version
 * number: past a cursor, Prisma leaves out the LIMIT and reads the rest of the history
 * (prisma/orm#27094). Null when the cursor names no version.
 */
export async function historyPage<Query extends PageQuery>(query: Query, versionOf: (id: string) => Promise<number | null>) {
  const { cursor, skip: _skip, ...rest } = query;
  if (!cursor?.id) return { query: rest, where: {} };
  const version = await versionOf(cursor.id);
  if (version === null) return null;
  // `last … before` pages backwards with a negative take: toward newer versions.
  return { query: rest, where: { version: (rest.take ?? 0) < 0 ? { gt: version } : { lt: version } } };
}
