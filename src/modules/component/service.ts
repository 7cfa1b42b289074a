import { z } from 'zod';
import type { Context } from '../../context.js';
import { isIdOf, newId } from '../../db/ids.js';
import { isUniqueViolation } from '../../db/errors.js';
import { notFound, parseInput, userError } from '../../errors.js';
import type { Component, ComponentRelease, Prisma } from '../../generated/prisma/client.js';
import { audited } from '../audit/service.js';
import { requireOperator } from '../feature/service.js';
import { schemaProblem } from './json-schema.js';

export const COMPONENT_SLUG = /^[a-z0-9][a-z0-9._-]{0,99}$/i;

/** A component is named by its id or its slug (keboola.ex-db-mysql). */
export function componentKey(text: string): Prisma.ComponentWhereUniqueInput | null {
  if (isIdOf('Component', text)) return { id: text };
  return COMPONENT_SLUG.test(text) ? { slug: text } : null;
}

/** For a root field: the component (every principal reads the catalogue), or NOT_FOUND. */
export async function readComponent<Query extends object>(context: Context, text: string, query: Query = {} as Query) {
  const key = componentKey(text);
  const component = key ? await context.prisma.component.findUnique({ ...query, where: key }) : null;
  if (!component) throw notFound('component');
  return component;
}

/** The component an input names; NOT_FOUND at `field` when there is none. */
export async function existingComponent(context: Context, text: string, field: string): Promise<Component> {
  const key = componentKey(text);
  const component = key ? await context.prisma.component.findUnique({ where: key }) : null;
  if (!component) throw userError('NOT_FOUND', [field], 'component not found');
  return component;
}

/** The release configurations of a component follow unless pinned: the highest number. */
export function latestRelease(tx: Prisma.TransactionClient, componentId: string): Promise<ComponentRelease | null> {
  return tx.componentRelease.findFirst({ where: { componentId }, orderBy: { number: 'desc' } });
}

const CATALOGUE = 'change the component catalogue';
const name = z.string().trim().min(1, 'name must not be empty').max(200, 'name must be at most 200 characters');
const description = z.string().trim().max(5000, 'description must be at most 5000 characters');
const flags = z.array(z.string().trim().regex(/^[A-Za-z0-9._-]{1,100}$/, 'a flag is 1–100 letters, digits, dots, dashes or underscores')).max(50, 'at most 50 flags');
const documentationUrl = z.url({ protocol: /^https?$/, error: 'documentationUrl must be an http(s) URL' }).max(2000);
const componentType = z.enum(['EXTRACTOR', 'WRITER', 'APPLICATION', 'TRANSFORMATION', 'OTHER']);

const newComponent = z.object({
  slug: z.string().trim().regex(COMPONENT_SLUG, 'slug must be 1–100 letters, digits, dots, dashes or underscores, starting with a letter or digit'),
  type: componentType,
  name,
  description: description.nullish().transform((value) => value ?? ''),
  flags: flags.nullish().transform((value) => [...new Set(value ?? [])]),
  documentationUrl: documentationUrl.nullish(),
});

export async function createComponent(context: Context, input: z.input<typeof newComponent>) {
  requireOperator(context, 'component:write', CATALOGUE);
  const data = parseInput(newComponent, input);
  try {
    const component = await audited(context, async (tx, audit) => {
      const created = await tx.component.create({ data: { id: newId('Component'), ...data, documentationUrl: data.documentationUrl ?? null } });
      await audit({ organizationId: null, action: 'component.create', target: { type: 'Component', id: created.id }, changes: data });
      return created;
    });
    return { component };
  } catch (error) {
    if (isUniqueViolation(error, 'slug')) throw userError('ALREADY_EXISTS', ['slug'], 'a component with this slug exists');
    throw error;
  }
}

const componentChanges = z.object({
  id: z.string(),
  type: componentType.nullish(),
  name: name.nullish(),
  description: description.nullish(),
  flags: flags.nullish().transform((value) => (value ? [...new Set(value)] : value)),
  documentationUrl: documentationUrl.nullish(),
});

/** Changes the catalogue entry; a field left out or null keeps its value. Releases never change. */
export async function updateComponent(context: Context, input: z.input<typeof componentChanges>) {
  requireOperator(context, 'component:write', CATALOGUE);
  const { id, ...changes } = parseInput(componentChanges, input);
  const { id: componentId } = await existingComponent(context, id, 'id');
  const update = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined && value !== null));
  const component = await audited(context, async (tx, audit) => {
    await audit({ organizationId: null, action: 'component.update', target: { type: 'Component', id: componentId }, changes: update });
    return tx.component.update({ where: { id: componentId }, data: update });
  });
  return { component };
}

const jsonSchema = (field: string) =>
  z
    .unknown()
    .optional()
    .transform((schema, context) => {
      if (schema === undefined || schema === null) return {};
      const problem = schemaProblem(schema);
      if (problem) context.addIssue({ code: 'custom', message: `${field} is not a usable JSON Schema: ${problem}` });
      return schema as Prisma.InputJsonObject;
    })
    .refine((schema) => JSON.stringify(schema).length <= 200_000, `${field} must be at most 200,000 characters of JSON`);

const newRelease = z.object({
  componentId: z.string(),
  version: z.string().trim().regex(/^[0-9A-Za-z][0-9A-Za-z.+-]{0,49}$/, 'version must be 1–50 letters, digits, dots, pluses or dashes, such as 1.4.0'),
  configurationSchema: jsonSchema('configurationSchema'),
  rowConfigurationSchema: jsonSchema('rowConfigurationSchema'),
  releaseNotes: z.string().max(20_000, 'releaseNotes must be at most 20,000 characters').nullish().transform((value) => value ?? ''),
});

/**
 * Releases a version of a component (a component update): configurations that follow the latest
 * release validate against its schemas from the next change on.
 */
export async function releaseComponentVersion(context: Context, input: z.input<typeof newRelease>) {
  requireOperator(context, 'component:write', CATALOGUE);
  const data = parseInput(newRelease, input);
  const component = await existingComponent(context, data.componentId, 'componentId');
  try {
    const release = await audited(context, async (tx, audit) => {
      await tx.$queryRaw`SELECT id FROM "Component" WHERE id = ${component.id} FOR UPDATE`;
      const number = ((await latestRelease(tx, component.id))?.number ?? 0) + 1;
      const { componentId: _, ...content } = data;
      const created = await tx.componentRelease.create({ data: { id: newId('ComponentRelease'), componentId: component.id, number, ...content } });
      await audit({ organizationId: null, action: 'component.release', target: { type: 'Component', id: component.id }, changes: { version: data.version, number } });
      return created;
    });
    return { release, component };
  } catch (error) {
    if (isUniqueViolation(error, 'version')) throw userError('ALREADY_EXISTS', ['version'], 'this component has a release of this version');
    throw error;
  }
}
