import { z } from 'zod';
import type { Context } from '../../context.js';
import { isUniqueViolation } from '../../db/errors.js';
import { isIdOf, newId } from '../../db/ids.js';
import { badUserInput, parseInput, userError } from '../../errors.js';
import type { CampaignTemplate, CampaignType, Prisma } from '../../generated/prisma/client.js';
import { audited } from '../audit/service.js';
import { authorizedProject, existingProject, findProjectTarget } from '../project/service.js';

export const CAMPAIGN_TYPES = ['DISCOUNT_COUPONS', 'GIFT_VOUCHERS'] as const satisfies readonly CampaignType[];

const name = z.string().trim().min(1, 'name must not be empty').max(200, 'name must be at most 200 characters');
const description = z.string().max(2000, 'description must be at most 2000 characters');

function duplicateName(templateName: string) {
  return userError('ALREADY_EXISTS', ['name'], `a campaign template named "${templateName}" exists in the project already`);
}

/** Runs a write that may meet the name's uniqueness in the project; a clash is the userError, whichever writer got there first. */
async function withUniqueName<T>(templateName: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, 'name')) throw duplicateName(templateName);
    throw error;
  }
}

async function refuseTakenName(context: Context, projectId: string, templateName: string, exceptId?: string) {
  const taken = await context.prisma.campaignTemplate.findFirst({ where: { projectId, name: templateName, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (taken) throw duplicateName(templateName);
}

/** The template with this id (of this project, when one is named) if the caller holds `permission` there; NOT_FOUND otherwise. */
async function authorizedTemplate(
  context: Context,
  id: string,
  projectId: string | null | undefined,
  permission: 'campaign-template:read' | 'campaign-template:write',
): Promise<CampaignTemplate> {
  const project = projectId ? await authorizedProject(context, projectId, 'campaign-template:read', 'projectId') : null;
  const row = isIdOf('CampaignTemplate', id)
    ? await context.prisma.campaignTemplate.findFirst({ where: { id, project: existingProject(), ...(project ? { projectId: project.projectId } : {}) } })
    : null;
  await context.access.authorizeOrNotFound(permission, row, 'campaign template');
  return row!;
}

const newTemplate = z.object({ projectId: z.string(), name, description: description.nullish(), campaignType: z.enum(CAMPAIGN_TYPES) });

export async function createCampaignTemplate(context: Context, input: z.input<typeof newTemplate>) {
  const data = parseInput(newTemplate, input);
  const target = await authorizedProject(context, data.projectId, 'campaign-template:read', 'projectId');
  await context.access.require('campaign-template:write', target);
  await refuseTakenName(context, target.projectId, data.name);
  const campaignTemplate = await withUniqueName(data.name, () =>
    audited(context, async (tx, audit) => {
      const fields = { name: data.name, description: data.description ?? null, campaignType: data.campaignType };
      const created = await tx.campaignTemplate.create({ data: { id: newId('CampaignTemplate'), ...target, ...fields } });
      await audit({ organizationId: target.organizationId, projectId: target.projectId, action: 'campaign_template.create', target: { type: 'CampaignTemplate', id: created.id }, changes: { projectId: target.projectId, ...fields } });
      return created;
    }),
  );
  return { campaignTemplate };
}

const templateChanges = z.object({ id: z.string(), projectId: z.string().nullish(), name: name.nullish(), description: description.nullish() });

/** Changes the name or description given; a null description clears it. The campaign type stays what it was made with. */
export async function updateCampaignTemplate(context: Context, input: z.input<typeof templateChanges>) {
  const data = parseInput(templateChanges, input);
  const stored = await authorizedTemplate(context, data.id, data.projectId, 'campaign-template:write');
  const changes = { name: data.name ?? undefined, description: 'description' in input ? (data.description ?? null) : undefined };
  if (changes.name) await refuseTakenName(context, stored.projectId, changes.name, stored.id);
  const campaignTemplate = await withUniqueName(changes.name ?? stored.name, () =>
    audited(context, async (tx, audit) => {
      await audit({ organizationId: stored.organizationId, projectId: stored.projectId, action: 'campaign_template.update', target: { type: 'CampaignTemplate', id: stored.id }, changes });
      return tx.campaignTemplate.update({ where: { id: stored.id }, data: { ...changes, updatedAt: new Date() } });
    }),
  );
  return { campaignTemplate };
}

export async function deleteCampaignTemplate(context: Context, input: { id: string; projectId?: string | null }) {
  const stored = await authorizedTemplate(context, input.id, input.projectId, 'campaign-template:write');
  await audited(context, async (tx, audit) => {
    await tx.campaignTemplate.delete({ where: { id: stored.id } });
    await audit({ organizationId: stored.organizationId, projectId: stored.projectId, action: 'campaign_template.delete', target: { type: 'CampaignTemplate', id: stored.id }, changes: { name: stored.name } });
  });
  return { deletedCampaignTemplateId: stored.id };
}

const copyInput = z.object({
  id: z.string(),
  projectId: z.string().nullish(),
  name,
  description: description.nullish(),
  destinationProjectId: z.string(),
});

/**
 * Copies a template into a project of the same organization (a project of another one answers as
 * missing) under a name not taken there; the caller must be able to write templates there. Left out,
 * the description is the source's; null leaves the copy without one.
 */
export async function copyCampaignTemplate(context: Context, input: z.input<typeof copyInput>) {
  const data = parseInput(copyInput, input);
  const source = await authorizedTemplate(context, data.id, data.projectId, 'campaign-template:read');
  const destination = await findProjectTarget(context, data.destinationProjectId);
  const sameOrganization = destination && destination.organizationId === source.organizationId ? destination : null;
  await context.access.authorizeOrNotFound('campaign-template:read', sameOrganization, 'project', 'destinationProjectId');
  await context.access.require('campaign-template:write', sameOrganization!);
  const projectId = sameOrganization!.projectId;
  await refuseTakenName(context, projectId, data.name);
  const campaignTemplate = await withUniqueName(data.name, () =>
    audited(context, async (tx, audit) => {
      const fields = {
        name: data.name,
        description: 'description' in input ? (data.description ?? null) : source.description,
        campaignType: source.campaignType,
      };
      const copy = await tx.campaignTemplate.create({ data: { id: newId('CampaignTemplate'), organizationId: source.organizationId, projectId, ...fields } });
      await audit({
        organizationId: source.organizationId,
        projectId,
        action: 'campaign_template.copy',
        target: { type: 'CampaignTemplate', id: copy.id },
        changes: { sourceId: source.id, sourceProjectId: source.projectId, projectId, ...fields },
      });
      return copy;
    }),
  );
  return { campaignTemplate };
}

// Listing: Voucherify's filters (conditions per field, joined by one junction), order and cursor.

export interface StringConditions {
  in?: readonly string[] | null;
  notIn?: readonly string[] | null;
  is?: string | null;
  isNot?: string | null;
  hasValue?: boolean | null;
  isUnknown?: boolean | null;
  startsWith?: string | null;
  endsWith?: string | null;
  contains?: string | null;
  notContain?: string | null;
}

export interface TemplateFilter {
  junction?: 'AND' | 'OR' | null;
  id?: StringConditions | null;
  name?: StringConditions | null;
  campaignType?: StringConditions | null;
}

export type TemplateOrder = 'CREATED_AT_ASC' | 'ID_ASC' | 'ID_DESC';

const MAX_VALUES = 100;
const MAX_TEXT = 200;
const NOTHING: Prisma.CampaignTemplateWhereInput = { id: { in: [] } };

function checkConditions(field: string, conditions: StringConditions) {
  for (const [key, value] of Object.entries(conditions)) {
    const texts = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    if (Array.isArray(value) && value.length > MAX_VALUES) throw badUserInput(`filter.${field}.${key} takes at most ${MAX_VALUES} values`);
    if (texts.some((text) => text.length > MAX_TEXT)) throw badUserInput(`filter.${field}.${key} takes values of at most ${MAX_TEXT} characters`);
  }
}

/** Prisma hands startsWith, endsWith and contains to LIKE as they are: its wildcards are escaped to match themselves. */
const literal = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** One where clause per condition of a text field (id and name are never empty, so hasValue and isUnknown are settled). */
function textConditions(field: 'id' | 'name', c: StringConditions): Prisma.CampaignTemplateWhereInput[] {
  const where: Prisma.CampaignTemplateWhereInput[] = [];
  if (c.in) where.push({ [field]: { in: [...c.in] } });
  if (c.notIn) where.push({ [field]: { notIn: [...c.notIn] } });
  if (c.is != null) where.push({ [field]: c.is });
  if (c.isNot != null) where.push({ [field]: { not: c.isNot } });
  if (c.hasValue != null) where.push(c.hasValue ? {} : NOTHING);
  if (c.isUnknown != null) where.push(c.isUnknown ? NOTHING : {});
  if (c.startsWith != null) where.push({ [field]: { startsWith: literal(c.startsWith) } });
  if (c.endsWith != null) where.push({ [field]: { endsWith: literal(c.endsWith) } });
  if (c.contains != null) where.push({ [field]: { contains: literal(c.contains) } });
  if (c.notContain != null) where.push({ NOT: { [field]: { contains: literal(c.notContain) } } });
  return where;
}

/** The campaign type is an enum: its text conditions are settled here, as the set of types they leave. */
function typeConditions(c: StringConditions): Prisma.CampaignTemplateWhereInput[] {
  const kept = (test: (type: string) => boolean): Prisma.CampaignTemplateWhereInput => ({ campaignType: { in: CAMPAIGN_TYPES.filter(test) } });
  const where: Prisma.CampaignTemplateWhereInput[] = [];
  if (c.in) where.push(kept((type) => c.in!.includes(type)));
  if (c.notIn) where.push(kept((type) => !c.notIn!.includes(type)));
  if (c.is != null) where.push(kept((type) => type === c.is));
  if (c.isNot != null) where.push(kept((type) => type !== c.isNot));
  if (c.hasValue != null) where.push(c.hasValue ? {} : NOTHING);
  if (c.isUnknown != null) where.push(c.isUnknown ? NOTHING : {});
  if (c.startsWith != null) where.push(kept((type) => type.startsWith(c.startsWith!)));
  if (c.endsWith != null) where.push(kept((type) => type.endsWith(c.endsWith!)));
  if (c.contains != null) where.push(kept((type) => type.includes(c.contains!)));
  if (c.notContain != null) where.push(kept((type) => !type.includes(c.notContain!)));
  return where;
}

export function filterWhere(filter: TemplateFilter | null | undefined): Prisma.CampaignTemplateWhereInput {
  if (!filter) return {};
  const parts: Prisma.CampaignTemplateWhereInput[] = [];
  for (const field of ['id', 'name', 'campaignType'] as const) {
    const conditions = filter[field];
    if (!conditions) continue;
    checkConditions(field, conditions);
    parts.push(...(field === 'campaignType' ? typeConditions(conditions) : textConditions(field, conditions)));
  }
  if (parts.length === 0) return {};
  return filter.junction === 'OR' ? { OR: parts } : { AND: parts };
}

export const ORDERS: Record<TemplateOrder, Prisma.CampaignTemplateOrderByWithRelationInput[]> = {
  CREATED_AT_ASC: [{ createdAt: 'asc' }, { id: 'asc' }],
  ID_ASC: [{ id: 'asc' }],
  ID_DESC: [{ id: 'desc' }],
};

/**
 * The page position after a template, as a Prisma cursor. A template the caller may not read (or
 * none) places the page nowhere: the page is empty, telling nothing about other projects' templates.
 */
export async function startingAfter(context: Context, id: string): Promise<Pick<Prisma.CampaignTemplateFindManyArgs, 'cursor' | 'skip' | 'where'>> {
  const template = isIdOf('CampaignTemplate', id)
    ? await context.prisma.campaignTemplate.findUnique({ where: { id }, select: { organizationId: true, projectId: true } })
    : null;
  if (!template || !(await context.access.can('campaign-template:read', template))) return { where: NOTHING };
  return { cursor: { id }, skip: 1 };
}
