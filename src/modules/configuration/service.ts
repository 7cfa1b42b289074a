import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { newId } from '../../db/ids.js';
import { isUniqueViolation } from '../../db/errors.js';
import { forbidden, parseInput, userError } from '../../errors.js';
import type { Configuration, Prisma } from '../../generated/prisma/client.js';
import { actorOf, audited } from '../audit/service.js';
import { existingComponent } from '../component/service.js';
import {
  changedFields,
  CONFIGURATION_CONTENT,
  lockConfiguration,
  nextNumber,
  nextVersion,
  requireBase,
  validateContent,
  writeVersion,
} from './history.js';
import { KEY, KEY_RULE, locateConfiguration, projectToWriteIn, type ConfigurationName } from './locate.js';

type Tx = Prisma.TransactionClient;

export const JSON_TEXT_MAX = 1_000_000;

// Grouped by hand: the first toLocaleString of a process loads the locale's number formats (17 ms of every start).
const JSON_TEXT_MAX_SHOWN = String(JSON_TEXT_MAX).replace(/\B(?=(\d{3})+$)/g, ',');

/** A JSON object or array as configurations hold it; at most JSON_TEXT_MAX characters. */
export const jsonDocument = (field: string) =>
  z
    .unknown()
    .refine((value) => typeof value === 'object' && value !== null, `${field} must be a JSON object or array`)
    .refine((value) => JSON.stringify(value).length <= JSON_TEXT_MAX, `${field} must be at most ${JSON_TEXT_MAX_SHOWN} characters of JSON`)
    .transform((value) => value as Prisma.InputJsonValue);

export const name = z.string().min(1, 'name must not be empty').max(255, 'name must be at most 255 characters');
export const description = z.string().max(10_000, 'description must be at most 10,000 characters');
export const changeDescription = z.string().max(2000, 'changeDescription must be at most 2000 characters');
export const key = z.string().regex(KEY, `key ${KEY_RULE}`);

export const naming = {
  configurationId: z.string().nullish(),
  projectId: z.string().nullish(),
  componentId: z.string().nullish(),
  key: z.string().nullish(),
};

const LATEST = 'latest';

/** The release a configuration pins: a version of its component, `latest` to follow the latest (null), or unchanged (undefined). */
async function releaseToPin(tx: Tx, componentId: string, version: string | null | undefined): Promise<string | null | undefined> {
  if (version == null) return undefined;
  if (version === LATEST) return null;
  const release = await tx.componentRelease.findUnique({ where: { componentId_version: { componentId, version } }, select: { id: true } });
  if (!release) throw userError('NOT_FOUND', ['release'], `the component has no release ${version}`);
  return release.id;
}

const newConfiguration = z.object({
  projectId: z.string().nullish(),
  componentId: z.string(),
  key: key.nullish(),
  name,
  description: description.nullish().transform((value) => value ?? ''),
  configuration: jsonDocument('configuration').nullish().transform((value) => value ?? {}),
  state: jsonDocument('state').nullish().transform((value) => value ?? {}),
  isDisabled: z.boolean().nullish().transform((value) => value ?? false),
  release: z.string().nullish(),
  changeDescription: changeDescription.nullish(),
});

/**
 * Creates a configuration at version 1. A key chosen by the creator names one configuration of the
 * component in the project: taken by a live one, ALREADY_EXISTS; by one in the trash, that one is
 * renewed (its history goes on, its rows are dropped), as Keboola does.
 */
