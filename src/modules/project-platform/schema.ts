import type { Project as ProjectRow } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { Project } from '../project/schema.js';
import { removeProjectLimit, setProjectDisabled, setProjectLimits } from './service.js';

const ProjectLimitKindEnum = builder.enumType('ProjectLimitKind', {
  description: 'A LIMIT the platform sets on a project, or a METRIC it measures.',
  values: ['LIMIT', 'METRIC'] as const,
});

interface Quantity {
  name: string;
  value: number;
}

const ProjectLimit = builder.objectRef<Quantity>('ProjectLimit').implement({
  description: 'A named limit or metric of a project, such as `kbc.adminsCount` → 10.',
  fields: (t) => ({ name: t.exposeString('name'), value: t.exposeFloat('value') }),
});

builder.prismaObjectFields(Project, (t) => {
  // Limits and metrics are one relation read once for both fields (the same selection merges).
  const quantities = (kind: 'LIMIT' | 'METRIC', description: string) =>
    t.field({
      type: [ProjectLimit],
      nullable: true,
      description,
      // Whoever reads the project: its members, the organization's OWNER and ADMINs, credentials with project:read, the operator.
      authScopes: (project) => ({ permission: { permission: 'project:read', organizationId: project.organizationId, projectId: project.id } }),
      select: { limits: { select: { kind: true, name: true, value: true }, orderBy: { name: 'asc' } } },
      resolve: (project) => project.limits.filter((limit) => limit.kind === kind).map(({ name, value }) => ({ name, value })),
    });
  return {
    limits: quantities('LIMIT', 'The limits the platform operator set on the project, by name.'),
    metrics: quantities('METRIC', 'What the platform measured of the project, by name.'),
    isDisabled: t.boolean({
      description: 'The platform operator disabled the project (setProjectDisabled); it stays disabled until enabled again.',
      select: { disabledAt: true },
      resolve: (project) => project.disabledAt !== null,
    }),
    disabledReason: t.exposeString('disabledReason', { nullable: true }),
    disabledUntil: t.expose('disabledUntil', { type: 'DateTime', nullable: true, description: 'The estimated end of a disabling, when one was given.' }),
  };
});

const projectResult = (t: PayloadFieldBuilder<{ project: ProjectRow }>) => ({
  project: t.field({ type: Project, nullable: true, resolve: (payload) => payload.project }),
});

defineMutation('setProjectDisabled', {
  description: 'Disables a project, with a reason and an estimated end, or enables it again (platform operator with platform:write).',
  input: (t) => ({
    id: t.id(),
    disabled: t.boolean(),
    reason: t.string({ required: false }),
    estimatedEndTime: t.field({ type: 'DateTime', required: false }),
  }),
  payload: projectResult,
  resolve: (input, context) => setProjectDisabled(context, input),
});

const LimitInput = builder.inputType('ProjectLimitInput', {
  fields: (t) => ({ name: t.string(), value: t.float() }),
});

defineMutation('setProjectLimits', {
  description: 'Sets limits (or metrics) of a project by name; others stay (platform operator with platform:write).',
  input: (t) => ({
    projectId: t.id(),
    limits: t.field({ type: [LimitInput] }),
    kind: t.field({ type: ProjectLimitKindEnum, required: false, description: 'LIMIT unless given.' }),
  }),
  payload: projectResult,
  resolve: (input, context) => setProjectLimits(context, input),
});

defineMutation('removeProjectLimit', {
  description: 'Removes one limit (or metric) of a project by name (platform operator with platform:write).',
  input: (t) => ({
    projectId: t.id(),
    name: t.string(),
    kind: t.field({ type: ProjectLimitKindEnum, required: false, description: 'LIMIT unless given.' }),
  }),
  payload: projectResult,
  resolve: (input, context) => removeProjectLimit(context, input),
});
