import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { newId } from '../../db/ids.js';
import { parseInput, userError } from '../../errors.js';
import type { Configuration, ConfigurationRow, Prisma } from '../../generated/prisma/client.js';
import { actorOf, audited } from '../audit/service.js';
import { changedFields, lockConfiguration, nextNumber, nextRowVersion, nextVersion, requireBase, ROW_CONTENT, validateContent, writeRowVersion } from './history.js';
import { locateConfiguration, locateRow, type LocatedRow, type RowName } from './locate.js';
import { changeDescription, description, jsonDocument, key, naming } from './service.js';

type Tx = Prisma.TransactionClient;

const rowNaming = { ...naming, rowId: z.string().nullish(), rowKey: z.string().nullish() };
const rowName = z.string().max(255, 'name must be at most 255 characters');

/** A row joins the explicit order at its end; without one, rows go by key. */
function withRow(order: string[], rowKey: string): string[] {
  return order.length === 0 || order.includes(rowKey) ? order : [...order, rowKey];
}

const newRow = z.object({
  ...naming,
  rowKey: key.nullish(),
  name: rowName.nullish().transform((value) => value ?? ''),
  description: description.nullish().transform((value) => value ?? ''),
  configuration: jsonDocument('configuration').nullish().transform((value) => value ?? {}),
  state: jsonDocument('state').nullish().transform((value) => value ?? {}),
  isDisabled: z.boolean().nullish().transform((value) => value ?? false),
  changeDescription: changeDescription.nullish(),
});

/**
 * Adds a row at its version 1, and a version of the configuration. A key chosen by the creator
 * names one row: taken by a live row, ALREADY_EXISTS; by a deleted one, that row comes back with its
 * history going on, as Keboola does.
 */
export async function createConfigurationRow(context: Context, input: z.input<typeof newRow>) {
  const data = parseInput(newRow, input);
  const located = await locateConfiguration(context, data, 'configuration:write');
  return audited(context, async (tx, audit) => {
    const current = await lockConfiguration(tx, located.id);
    await validateContent(tx, current, 'row', data.configuration, ['configuration']);
    const content = { name: data.name, description: data.description, configuration: data.configuration, state: data.state, isDisabled: data.isDisabled };
    const existing = data.rowKey ? await tx.configurationRow.findUnique({ where: { configurationId_key: { configurationId: current.id, key: data.rowKey } } }) : null;
    if (existing && !existing.deletedAt) throw userError('ALREADY_EXISTS', ['rowKey'], `the configuration has a row ${data.rowKey}`);
    let row: ConfigurationRow;
    const note = (rowKey: string) => data.changeDescription ?? `Row ${rowKey} added`;
    if (existing) {
      row = await nextRowVersion(tx, context, existing, { ...content, deletedAt: null }, note(existing.key));
    } else {
      const number = await nextNumber(tx, 'ConfigurationRow');
      row = await tx.configurationRow.create({
        data: { id: newId('ConfigurationRow'), number, key: data.rowKey ?? String(number), organizationId: current.organizationId, configurationId: current.id, ...content },
      });
      await writeRowVersion(tx, actorOf(context.access.principal), row, note(row.key));
    }
    const configuration = await nextVersion(tx, context, current, { rowsSortOrder: withRow(current.rowsSortOrder, row.key) }, note(row.key));
    await audit({ organizationId: current.organizationId, projectId: current.projectId, action: 'configuration_row.create', target: { type: 'ConfigurationRow', id: row.id }, changes: { key: row.key, name: row.name } });
    return { row, configuration };
  });
}

const rowChanges = z.object({
  ...rowNaming,
  baseVersion: z.number().int().nullish(),
  name: rowName.nullish(),
  description: description.nullish(),
  configuration: jsonDocument('configuration').nullish(),
  state: jsonDocument('state').nullish(),
  isDisabled: z.boolean().nullish(),
  changeDescription: changeDescription.nullish(),
});

