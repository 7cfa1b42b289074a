import { z } from 'zod';
import type { Context } from '../../context.js';
import { isUniqueViolation } from '../../db/errors.js';
import { isIdOf, newId } from '../../db/ids.js';
import { parseInput, userError, UserErrors, type UserError } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { audited } from '../audit/service.js';
import { authorizedProject, existingProject } from '../project/service.js';

/** Voucherify's `permission_reminder` when none is given. */
export const DEFAULT_PERMISSION_REMINDER = 'You are receiving this email because you opted in at our website.';

// Messages worded as Voucherify's validator words them.
const text = (max: number) => z.string().trim().min(1, 'must NOT have fewer than 1 characters').max(max, `must NOT have more than ${max} characters`);
const url = z
  .string()
  .trim()
  .max(2048, 'must NOT have more than 2048 characters')
  .refine((value) => /^https?:\/\/[^\s/]+/i.test(value) && URL.canParse(value), 'must match format "uri"');
const email = z
  .string()
  .trim()
  .max(254, 'must NOT have more than 254 characters')
  .refine((value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), 'must match format "email"');

const fields = {
  name: text(200),
  privacyPolicyUrl: url,
  termsOfUseUrl: url,
  permissionReminder: text(1000),
  websiteUrl: url,
  street: text(200),
  city: text(200),
  postal: text(50),
  state: text(200),
  country: text(200),
  email,
  phone: text(50),
};
/** Fields a brand may be without: null clears them. */
const CLEARABLE = new Set(['privacyPolicyUrl', 'termsOfUseUrl', 'websiteUrl', 'postal', 'state', 'phone']);

interface BrandInput {
  name?: string | null;
  privacyPolicyUrl?: string | null;
  termsOfUseUrl?: string | null;
  permissionReminder?: string | null;
  websiteUrl?: string | null;
  address?: { street?: string | null; city?: string | null; postal?: string | null; state?: string | null; country?: string | null } | null;
  contact?: { email?: string | null; phone?: string | null } | null;
}

/** The input's fields by column, with their path in the input (address and contact are nested there). */
function columnsOf(input: BrandInput): Map<string, { path: string[]; value: unknown }> {
  const columns = new Map<string, { path: string[]; value: unknown }>();
  const add = (group: string[], values: object | null | undefined) => {
    for (const [key, value] of Object.entries(values ?? {})) if (key in fields) columns.set(key, { path: [...group, key], value });
  };
  const { address, contact, ...brand } = input;
  add([], brand);
  add(['address'], address);
  add(['contact'], contact);
  return columns;
}

/**
 * The columns the input sets, validated: a value given, or null for a field a brand may be without.
 * A null for a field a brand must have changes nothing (a new brand gets its default).
 */
function validColumns(input: BrandInput): Prisma.BrandUpdateInput {
  const errors: UserError[] = [];
  const columns: Record<string, string | null> = {};
  for (const [column, { path, value }] of columnsOf(input)) {
    if (value === null || value === undefined) {
      if (value === null && CLEARABLE.has(column)) columns[column] = null;
      continue;
    }
    const parsed = fields[column as keyof typeof fields].safeParse(value);
    if (parsed.success) columns[column] = parsed.data;
    else errors.push(...parsed.error.issues.map((issue): UserError => ({ code: issue.code === 'too_big' ? 'TOO_LONG' : 'INVALID', field: ['input', ...path], message: issue.message })));
  }
  if (errors.length > 0) throw new UserErrors(errors);
  return columns as Prisma.BrandUpdateInput;
}

const newBrand = z.object({ projectId: z.string() }).passthrough();

/** A project's brand; a project that has one already is refused (ALREADY_EXISTS). */
export async function createBrand(context: Context, input: BrandInput & { projectId: string }) {
  const { projectId } = parseInput(newBrand, input);
  const columns = validColumns(input);
  const target = await authorizedProject(context, projectId, 'brand:read', 'projectId');
  await context.access.require('brand:write', target);
  const exists = () => userError('ALREADY_EXISTS', ['projectId'], 'the project has a brand already; update it instead');
  if (await context.prisma.brand.findUnique({ where: { projectId: target.projectId }, select: { id: true } })) throw exists();
  try {
    const brand = await audited(context, async (tx, audit) => {
      const data = { permissionReminder: DEFAULT_PERMISSION_REMINDER, ...columns } as Prisma.BrandUncheckedCreateInput;
      const created = await tx.brand.create({ data: { ...data, id: newId('Brand'), ...target } });
      await audit({ organizationId: target.organizationId, projectId: target.projectId, action: 'brand.create', target: { type: 'Brand', id: created.id }, changes: { projectId: target.projectId, ...columns } });
      return created;
    });
    return { brand };
  } catch (error) {
    if (isUniqueViolation(error, 'projectId')) throw exists();
    throw error;
  }
}

/** The brand with this id (of this project, when one is named) if the caller may change it; NOT_FOUND otherwise. */
async function changeableBrand(context: Context, id: string, projectId: string | null | undefined) {
  const project = projectId ? await authorizedProject(context, projectId, 'brand:read', 'projectId') : null;
  const row = isIdOf('Brand', id)
    ? await context.prisma.brand.findFirst({
        where: { id, project: existingProject(), ...(project ? { projectId: project.projectId } : {}) },
        select: { id: true, organizationId: true, projectId: true, name: true },
      })
    : null;
  await context.access.authorizeOrNotFound('brand:write', row, 'brand');
  return row!;
}

/** Changes the fields given; null clears a field a brand may be without. */
export async function updateBrand(context: Context, input: BrandInput & { id: string; projectId?: string | null }) {
  const { id, projectId, ...changes } = input;
  const columns = validColumns(changes);
  const stored = await changeableBrand(context, id, projectId);
  const brand = await audited(context, async (tx, audit) => {
    await audit({ organizationId: stored.organizationId, projectId: stored.projectId, action: 'brand.update', target: { type: 'Brand', id }, changes: columns });
    return tx.brand.update({ where: { id }, data: { ...columns, updatedAt: new Date() } });
  });
  return { brand };
}

export async function deleteBrand(context: Context, input: { id: string; projectId?: string | null }) {
  const stored = await changeableBrand(context, input.id, input.projectId);
  await audited(context, async (tx, audit) => {
    await tx.brand.delete({ where: { id: stored.id } });
    await audit({ organizationId: stored.organizationId, projectId: stored.projectId, action: 'brand.delete', target: { type: 'Brand', id: stored.id }, changes: { projectId: stored.projectId, name: stored.name } });
  });
  return { deletedBrandId: stored.id };
}