export async function createConfiguration(context: Context, input: z.input<typeof newConfiguration>) {
  const data = parseInput(newConfiguration, input);
  const project = await projectToWriteIn(context, data.projectId);
  const component = await existingComponent(context, data.componentId, 'componentId');
  await context.access.require('configuration:write', { ...project, component: component.slug });
  try {
    return await audited(context, async (tx, audit) => {
      const releaseId = (await releaseToPin(tx, component.id, data.release)) ?? null;
      await validateContent(tx, { componentId: component.id, releaseId }, 'configuration', data.configuration, ['configuration']);
      const content = { name: data.name, description: data.description, configuration: data.configuration, state: data.state, isDisabled: data.isDisabled, releaseId };
      const changeNote = data.changeDescription ?? 'Configuration created';
      const trashed = data.key
        ? await tx.configuration.findFirst({ where: { projectId: project.projectId, componentId: component.id, key: data.key, deletedAt: { not: null } } })
        : null;
      let configuration: Configuration;
      if (trashed) {
        const current = await lockConfiguration(tx, trashed.id);
        await tx.configurationRow.updateMany({ where: { configurationId: current.id, deletedAt: null }, data: { deletedAt: new Date() } });
        configuration = await nextVersion(tx, context, current, { ...content, rowsSortOrder: [], deletedAt: null }, changeNote);
      } else {
        const number = await nextNumber(tx, 'Configuration');
        configuration = await tx.configuration.create({
          data: { id: newId('Configuration'), number, key: data.key ?? String(number), organizationId: project.organizationId, projectId: project.projectId, componentId: component.id, ...content },
        });
        await writeVersion(tx, actorOf(context.access.principal), configuration, changeNote);
      }
      const { state: _, ...recorded } = content;
      await audit({ organizationId: project.organizationId, projectId: project.projectId, action: 'configuration.create', target: { type: 'Configuration', id: configuration.id }, changes: { component: component.slug, key: configuration.key, ...recorded } });
      return { configuration };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'key')) throw userError('ALREADY_EXISTS', ['key'], `the component has a configuration ${data.key} in this project`);
    throw error;
  }
}

const configurationChanges = z.object({
  ...naming,
  baseVersion: z.number().int().nullish(),
  name: name.nullish(),
  description: description.nullish(),
  configuration: jsonDocument('configuration').nullish(),
  state: jsonDocument('state').nullish(),
  isDisabled: z.boolean().nullish(),
  release: z.string().nullish(),
  rowsSortOrder: z.array(z.string()).max(10_000).nullish(),
  changeDescription: changeDescription.nullish(),
});

/** A new row order: every live row's key exactly once; an empty list returns to the order of keys. */
async function checkedSortOrder(tx: Tx, configurationId: string, order: string[] | null | undefined): Promise<string[] | undefined> {
  if (!order || order.length === 0) return order ?? undefined;
  const keys = new Set((await tx.configurationRow.findMany({ where: { configurationId, deletedAt: null }, select: { key: true } })).map((row) => row.key));
  const unknown = order.find((rowKey) => !keys.has(rowKey));
  if (unknown !== undefined) throw userError('INVALID', ['rowsSortOrder'], `the configuration has no row ${unknown}`);
  if (new Set(order).size !== order.length || order.length !== keys.size) {
    throw userError('INVALID', ['rowsSortOrder'], 'rowsSortOrder must name every row of the configuration exactly once');
  }
  return order;
}

/**
 * Changes a configuration. Name, description, content, disabled flag, pinned release and row order
 * make a new version; state alone does not, and a change that changes nothing writes nothing.
 */
export async function updateConfiguration(context: Context, input: z.input<typeof configurationChanges>) {
  const data = parseInput(configurationChanges, input);
  const located = await locateConfiguration(context, data, 'configuration:write');
  const configuration = await audited(context, async (tx, audit) => {
    const current = await lockConfiguration(tx, located.id);
    requireBase(current.version, data.baseVersion);
    const releaseId = await releaseToPin(tx, current.componentId, data.release);
    const rowsSortOrder = await checkedSortOrder(tx, current.id, data.rowsSortOrder);
    const proposed = { name: data.name ?? undefined, description: data.description ?? undefined, configuration: data.configuration ?? undefined, isDisabled: data.isDisabled ?? undefined, releaseId, rowsSortOrder };
    const changed = changedFields(current, proposed as Partial<Configuration>, CONFIGURATION_CONTENT);
    const state = data.state != null && !isDeepStrictEqual(data.state, current.state) ? data.state : undefined;
    if (Object.keys(changed).length === 0) {
      if (state === undefined) return current;
      await audit({ organizationId: current.organizationId, projectId: current.projectId, action: 'configuration.state', target: { type: 'Configuration', id: current.id } });
      return tx.configuration.update({ where: { id: current.id }, data: { state } });
    }
    if (changed.configuration !== undefined || changed.releaseId !== undefined) {
      const after = { componentId: current.componentId, releaseId: changed.releaseId !== undefined ? changed.releaseId : current.releaseId };
      await validateContent(tx, after, 'configuration', changed.configuration ?? current.configuration, ['configuration']);
    }
    const updated = await nextVersion(tx, context, current, { ...(changed as Prisma.ConfigurationUpdateInput), state }, data.changeDescription ?? 'Configuration updated');
    await audit({ organizationId: current.organizationId, projectId: current.projectId, action: 'configuration.update', target: { type: 'Configuration', id: current.id }, changes: { version: updated.version, ...changed } });
    return updated;
  });
  return { configuration };
}

