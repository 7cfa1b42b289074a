import type { Context } from '../../context.js';
import { notFound, userError } from '../../errors.js';
import type { Prisma, ProjectTemplate } from '../../generated/prisma/client.js';

/** Hidden templates (system ones) are the operator's alone; everyone else sees the others. */
export function templateVisibility(context: Context): Prisma.ProjectTemplateWhereInput {
  return context.access.principal.kind === 'OPERATOR' ? {} : { hidden: false };
}

const TEMPLATE_ID = /^[A-Za-z0-9_-]{1,64}$/;

async function visibleTemplate(context: Context, id: string, query: object = {}): Promise<ProjectTemplate | null> {
  if (!TEMPLATE_ID.test(id)) return null;
  return context.prisma.projectTemplate.findFirst({ ...query, where: { AND: [{ id }, templateVisibility(context)] } });
}

/** For a root field: the template, or NOT_FOUND for a hidden or unknown one. */
export async function readTemplate<Query extends object>(context: Context, id: string, query: Query): Promise<ProjectTemplate> {
  const template = await visibleTemplate(context, id, query);
  if (!template) throw notFound('project template');
  return template;
}

/** A template to make or mark a project with, with its features; NOT_FOUND at `field` for a hidden or unknown one. */
export async function templateToUse(context: Context, id: string, field = 'templateId') {
  const template = await visibleTemplate(context, id, { include: { features: { select: { featureId: true } } } });
  if (!template) throw userError('NOT_FOUND', [field], 'project template not found');
  return template as ProjectTemplate & { features: { featureId: string }[] };
}
