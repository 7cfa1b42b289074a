import DataLoader from 'dataloader';
import type { Permission, Target } from '../../access/permissions.js';
import type { Context } from '../../context.js';
import { idOrNumber } from '../../db/ids.js';
import { userError } from '../../errors.js';
import type { Configuration, ConfigurationRow, Prisma } from '../../generated/prisma/client.js';
import { componentKey } from '../component/service.js';
import { existingProject, findProjectTarget } from '../project/service.js';

/**
 * How inputs name a configuration: by `configurationId` (its id or number), or by its component and
 * key in a project (Keboola's paths), the project left out by a storage token, which has just one.
 */
export interface ConfigurationName {
  configurationId?: string | null;
  projectId?: string | null;
  componentId?: string | null;
  key?: string | null;
}

/** How inputs name a row: by `rowId` (its id or number), or by its key in a configuration named as above. */
export interface RowName extends ConfigurationName {
  rowId?: string | null;
  rowKey?: string | null;
}

export const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
export const KEY_RULE = 'must be 1–100 letters, digits, dots, dashes or underscores, starting with a letter or digit';

export type LocatedConfiguration = Configuration & { component: { slug: string } };
export type LocatedRow = ConfigurationRow & { parent: LocatedConfiguration };

const WITH_COMPONENT = { component: { select: { slug: true } } } as const;

/** Where a configuration's rights are decided: its project, and its component for storage tokens. */
export function placeOf(configuration: Pick<LocatedConfiguration, 'organizationId' | 'projectId' | 'component'>): Target {
  return { organizationId: configuration.organizationId, projectId: configuration.projectId, component: configuration.component.slug };
}

interface Place {
  organizationId: string;
  projectId: string;
  componentId: string;
}

const loaders = new WeakMap<Context, { slugs: DataLoader<string, string | undefined>; parents: DataLoader<string, Place | undefined> }>();

/** Component slugs and row parents, each read once per request for every object checked. */
function placeLoaders(context: Context) {
  let found = loaders.get(context);
  if (!found) {
    const slugs = new DataLoader<string, string | undefined>(async (ids) => {
      const components = await context.prisma.component.findMany({ where: { id: { in: [...ids] } }, select: { id: true, slug: true } });
      return ids.map((id) => components.find((component) => component.id === id)?.slug);
    });
    const parents = new DataLoader<string, Place | undefined>(async (ids) => {
      const configurations = await context.prisma.configuration.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, organizationId: true, projectId: true, componentId: true },
      });
      return ids.map((id) => configurations.find((configuration) => configuration.id === id));
    });
    found = { slugs, parents };
    loaders.set(context, found);
  }
  return found;
}

/** The place of a configuration read from the graph; its component's slug only matters, and is only read, for a storage token. */
export async function placeOfConfiguration(context: Context, configuration: Place): Promise<Target> {
  const { organizationId, projectId, componentId } = configuration;
  if (context.access.principal.kind !== 'STORAGE_TOKEN') return { organizationId, projectId };
  return { organizationId, projectId, component: await placeLoaders(context).slugs.load(componentId) };
}

/** The place of the configuration with this id (of a row, of a metadata entry); null when there is none. */
export async function placeOfConfigurationId(context: Context, configurationId: string): Promise<Target | null> {
  const parent = await placeLoaders(context).parents.load(configurationId);
  return parent ? placeOfConfiguration(context, parent) : null;
}

/** The place of a row read from the graph: its configuration's. */
export function placeOfRow(context: Context, row: { configurationId: string }): Promise<Target | null> {
  return placeOfConfigurationId(context, row.configurationId);
}

/** The project a new configuration goes to: the one named, else a storage token's own. */
export async function projectToWriteIn(context: Context, projectId: string | null | undefined, field = 'projectId') {
  const { principal } = context.access;
  let target: (Target & { projectId: string }) | null;
  if (projectId) target = await findProjectTarget(context, projectId);
  else if (principal.kind === 'STORAGE_TOKEN') target = { organizationId: principal.organizationId, projectId: principal.projectId };
  else throw userError('INVALID', [field], 'give the project');
  if (!target || !(await context.access.can('project:read', target))) throw userError('NOT_FOUND', [field], 'project not found');
  return target;
}

/** The unique filter a configuration name gives, or null when it names nothing that could exist. */
async function configurationWhere(context: Context, name: ConfigurationName): Promise<Prisma.ConfigurationWhereInput | null> {
  const component = name.componentId ? componentKey(name.componentId) : undefined;
  if (component === null) return null;
  const ofComponent = component ? { component } : {};
  if (name.configurationId) {
    const key = idOrNumber('Configuration', name.configurationId);
    return key && { ...key, ...ofComponent };
  }
  if (!component || !name.key) return null;
  const { principal } = context.access;
  if (!name.projectId) return principal.kind === 'STORAGE_TOKEN' ? { projectId: principal.projectId, key: name.key, ...ofComponent } : null;
  const project = await findProjectTarget(context, name.projectId);
  return project && { projectId: project.projectId, key: name.key, ...ofComponent };
}

/**
 * The configuration an input names, when the caller holds `permission` on it; NOT_FOUND at `field`
 * otherwise, alike for one that does not exist, is elsewhere or may not be read. One in the trash is
 * found only where `trashed` allows it.
 */
export async function locateConfiguration(
  context: Context,
  name: ConfigurationName,
  permission: Extract<Permission, `configuration:${string}`>,
  options: { field?: string; trashed?: 'no' | 'also' | 'only' } = {},
): Promise<LocatedConfiguration> {
  const { field = name.configurationId ? 'configurationId' : 'key', trashed = 'no' } = options;
  const where = await configurationWhere(context, name);
  const deleted = { no: { deletedAt: null }, also: {}, only: { deletedAt: { not: null } } }[trashed];
  const found = where
    ? await context.prisma.configuration.findFirst({ where: { AND: [where, deleted, { project: existingProject() }] }, include: WITH_COMPONENT })
    : null;
  if (!found || !(await context.access.authorize(permission, placeOf(found)))) throw userError('NOT_FOUND', [field], 'configuration not found');
  return found;
}

/** The row an input names, of a live configuration the caller holds `permission` on; NOT_FOUND otherwise. Deleted rows only where `deleted`. */
export async function locateRow(
  context: Context,
  name: RowName,
  permission: Extract<Permission, `configuration:${string}`>,
  options: { deleted?: boolean } = {},
): Promise<LocatedRow> {
  const field = name.rowId ? 'rowId' : 'rowKey';
  const rowKey = name.rowId ? idOrNumber('ConfigurationRow', name.rowId) : name.rowKey ? { key: name.rowKey } : null;
  // A key means something only within a configuration; an id, anywhere.
  const parent = name.configurationId || name.key ? await locateConfiguration(context, name, permission) : null;
  const row =
    rowKey && (parent || name.rowId)
      ? await context.prisma.configurationRow.findFirst({
          where: {
            ...rowKey,
            ...(parent ? { configurationId: parent.id } : { parent: { deletedAt: null, project: existingProject() } }),
            ...(options.deleted ? {} : { deletedAt: null }),
          },
          include: { parent: { include: WITH_COMPONENT } },
        })
      : null;
  if (!row || (!parent && !(await context.access.authorize(permission, placeOf(row.parent))))) throw userError('NOT_FOUND', [field], 'row not found');
  return row;
}
