import { z } from 'zod';
import type { Context } from '../../context.js';
import { isIdOf, newId } from '../../db/ids.js';
import { isUniqueViolation } from '../../db/errors.js';
import { parseInput, userError, UserErrors } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { audited } from '../audit/service.js';
import { authorizedProject, existingProject } from '../project/service.js';
import { eventPropertiesOf, mergeEventProperties, type EventProperty, type EventPropertyInput } from './properties.js';

const NAME_MAX = 255;
const name = z.string().trim().min(1, 'name must not be empty').max(NAME_MAX, `name must be at most ${NAME_MAX} characters`);

/** Custom event schemas share the permission of metadata schemas: project ADMINs write, members read. */
/** With `projectId`, a schema of another project is NOT_FOUND too. */
async function authorizedEventSchema(context: Context, id: string, permission: 'metadata-schema:read' | 'metadata-schema:write', projectId?: string | null) {
  const project = projectId == null ? undefined : await authorizedProject(context, projectId, 'metadata-schema:read', 'projectId');
  const target = isIdOf('CustomEventSchema', id)
    ? await context.prisma.customEventSchema.findFirst({ where: { id, project: existingProject(), ...(project ? { projectId: project.projectId } : {}) }, select: { organizationId: true, projectId: true } })
    : null;
  return context.access.authorizeOrNotFound(permission, target, 'custom event schema');
}

function merged(given: EventPropertyInput[], stored: EventProperty[]) {
  const { properties, errors } = mergeEventProperties(given, stored);
  if (errors.length > 0) throw new UserErrors(errors);
  return properties as unknown as Prisma.InputJsonValue;
}

function duplicate(eventName: string) {
  return userError('ALREADY_EXISTS', ['name'], `Duplicated custom_event_schema exists with name ${eventName}`);
}

const newSchema = z.object({ projectId: z.string(), name });

export async function createCustomEventSchema(context: Context, input: z.input<typeof newSchema> & { properties: EventPropertyInput[] }) {
  const data = parseInput(newSchema, input);
  const target = await authorizedProject(context, data.projectId, 'metadata-schema:read', 'projectId');
  await context.access.require('metadata-schema:write', target);
  const properties = merged(input.properties, []);
  try {
    const customEventSchema = await audited(context, async (tx, audit) => {
      if (await tx.customEventSchema.findFirst({ where: { projectId: target.projectId, name: data.name }, select: { id: true } })) throw duplicate(data.name);
      const created = await tx.customEventSchema.create({ data: { id: newId('CustomEventSchema'), ...target, name: data.name, properties } });
      await audit({ organizationId: target.organizationId, projectId: target.projectId, action: 'custom_event_schema.create', target: { type: 'CustomEventSchema', id: created.id }, changes: { name: data.name, properties } });
      return created;
    });
    return { customEventSchema };
  } catch (error) {
    if (isUniqueViolation(error, 'name')) throw duplicate(data.name);
    throw error;
  }
}

/** Merges properties by name: one given replaces the stored one whole (its type may change), the others stay. */
export async function updateCustomEventSchema(context: Context, input: { id: string; projectId?: string | null; properties: EventPropertyInput[] }) {
  const { organizationId, projectId } = await authorizedEventSchema(context, input.id, 'metadata-schema:write', input.projectId);
  const customEventSchema = await audited(context, async (tx, audit) => {
    await tx.$queryRaw`SELECT id FROM "CustomEventSchema" WHERE id = ${input.id} FOR UPDATE`;
    const current = await tx.customEventSchema.findUniqueOrThrow({ where: { id: input.id } });
    const properties = merged(input.properties, eventPropertiesOf(current.properties));
    await audit({ organizationId, projectId, action: 'custom_event_schema.update', target: { type: 'CustomEventSchema', id: input.id }, changes: { properties: input.properties } });
    return tx.customEventSchema.update({ where: { id: input.id }, data: { properties, updatedAt: new Date() } });
  });
  return { customEventSchema };
}

/** Deletes the schema and its properties for good. */
export async function deleteCustomEventSchema(context: Context, id: string, inProject?: string | null) {
  const { organizationId, projectId } = await authorizedEventSchema(context, id, 'metadata-schema:write', inProject);
  await audited(context, async (tx, audit) => {
    const removed = await tx.customEventSchema.delete({ where: { id } });
    await audit({ organizationId, projectId, action: 'custom_event_schema.delete', target: { type: 'CustomEventSchema', id }, changes: { name: removed.name } });
  });
  return { deletedCustomEventSchemaId: id };
}