/** Changes a row: content changes make a version of the row and of its configuration; state alone makes none. */
export async function updateConfigurationRow(context: Context, input: z.input<typeof rowChanges>) {
  const data = parseInput(rowChanges, input);
  const located = await locateRow(context, data, 'configuration:write');
  return audited(context, async (tx, audit) => {
    const parent = await lockConfiguration(tx, located.configurationId);
    const current = await tx.configurationRow.findUniqueOrThrow({ where: { id: located.id } });
    requireBase(current.version, data.baseVersion);
    const proposed = { name: data.name ?? undefined, description: data.description ?? undefined, configuration: data.configuration ?? undefined, isDisabled: data.isDisabled ?? undefined };
    const changed = changedFields(current, proposed as Partial<ConfigurationRow>, ROW_CONTENT);
    const state = data.state != null && !isDeepStrictEqual(data.state, current.state) ? data.state : undefined;
    if (Object.keys(changed).length === 0) {
      const row = state === undefined ? current : await tx.configurationRow.update({ where: { id: current.id }, data: { state } });
      return { row, configuration: parent };
    }
    if (changed.configuration !== undefined) await validateContent(tx, parent, 'row', changed.configuration, ['configuration']);
    const note = data.changeDescription ?? `Row ${current.key} changed`;
    const row = await nextRowVersion(tx, context, current, { ...(changed as Prisma.ConfigurationRowUpdateInput), state }, note);
    const configuration = await nextVersion(tx, context, parent, {}, note);
    await audit({ organizationId: current.organizationId, projectId: parent.projectId, action: 'configuration_row.update', target: { type: 'ConfigurationRow', id: current.id }, changes: { version: row.version, ...changed } });
    return { row, configuration };
  });
}

/** Sets a row's state. Not versioned. */
export async function updateConfigurationRowState(context: Context, input: RowName & { state?: unknown }) {
  const data = parseInput(z.object({ ...rowNaming, state: jsonDocument('state') }), input);
  const located = await locateRow(context, data, 'configuration:write');
  const row = await audited(context, async (tx, audit) => {
    const parent = await lockConfiguration(tx, located.configurationId);
    await audit({ organizationId: located.organizationId, projectId: parent.projectId, action: 'configuration_row.state', target: { type: 'ConfigurationRow', id: located.id } });
    return tx.configurationRow.update({ where: { id: located.id }, data: { state: data.state } });
  });
  return { row };
}

/** Removes a row from its configuration (a version of the configuration); its history stays, and a rollback can bring it back. */
export async function deleteConfigurationRow(context: Context, input: RowName & { changeDescription?: string | null }) {
  const data = parseInput(z.object({ ...rowNaming, changeDescription: changeDescription.nullish() }), input);
  const located = await locateRow(context, data, 'configuration:write');
  return audited(context, async (tx, audit) => {
    const parent = await lockConfiguration(tx, located.configurationId);
    await tx.configurationRow.update({ where: { id: located.id }, data: { deletedAt: new Date() } });
    const rowsSortOrder = parent.rowsSortOrder.filter((rowKey) => rowKey !== located.key);
    const configuration = await nextVersion(tx, context, parent, { rowsSortOrder }, data.changeDescription ?? `Row ${located.key} deleted`);
    await audit({ organizationId: located.organizationId, projectId: parent.projectId, action: 'configuration_row.delete', target: { type: 'ConfigurationRow', id: located.id }, changes: { key: located.key } });
    return { deletedRowId: located.id, configuration };
  });
}

/** The content of a row's version `version`; NOT_FOUND at `version` when it has none. */
export async function rowVersionContent(tx: Tx, rowId: string, version: number) {
  const found = await tx.configurationRowVersion.findUnique({ where: { rowId_version: { rowId, version } } });
  if (!found) throw userError('NOT_FOUND', ['version'], `version ${version} not found`);
  return { name: found.name, description: found.description, configuration: found.configuration as Prisma.InputJsonValue, isDisabled: found.isDisabled };
}

