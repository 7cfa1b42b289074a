import { isDeepStrictEqual } from 'node:util';
import type { Context } from '../../context.js';
import { newId } from '../../db/ids.js';
import { UserErrors, userError } from '../../errors.js';
import type { Configuration, ConfigurationRow, Prisma } from '../../generated/prisma/client.js';
import { actorOf, type Actor } from '../audit/service.js';
import { latestRelease } from '../component/service.js';
import { violations } from '../component/json-schema.js';

/**
 * A configuration's history: every change to its content or its rows writes an immutable version
 * (the database refuses to rewrite one), numbered 1, 2, 3… per configuration and per row.
 */

type Tx = Prisma.TransactionClient;

/** What a configuration version snapshots of a row: which version of it was current. */
export interface RowAtVersion {
  id: string;
  version: number;
}

/** The versioned content of a configuration; state is not versioned. */
export const CONFIGURATION_CONTENT = ['name', 'description', 'configuration', 'isDisabled', 'releaseId', 'rowsSortOrder'] as const;
/** The versioned content of a row. */
export const ROW_CONTENT = ['name', 'description', 'configuration', 'isDisabled'] as const;

/** The fields of `changes` that differ from `current` (JSON compared by value, whatever the key order). */
export function changedFields<T extends object>(current: T, changes: Partial<T>, fields: readonly (keyof T)[]): Partial<T> {
  const changed: Partial<T> = {};
  for (const field of fields) {
    const value = changes[field];
    if (value !== undefined && !isDeepStrictEqual(value, current[field])) changed[field] = value;
  }
  return changed;
}

/** Takes the configuration's lock: writers of one configuration go one at a time, each on the latest version. */
export async function lockConfiguration(tx: Tx, id: string): Promise<Configuration> {
  await tx.$queryRaw`SELECT id FROM "Configuration" WHERE id = ${id} FOR UPDATE`;
  return tx.configuration.findUniqueOrThrow({ where: { id } });
}

/** Refuses a change based on a version that is no longer the latest, naming the latest. */
export function requireBase(current: number, base: number | null | undefined, field = 'baseVersion'): void {
  if (base != null && base !== current) {
    throw userError('STALE_VERSION', [field], `the change was based on version ${base}, but version ${current} is the latest: read it and apply the change again`);
  }
}

/** The next free number of a serial column, for keys that default to the number. */
export async function nextNumber(tx: Tx, table: 'Configuration' | 'ConfigurationRow'): Promise<number> {
  const [row] = await tx.$queryRawUnsafe<{ number: bigint }[]>(`SELECT nextval(pg_get_serial_sequence('"${table}"', 'number')) AS number`);
  return Number(row!.number);
}

/**
 * Checks a configuration or a row against the release it uses (its pinned one, else the component's
 * latest): every violation is a userError at its path under `field`. No release, no schema.
 */
export async function validateContent(
  tx: Tx,
  place: { componentId: string; releaseId: string | null },
  kind: 'configuration' | 'row',
  document: unknown,
  field: string[],
): Promise<void> {
  const release = place.releaseId ? await tx.componentRelease.findUnique({ where: { id: place.releaseId } }) : await latestRelease(tx, place.componentId);
  if (!release) return;
  const schema = kind === 'configuration' ? release.configurationSchema : release.rowConfigurationSchema;
  const found = violations(`${release.id}:${kind}`, schema, document);
  if (found.length > 0) {
    throw new UserErrors(found.map(({ path, message }) => ({ code: 'INVALID', field: ['input', ...field, ...path], message: `${message} (release ${release.version})` })));
  }
}

/** Writes version `configuration.version` of a configuration as it now is, with its live rows. */
export async function writeVersion(tx: Tx, actor: Actor, configuration: Configuration, changeDescription: string, isDeleted = false): Promise<void> {
  const rows = await tx.configurationRow.findMany({ where: { configurationId: configuration.id, deletedAt: null }, select: { id: true, version: true } });
  await tx.configurationVersion.create({
    data: {
      id: newId('ConfigurationVersion'),
      organizationId: configuration.organizationId,
      configurationId: configuration.id,
      version: configuration.version,
      name: configuration.name,
      description: configuration.description,
      configuration: configuration.configuration as Prisma.InputJsonValue,
      isDisabled: configuration.isDisabled,
      releaseId: configuration.releaseId,
      isDeleted,
      rows: rows satisfies RowAtVersion[],
      rowsSortOrder: configuration.rowsSortOrder,
      changeDescription,
      createdByKind: actor.kind,
      createdById: actor.id,
    },
  });
}

/** Writes version `row.version` of a row as it now is. */
export async function writeRowVersion(tx: Tx, actor: Actor, row: ConfigurationRow, changeDescription: string): Promise<void> {
  await tx.configurationRowVersion.create({
    data: {
      id: newId('ConfigurationRowVersion'),
      organizationId: row.organizationId,
      rowId: row.id,
      version: row.version,
      name: row.name,
      description: row.description,
      configuration: row.configuration as Prisma.InputJsonValue,
      isDisabled: row.isDisabled,
      changeDescription,
      createdByKind: actor.kind,
      createdById: actor.id,
    },
  });
}

/** Moves a configuration to its next version with `changes` applied, and records that version. */
export async function nextVersion(
  tx: Tx,
  context: Context,
  current: Configuration,
  changes: Prisma.ConfigurationUpdateInput,
  changeDescription: string,
  isDeleted = false,
): Promise<Configuration> {
  const updated = await tx.configuration.update({ where: { id: current.id }, data: { ...changes, version: current.version + 1 } });
  await writeVersion(tx, actorOf(context.access.principal), updated, changeDescription, isDeleted);
  return updated;
}

/** Moves a row to its next version with `changes` applied, and records that version. */
export async function nextRowVersion(
  tx: Tx,
  context: Context,
  current: ConfigurationRow,
  changes: Prisma.ConfigurationRowUpdateInput,
  changeDescription: string,
): Promise<ConfigurationRow> {
  const updated = await tx.configurationRow.update({ where: { id: current.id }, data: { ...changes, version: current.version + 1 } });
  await writeRowVersion(tx, actorOf(context.access.principal), updated, changeDescription);
  return updated;
}
