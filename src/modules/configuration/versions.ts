import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { newId } from '../../db/ids.js';
import { parseInput, userError } from '../../errors.js';
import type { ConfigurationVersion, Prisma } from '../../generated/prisma/client.js';
import { actorOf, audited } from '../audit/service.js';
import { lockConfiguration, nextNumber, nextRowVersion, nextVersion, validateContent, writeRowVersion, writeVersion, type RowAtVersion } from './history.js';
import { locateConfiguration } from './locate.js';
import { rowVersionContent } from './rows.js';
import { changeDescription, description, key, name, naming } from './service.js';

type Tx = Prisma.TransactionClient;

/** Version `version` of a configuration; NOT_FOUND at `version` when it has none. */
async function versionOf(tx: Tx, configurationId: string, version: number): Promise<ConfigurationVersion> {
  const found = await tx.configurationVersion.findUnique({ where: { configurationId_version: { configurationId, version } } });
  if (!found) throw userError('NOT_FOUND', ['version'], `version ${version} not found`);
  return found;
}

const versionInput = z.object({ ...naming, version: z.number().int(), changeDescription: changeDescription.nullish() });

/**
 * Rolls a configuration back to one of its versions: a new version with that version's content,
 * release, row order and rows (rows added since are removed; rows changed or removed since get a new
 * version with their content then). The state stays as it is.
 */
export async function rollbackConfiguration(context: Context, input: z.input<typeof versionInput>) {
  const data = parseInput(versionInput, input);
  const located = await locateConfiguration(context, data, 'configuration:write');
  const configuration = await audited(context, async (tx, audit) => {
    const current = await lockConfiguration(tx, located.id);
    const target = await versionOf(tx, current.id, data.version);
    await validateContent(tx, { componentId: current.componentId, releaseId: target.releaseId }, 'configuration', target.configuration, ['version']);
    const wanted = new Map((target.rows as unknown as RowAtVersion[]).map((row) => [row.id, row.version]));
    const rows = await tx.configurationRow.findMany({ where: { configurationId: current.id } });
    const now = new Date();
    for (const row of rows) {
      const version = wanted.get(row.id);
      if (version === undefined) {
        if (!row.deletedAt) await tx.configurationRow.update({ where: { id: row.id }, data: { deletedAt: now } });
        continue;
      }
      const content = await rowVersionContent(tx, row.id, version);
      const unchanged = !row.deletedAt && Object.entries(content).every(([field, value]) => isDeepStrictEqual(value, row[field as keyof typeof row]));
      if (!unchanged) {
        const note = `Rollback to version ${version} (via configuration rollback to version ${data.version})`;
        await nextRowVersion(tx, context, row, { ...content, deletedAt: null }, note);
      }
    }
    const content = {
      name: target.name,
      description: target.description,
      configuration: target.configuration as Prisma.InputJsonValue,
      isDisabled: target.isDisabled,
      releaseId: target.releaseId,
      rowsSortOrder: target.rowsSortOrder,
    };
    const rolledBack = await nextVersion(tx, context, current, content, data.changeDescription ?? `Rollback to version ${data.version}`);
    await audit({ organizationId: current.organizationId, projectId: current.projectId, action: 'configuration.rollback', target: { type: 'Configuration', id: current.id }, changes: { to: data.version, version: rolledBack.version } });
    return rolledBack;
  });
  return { configuration };
}

const copyInput = z.object({
  ...naming,
  version: z.number().int(),
  newKey: key.nullish(),
  name,
  description: description.nullish(),
  changeDescription: changeDescription.nullish(),
});

/**
 * Creates a configuration of the same component in the same project from a version of another: its
 * content and rows (with their keys) at that version, at version 1, with an empty state.
 */
export async function createConfigurationFromVersion(context: Context, input: z.input<typeof copyInput>) {
  const data = parseInput(copyInput, input);
  const source = await locateConfiguration(context, data, 'configuration:read');
  await context.access.require('configuration:write', { organizationId: source.organizationId, projectId: source.projectId, component: source.component.slug });
  const configuration = await audited(context, async (tx, audit) => {
    const version = await versionOf(tx, source.id, data.version);
    await validateContent(tx, { componentId: source.componentId, releaseId: version.releaseId }, 'configuration', version.configuration, ['version']);
    if (data.newKey && (await tx.configuration.findFirst({ where: { projectId: source.projectId, componentId: source.componentId, key: data.newKey }, select: { id: true } }))) {
      throw userError('ALREADY_EXISTS', ['newKey'], `the component has a configuration ${data.newKey} in this project`);
    }
    const note = data.changeDescription ?? `Copied from configuration "${source.name}" (${source.key}) version ${data.version}`;
    const actor = actorOf(context.access.principal);
    const number = await nextNumber(tx, 'Configuration');
    const copy = await tx.configuration.create({
      data: {
        id: newId('Configuration'),
        number,
        key: data.newKey ?? String(number),
        organizationId: source.organizationId,
        projectId: source.projectId,
        componentId: source.componentId,
        name: data.name,
        description: data.description ?? version.description,
        configuration: version.configuration as Prisma.InputJsonValue,
        isDisabled: version.isDisabled,
        releaseId: version.releaseId,
        rowsSortOrder: version.rowsSortOrder,
      },
    });
    for (const { id, version: rowVersion } of version.rows as unknown as RowAtVersion[]) {
      const row = await tx.configurationRow.findUniqueOrThrow({ where: { id }, select: { key: true } });
      const content = await rowVersionContent(tx, id, rowVersion);
      const rowNumber = await nextNumber(tx, 'ConfigurationRow');
      const created = await tx.configurationRow.create({
        data: { id: newId('ConfigurationRow'), number: rowNumber, key: row.key, organizationId: copy.organizationId, configurationId: copy.id, ...content },
      });
      await writeRowVersion(tx, actor, created, note);
    }
    await writeVersion(tx, actor, copy, note);
    await audit({ organizationId: copy.organizationId, projectId: copy.projectId, action: 'configuration.copy', target: { type: 'Configuration', id: copy.id }, changes: { from: source.id, version: data.version, key: copy.key, name: copy.name } });
    return copy;
  });
  return { configuration };
}