const rowVersionInput = z.object({ ...rowNaming, version: z.number().int(), changeDescription: changeDescription.nullish() });

/** Rolls a row back to one of its versions: a new version of the row (and of its configuration) with that content. */
export async function rollbackConfigurationRow(context: Context, input: z.input<typeof rowVersionInput>) {
  const data = parseInput(rowVersionInput, input);
  const located = await locateRow(context, data, 'configuration:write');
  return audited(context, async (tx, audit) => {
    const parent = await lockConfiguration(tx, located.configurationId);
    const current = await tx.configurationRow.findUniqueOrThrow({ where: { id: located.id } });
    const content = await rowVersionContent(tx, current.id, data.version);
    await validateContent(tx, parent, 'row', content.configuration, ['version']);
    const note = data.changeDescription ?? `Rollback to version ${data.version}`;
    const row = await nextRowVersion(tx, context, current, content, note);
    const configuration = await nextVersion(tx, context, parent, {}, note);
    await audit({ organizationId: current.organizationId, projectId: parent.projectId, action: 'configuration_row.rollback', target: { type: 'ConfigurationRow', id: current.id }, changes: { to: data.version, version: row.version } });
    return { row, configuration };
  });
}

const rowCopyInput = rowVersionInput.extend({ targetConfigurationId: z.string().nullish(), targetKey: z.string().nullish() });

/** The configuration a row version is copied into: named by id, by key beside the row's own, or the row's own. */
async function copyTarget(context: Context, data: z.infer<typeof rowCopyInput>, source: LocatedRow): Promise<Configuration> {
  const ofComponent = { componentId: source.parent.componentId };
  if (data.targetConfigurationId) {
    return locateConfiguration(context, { configurationId: data.targetConfigurationId, ...ofComponent }, 'configuration:write', { field: 'targetConfigurationId' });
  }
  if (data.targetKey) {
    return locateConfiguration(context, { key: data.targetKey, projectId: source.parent.projectId, ...ofComponent }, 'configuration:write', { field: 'targetKey' });
  }
  return locateConfiguration(context, { configurationId: source.configurationId }, 'configuration:write');
}

/**
 * Copies a version of a row into a new row, of its own configuration or of another configuration
 * of the same component in the same project; the new row starts at version 1 with an empty state.
 */
export async function copyConfigurationRowVersion(context: Context, input: z.input<typeof rowCopyInput>) {
  const data = parseInput(rowCopyInput, input);
  const located = await locateRow(context, data, 'configuration:read', { deleted: true });
  const target = await copyTarget(context, data, located);
  if (target.projectId !== located.parent.projectId) throw userError('NOT_FOUND', [data.targetKey && !data.targetConfigurationId ? 'targetKey' : 'targetConfigurationId'], 'configuration not found');
  return audited(context, async (tx, audit) => {
    const parent = await lockConfiguration(tx, target.id);
    const content = await rowVersionContent(tx, located.id, data.version);
    await validateContent(tx, parent, 'row', content.configuration, ['version']);
    const source = located.parent;
    const number = await nextNumber(tx, 'ConfigurationRow');
    const row = await tx.configurationRow.create({
      data: { id: newId('ConfigurationRow'), number, key: String(number), organizationId: parent.organizationId, configurationId: parent.id, ...content },
    });
    const origin = `configuration "${source.name}" (${source.key}) row ${located.key} version ${data.version}`;
    await writeRowVersion(tx, actorOf(context.access.principal), row, data.changeDescription ?? `Copied from ${origin}`);
    const configuration = await nextVersion(tx, context, parent, { rowsSortOrder: withRow(parent.rowsSortOrder, row.key) }, data.changeDescription ?? `Row ${row.key} copied from ${origin}`);
    await audit({ organizationId: parent.organizationId, projectId: parent.projectId, action: 'configuration_row.copy', target: { type: 'ConfigurationRow', id: row.id }, changes: { from: located.id, version: data.version } });
    return { row, configuration };
  });
}
