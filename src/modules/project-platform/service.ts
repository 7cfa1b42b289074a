import { z } from 'zod';
import type { Context } from '../../context.js';
import { parseInput, userError } from '../../errors.js';
import { audited } from '../audit/service.js';
import { isOperatorWith } from '../feature/service.js';
import { findProjectTarget } from '../project/service.js';
import { forbidden } from '../../errors.js';

/** Limits, metrics and disabling are the platform's: the operator with platform:write, FORBIDDEN for anyone else. */
async function operatorProject(context: Context, id: string, field: string) {
  if (!isOperatorWith(context, 'platform:write')) {
    throw forbidden('only the platform operator may do this to a project', 'an operator token with platform:write');
  }
  const target = await findProjectTarget(context, id);
  if (!target) throw userError('NOT_FOUND', [field], 'project not found');
  return target;
}

const disabling = z
  .object({
    id: z.string(),
    disabled: z.boolean(),
    reason: z.string().trim().max(1000, 'reason must be at most 1000 characters').nullish(),
    estimatedEndTime: z.date().nullish(),
  })
  .refine((input) => !input.estimatedEndTime || input.estimatedEndTime.getTime() > Date.now(), {
    message: 'estimatedEndTime must be in the future',
    path: ['estimatedEndTime'],
  });

/** Disables a project (with a reason and an estimated end) or enables it again. */
export async function setProjectDisabled(context: Context, input: z.input<typeof disabling>) {
  const data = parseInput(disabling, input);
  const { organizationId, projectId } = await operatorProject(context, data.id, 'id');
  const update = data.disabled
    ? { disabledAt: new Date(), disabledReason: data.reason || null, disabledUntil: data.estimatedEndTime ?? null }
    : { disabledAt: null, disabledReason: null, disabledUntil: null };
  return audited(context, async (tx, audit) => {
    const action = data.disabled ? 'project.disable' : 'project.enable';
    await audit({ organizationId, action, target: { type: 'Project', id: projectId }, changes: update });
    return { project: await tx.project.update({ where: { id: projectId }, data: update }) };
  });
}

/** Dotted names such as `components.jobsParallelism` or `kbc.adminsCount`. */
const LIMIT_NAME = /^[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)+$/;
const limitName = z
  .string()
  .trim()
  .max(100, 'name must be at most 100 characters')
  .regex(LIMIT_NAME, 'name must be dotted, such as components.jobsParallelism');
const kind = z.enum(['LIMIT', 'METRIC']).nullish().transform((value) => value ?? 'LIMIT');

const limitsInput = z.object({
  projectId: z.string(),
  kind,
  limits: z
    .array(z.object({ name: limitName, value: z.number().finite('value must be a finite number') }))
    .min(1, 'name at least one limit')
    .max(100, 'at most 100 limits at once')
    .refine((limits) => new Set(limits.map(({ name }) => name)).size === limits.length, 'each name at most once'),
});

/** Sets limits (or metrics) by name: new names are added, known ones get the new value, others stay. */
export async function setProjectLimits(context: Context, input: z.input<typeof limitsInput>) {
  const data = parseInput(limitsInput, input);
  const { organizationId, projectId } = await operatorProject(context, data.projectId, 'projectId');
  return audited(context, async (tx, audit) => {
    for (const { name, value } of data.limits) {
      await tx.projectLimit.upsert({
        where: { projectId_kind_name: { projectId, kind: data.kind, name } },
        create: { projectId, kind: data.kind, name, value },
        update: { value },
      });
    }
    const changes = { kind: data.kind, limits: Object.fromEntries(data.limits.map(({ name, value }) => [name, value])) };
    await audit({ organizationId, action: 'project.set_limits', target: { type: 'Project', id: projectId }, changes });
    return { project: await tx.project.findUniqueOrThrow({ where: { id: projectId } }) };
  });
}

const removal = z.object({ projectId: z.string(), name: z.string().trim().min(1, 'name must not be empty').max(100), kind });

export async function removeProjectLimit(context: Context, input: z.input<typeof removal>) {
  const data = parseInput(removal, input);
  const { organizationId, projectId } = await operatorProject(context, data.projectId, 'projectId');
  return audited(context, async (tx, audit) => {
    const { count } = await tx.projectLimit.deleteMany({ where: { projectId, kind: data.kind, name: data.name } });
    if (count === 0) throw userError('NOT_FOUND', ['name'], `the project has no ${data.kind.toLowerCase()} of this name`);
    await audit({ organizationId, action: 'project.remove_limit', target: { type: 'Project', id: projectId }, changes: { kind: data.kind, name: data.name } });
    return { project: await tx.project.findUniqueOrThrow({ where: { id: projectId } }) };
  });
}
