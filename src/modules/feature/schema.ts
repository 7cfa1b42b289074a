import type { Feature as FeatureRow, Project as ProjectRow, ProjectTemplate as TemplateRow, User as UserRow } from '../../generated/prisma/client.js';
import { scopesGrant } from '../../access/permissions.js';
import type { Context } from '../../context.js';
import { builder } from '../../graphql/builder.js';
import { linkedNodes, type ConnectionQuery } from '../../graphql/linked-connection.js';
import { defineMutation, removedId, type InputFieldBuilder, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { Project } from '../project/schema.js';
import { ProjectTemplate } from '../project-template/schema.js';
import { User } from '../user/schema.js';
import {
  addTemplateFeature,
  canSeeFeature,
  createFeature,
  deleteFeature,
  disableProjectFeature,
  disableUserFeature,
  enableProjectFeature,
  enableUserFeature,
  featureVisibility,
  readFeature,
  removeTemplateFeature,
  updateFeature,
} from './service.js';

export const FeatureTypeEnum = builder.enumType('FeatureType', {
  description: 'Whom a feature is switched on for: a project, or a user (Keboola\'s `admin` features).',
  values: ['PROJECT', 'USER'] as const,
});

/** An entry of the platform's feature catalogue (a feature flag). */
export const Feature = builder.prismaNode('Feature', {
  id: { field: 'id' },
  description: 'A feature of the platform catalogue, switched on for projects, users and project templates.',
  // The operator sees the whole catalogue; everyone else, only what project admins manage via the API.
  authScopes: (feature, context) => canSeeFeature(context, feature),
  fields: (t) => ({
    databaseId: t.exposeInt('number', { description: 'A stable integer for clients that decode ids as integers (the Keboola dialect); `id` everywhere else.' }),
    name: t.exposeString('name', { description: 'Unique; how assignments name the feature.' }),
    type: t.expose('type', { type: FeatureTypeEnum }),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    canBeManagedByAdmin: t.exposeBoolean('canBeManagedByAdmin', {
      description: "A project's admins may switch it for their project (a user, for itself).",
    }),
    canBeManagedViaApi: t.exposeBoolean('canBeManagedViaApi', { description: 'It may be switched through the API at all.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  features: t.prismaConnection({
    type: 'Feature',
    cursor: 'id',
    description: 'The feature catalogue by name: all of it for the platform operator; for everyone else, the features project admins manage via the API.',
    args: { type: t.arg({ type: FeatureTypeEnum, required: false }) },
    resolve: (query, _root, { type }, context) =>
      context.prisma.feature.findMany({
        ...query,
        where: { AND: [featureVisibility(context), type ? { type } : {}] },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      }),
  }),
  feature: t.prismaField({
    type: 'Feature',
    nullable: true,
    description: 'A feature by its id, number or name; NOT_FOUND for one the caller may not see.',
    args: { id: t.arg.id() },
    resolve: (query, _root, { id }, context) => readFeature(context, id, query),
  }),
}));

/** The names of a holder's features, read with the holder's own query (one statement per level). */
const featureNames = { select: { feature: { select: { name: true } } }, orderBy: { feature: { name: 'asc' } } } as const;

builder.prismaObjectField(Project, 'features', (t) =>
  t.stringList({
    description: 'The names of the features switched on for the project.',
    select: { features: featureNames },
    resolve: (project) => project.features.map(({ feature }) => feature.name),
  }),
);

builder.prismaObjectField(User, 'features', (t) =>
  t.stringList({
    description: 'The names of the features switched on for the user.',
    select: { features: featureNames },
    resolve: (user) => user.features.map(({ feature }) => feature.name),
  }),
);

/** The platform operator holding this permission reads whom a feature is switched on for. */
const operatorWith = (permission: 'project:read' | 'member:read') => (_feature: unknown, _args: unknown, context: Context) => {
  const { principal } = context.access;
  return principal.kind === 'OPERATOR' && scopesGrant(principal.scopes, permission);
};

builder.prismaObjectField(Feature, 'projects', (t) =>
  t.prismaConnection({
    type: 'Project',
    cursor: 'id',
    nullable: true,
    description: 'The projects the feature is switched on for, oldest first; deleted ones are left out. The platform operator with project:read.',
    authScopes: operatorWith('project:read'),
    resolve: (query, feature, _args, context) =>
      linkedNodes(context, feature.id, query as ConnectionQuery, {
        field: 'Feature.projects',
        links: async (featureIds) =>
          (
            await context.prisma.projectFeature.findMany({
              where: { featureId: { in: featureIds }, project: { deleteAt: null } },
              select: { featureId: true, projectId: true },
              orderBy: [{ project: { createdAt: 'asc' } }, { projectId: 'asc' }],
            })
          ).map((link) => ({ parentId: link.featureId, nodeId: link.projectId })),
        nodes: (selection, ids) => context.prisma.project.findMany({ ...selection, where: { id: { in: ids } } }),
      }),
  }),
);

builder.prismaObjectField(Feature, 'users', (t) =>
  t.prismaConnection({
    type: 'User',
    cursor: 'id',
    nullable: true,
    description: 'The users the feature is switched on for (Keboola’s admins), oldest first. The platform operator with member:read.',
    authScopes: operatorWith('member:read'),
    resolve: (query, feature, _args, context) =>
      linkedNodes(context, feature.id, query as ConnectionQuery, {
        field: 'Feature.users',
        links: async (featureIds) =>
          (
            await context.prisma.userFeature.findMany({
              where: { featureId: { in: featureIds } },
              select: { featureId: true, userId: true },
              orderBy: [{ user: { createdAt: 'asc' } }, { userId: 'asc' }],
            })
          ).map((link) => ({ parentId: link.featureId, nodeId: link.userId })),
        nodes: (selection, ids) => context.prisma.user.findMany({ ...selection, where: { id: { in: ids } } }),
      }),
  }),
);

const featureResult = (t: PayloadFieldBuilder<{ feature: FeatureRow }>) => ({
  feature: t.field({ type: Feature, nullable: true, resolve: (payload) => payload.feature }),
});

const featureFlags = (t: InputFieldBuilder) => ({
  canBeManagedByAdmin: t.boolean({ required: false }),
  canBeManagedViaApi: t.boolean({ required: false }),
});

defineMutation('createFeature', {
  description: 'Adds a feature to the catalogue (platform operator with feature:write).',
  input: (t) => ({
    name: t.string(),
    type: t.field({ type: FeatureTypeEnum }),
    title: t.string(),
    description: t.string(),
    ...featureFlags(t),
  }),
  payload: featureResult,
  resolve: (input, context) => createFeature(context, input),
});

defineMutation('updateFeature', {
  description: 'Changes a feature of the catalogue (platform operator with feature:write); its name and type stay.',
  input: (t) => ({ id: t.id({ description: 'The id, number or name.' }), title: t.string({ required: false }), description: t.string({ required: false }), ...featureFlags(t) }),
  payload: featureResult,
  resolve: (input, context) => updateFeature(context, input),
});

defineMutation('deleteFeature', {
  description: 'Removes a feature from the catalogue and from every project, user and template (platform operator with feature:write).',
  input: (t) => ({ id: t.id({ description: 'The id, number or name.' }) }),
  payload: removedId('deletedFeatureId'),
  resolve: (input, context) => deleteFeature(context, input.id),
});

const projectAssignment = (t: InputFieldBuilder) => ({ projectId: t.id(), feature: t.string({ description: 'The feature\'s name.' }) });
const projectResult = (t: PayloadFieldBuilder<{ project: ProjectRow }>) => ({
  project: t.field({ type: Project, nullable: true, resolve: (payload) => payload.project }),
});

defineMutation('enableProjectFeature', {
  description:
    'Switches a PROJECT feature on for a project: the platform operator (platform:write) any feature manageable via the API; whoever may change the project, those its admins may manage.',
  input: projectAssignment,
  payload: projectResult,
  resolve: (input, context) => enableProjectFeature(context, input),
});

defineMutation('disableProjectFeature', {
  description: 'Switches a PROJECT feature off for a project; who may: as enableProjectFeature.',
  input: projectAssignment,
  payload: projectResult,
  resolve: (input, context) => disableProjectFeature(context, input),
});

const userAssignment = (t: InputFieldBuilder) => ({
  userId: t.id({ description: 'The id, number or e-mail address.' }),
  feature: t.string({ description: 'The feature\'s name.' }),
});
const userResult = (t: PayloadFieldBuilder<{ user: UserRow }>) => ({
  user: t.field({ type: User, nullable: true, resolve: (payload) => payload.user }),
});

defineMutation('enableUserFeature', {
  description: 'Switches a USER feature on for a user: the platform operator (platform:write) for anyone; a user for itself, for features admins may manage.',
  input: userAssignment,
  payload: userResult,
  resolve: (input, context) => enableUserFeature(context, input),
});

defineMutation('disableUserFeature', {
  description: 'Switches a USER feature off for a user; who may: as enableUserFeature.',
  input: userAssignment,
  payload: userResult,
  resolve: (input, context) => disableUserFeature(context, input),
});

const templateAssignment = (t: InputFieldBuilder) => ({ templateId: t.id(), feature: t.string({ description: 'The feature\'s id, number or name.' }) });
const templateResult = (t: PayloadFieldBuilder<{ template: TemplateRow }>) => ({
  template: t.field({ type: ProjectTemplate, nullable: true, resolve: (payload) => payload.template }),
});

defineMutation('addTemplateFeature', {
  description: 'Adds a PROJECT feature to a project template; projects made from it start with it (platform operator with feature:write).',
  input: templateAssignment,
  payload: templateResult,
  resolve: (input, context) => addTemplateFeature(context, input),
});

defineMutation('removeTemplateFeature', {
  description: 'Removes a feature from a project template; projects already made keep it (platform operator with feature:write).',
  input: templateAssignment,
  payload: templateResult,
  resolve: (input, context) => removeTemplateFeature(context, input),
});
