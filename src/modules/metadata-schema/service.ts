import { z } from 'zod';
import type { Context } from '../../context.js';
import { isIdOf, newId } from '../../db/ids.js';
import { isUniqueViolation } from '../../db/errors.js';
import { parseInput, userError, UserErrors } from '../../errors.js';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.js';
import { audited } from '../audit/service.js';
import { authorizedProject, existingProject } from '../project/service.js';
import { definitionsOf, isCustomRelatedObject, mergeDefinitions, type DefinitionInput, type MetadataDefinition } from './definitions.js';
import { entryViolations, valueSchema, type ValueSchema } from './values.js';

const RELATED_OBJECT_MAX = 100;

const relatedObject = z
  .string()
  .trim()
  .min(1, 'relatedObject must not be empty')
  .max(RELATED_OBJECT_MAX, `relatedObject must be at most ${RELATED_OBJECT_MAX} characters`);

/**
 * The schema with this id and its place, if the caller holds `permission` there; NOT_FOUND otherwise,
 * and also when `projectId` is given and the schema is not of that project.
 */
async function authorizedSchema(context: Context, id: string, permission: 'metadata-schema:read' | 'metadata-schema:write', projectId?: string | null) {
  const project = projectId == null ? undefined : await authorizedProject(context, projectId, 'metadata-schema:read', 'projectId');
  const target = isIdOf('MetadataSchema', id)
    ? await context.prisma.metadataSchema.findFirst({
        where: { id, project: existingProject(), ...(project ? { projectId: project.projectId } : {}) },
        select: { organizationId: true, projectId: true, relatedObject: true },
      })
    : null;
  return context.access.authorizeOrNotFound(permission, target, 'metadata schema');
}

/** The names of the project's custom (nested-object) schemas. */
async function customSchemaNames(tx: Prisma.TransactionClient, projectId: string): Promise<Set<string>> {
  const schemas = await tx.metadataSchema.findMany({ where: { projectId }, select: { relatedObject: true } });
  return new Set(schemas.map((schema) => schema.relatedObject).filter(isCustomRelatedObject));
}

async function checkedDefinitions(tx: Prisma.TransactionClient, projectId: string, related: string, given: DefinitionInput[], stored: MetadataDefinition[]) {
  const needsCustomSchemas = given.some((definition) => definition.type === 'object');
  const place = {
    custom: isCustomRelatedObject(related),
    customSchemas: needsCustomSchemas ? await customSchemaNames(tx, projectId) : new Set<string>(),
    stored: new Map(stored.map((definition) => [definition.name, definition])),
  };
  const { definitions, errors } = mergeDefinitions(given, place);
  if (errors.length > 0) throw new UserErrors(errors);
  return definitions as unknown as Prisma.InputJsonValue;
}

function duplicate(related: string) {
  return userError('ALREADY_EXISTS', ['relatedObject'], `Duplicated metadata schema exists with related_object ${related}`);
}

const newSchema = z.object({ projectId: z.string(), relatedObject, allowDefinedOnly: z.boolean().nullish() });

export async function createMetadataSchema(context: Context, input: z.input<typeof newSchema> & { properties: DefinitionInput[] }) {
  const data = parseInput(newSchema, input);
  const target = await authorizedProject(context, data.projectId, 'metadata-schema:read', 'projectId');
  await context.access.require('metadata-schema:write', target);
  try {
    const metadataSchema = await audited(context, async (tx, audit) => {
      if (await tx.metadataSchema.findFirst({ where: { projectId: target.projectId, relatedObject: data.relatedObject }, select: { id: true } })) {
        throw duplicate(data.relatedObject);
      }
      const properties = await checkedDefinitions(tx, target.projectId, data.relatedObject, input.properties, []);
      const created = await tx.metadataSchema.create({
        data: { id: newId('MetadataSchema'), ...target, relatedObject: data.relatedObject, allowDefinedOnly: data.allowDefinedOnly ?? false, properties },
      });
      const changes = { relatedObject: created.relatedObject, allowDefinedOnly: created.allowDefinedOnly, properties };
      await audit({ organizationId: target.organizationId, projectId: target.projectId, action: 'metadata_schema.create', target: { type: 'MetadataSchema', id: created.id }, changes });
      return created;
    });
    return { metadataSchema };
  } catch (error) {
    if (isUniqueViolation(error, 'relatedObject')) throw duplicate(data.relatedObject);
    throw error;
  }
}