/** Sets a configuration's state: what its component remembers between runs. Not versioned. */
export async function updateConfigurationState(context: Context, input: ConfigurationName & { state?: unknown }) {
  const data = parseInput(z.object({ ...naming, state: jsonDocument('state') }), input);
  const located = await locateConfiguration(context, data, 'configuration:write');
  const configuration = await audited(context, async (tx, audit) => {
    await lockConfiguration(tx, located.id);
    await audit({ organizationId: located.organizationId, projectId: located.projectId, action: 'configuration.state', target: { type: 'Configuration', id: located.id } });
    return tx.configuration.update({ where: { id: located.id }, data: { state: data.state } });
  });
  return { configuration };
}

/** Purging the trash: a storage token needs canPurgeTrash; everyone else, configuration:write. */
function requirePurgeRight(context: Context): void {
  const { principal } = context.access;
  if (principal.kind === 'STORAGE_TOKEN' && !principal.storage.canPurgeTrash) {
    throw forbidden('deleting a configuration from the trash needs a storage token with canPurgeTrash', 'a storage token with canPurgeTrash');
  }
}

/** Moves a configuration to the trash (a new version); one already there is deleted for good, with its rows, versions and metadata. */
export async function deleteConfiguration(context: Context, input: ConfigurationName & { changeDescription?: string | null }) {
  const data = parseInput(z.object({ ...naming, changeDescription: changeDescription.nullish() }), input);
  const located = await locateConfiguration(context, data, 'configuration:write', { trashed: 'also' });
  if (located.deletedAt) requirePurgeRight(context);
  return audited(context, async (tx, audit) => {
    const current = await lockConfiguration(tx, located.id);
    const target = { type: 'Configuration' as const, id: current.id };
    if (current.deletedAt) {
      await tx.configuration.delete({ where: { id: current.id } });
      await audit({ organizationId: current.organizationId, projectId: current.projectId, action: 'configuration.purge', target, changes: { key: current.key, name: current.name } });
      return { deletedConfigurationId: current.id, configuration: null };
    }
    const configuration = await nextVersion(tx, context, current, { deletedAt: new Date() }, data.changeDescription ?? 'Configuration deleted', true);
    await audit({ organizationId: current.organizationId, projectId: current.projectId, action: 'configuration.delete', target, changes: { version: configuration.version } });
    return { deletedConfigurationId: current.id, configuration };
  });
}

/** Brings a configuration back from the trash, rows and all (a new version). */
export async function restoreConfiguration(context: Context, input: ConfigurationName & { changeDescription?: string | null }) {
  const data = parseInput(z.object({ ...naming, changeDescription: changeDescription.nullish() }), input);
  const located = await locateConfiguration(context, data, 'configuration:write', { trashed: 'also' });
  if (!located.deletedAt) throw userError('NOT_DELETED', [data.configurationId ? 'configurationId' : 'key'], 'the configuration is not in the trash');
  const configuration = await audited(context, async (tx, audit) => {
    const current = await lockConfiguration(tx, located.id);
    const restored = await nextVersion(tx, context, current, { deletedAt: null }, data.changeDescription ?? 'Configuration restored');
    await audit({ organizationId: current.organizationId, projectId: current.projectId, action: 'configuration.restore', target: { type: 'Configuration', id: current.id }, changes: { version: restored.version } });
    return restored;
  });
  return { configuration };
}