const schemaChanges = z.object({ id: z.string(), projectId: z.string().nullish(), allowDefinedOnly: z.boolean().nullish() });

/** Merges the definitions given into the stored ones by name; allowDefinedOnly changes when given. */
export async function updateMetadataSchema(context: Context, input: z.input<typeof schemaChanges> & { properties: DefinitionInput[] }) {
  const data = parseInput(schemaChanges, input);
  const target = await authorizedSchema(context, data.id, 'metadata-schema:write', data.projectId);
  const metadataSchema = await audited(context, async (tx, audit) => {
    await tx.$queryRaw`SELECT id FROM "MetadataSchema" WHERE id = ${data.id} FOR UPDATE`;
    const current = await tx.metadataSchema.findUniqueOrThrow({ where: { id: data.id } });
    const properties = await checkedDefinitions(tx, target.projectId, current.relatedObject, input.properties, definitionsOf(current.properties));
    const allowDefinedOnly = data.allowDefinedOnly ?? current.allowDefinedOnly;
    const changes = { allowDefinedOnly, properties: input.properties };
    await audit({ organizationId: target.organizationId, projectId: target.projectId, action: 'metadata_schema.update', target: { type: 'MetadataSchema', id: data.id }, changes });
    return tx.metadataSchema.update({ where: { id: data.id }, data: { allowDefinedOnly, properties, updatedAt: new Date() } });
  });
  return { metadataSchema };
}

/** Removes the schema and its definitions for good; metadata values already set stay as they are. */
export async function deleteMetadataSchema(context: Context, id: string, inProject?: string | null) {
  const { organizationId, projectId } = await authorizedSchema(context, id, 'metadata-schema:write', inProject);
  await audited(context, async (tx, audit) => {
    const removed = await tx.metadataSchema.delete({ where: { id } });
    await audit({ organizationId, projectId, action: 'metadata_schema.delete', target: { type: 'MetadataSchema', id }, changes: { relatedObject: removed.relatedObject } });
  });
  return { deletedMetadataSchemaId: id };
}

/** The schema a kind of object in a project is checked against, with the custom schemas its object definitions name. */
async function schemaToCheck(prisma: PrismaClient, projectId: string, relatedObject: string) {
  const schema = await prisma.metadataSchema.findUnique({ where: { projectId_relatedObject: { projectId, relatedObject } } });
  if (!schema) return null;
  const definitions = definitionsOf(schema.properties);
  const objectTypes = [...new Set(definitions.flatMap((d) => (d.type === 'object' && !d.deleted && d.objectType ? [d.objectType] : [])))];
  const nestedRows = objectTypes.length > 0 ? await prisma.metadataSchema.findMany({ where: { projectId, relatedObject: { in: objectTypes } } }) : [];
  const nested = new Map<string, ValueSchema>(nestedRows.map((row) => [row.relatedObject, valueSchema(row.allowDefinedOnly, definitionsOf(row.properties))]));
  return { schema: valueSchema(schema.allowDefinedOnly, definitions), nested };
}

/**
 * Refuses metadata entries that the project's schema for their kind of object (`project`,
 * `configuration`) does not allow: each violation a userError at the entry, worded as Voucherify
 * words it (`Property .metadata.size must be number`). No schema, no check.
 */
export async function checkMetadataEntries(context: Context, projectId: string, relatedObject: string, entries: { key: string; value: string }[]) {
  const found = await schemaToCheck(context.prisma, projectId, relatedObject);
  if (!found) return;
  const violations = entryViolations(relatedObject, found.schema, entries, found.nested);
  if (violations.length === 0) return;
  throw new UserErrors(
    violations.map((violation) => ({
      code: 'INVALID',
      field: ['input', 'entries', String(violation.index), violation.field],
      message: `Property ${violation.path} ${violation.message}`,
    })),
  );
}
