import type { CampaignTemplate as CampaignTemplateRow } from '../../generated/prisma/client.js';
import type { Context } from '../../context.js';
import { badUserInput } from '../../errors.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, removedId, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { Project } from '../project/schema.js';
import {
  CAMPAIGN_TYPES,
  copyCampaignTemplate,
  createCampaignTemplate,
  deleteCampaignTemplate,
  filterWhere,
  ORDERS,
  startingAfter,
  updateCampaignTemplate,
  type StringConditions,
  type TemplateFilter,
  type TemplateOrder,
} from './service.js';

const CampaignTypeEnum = builder.enumType('CampaignType', { values: CAMPAIGN_TYPES });

const CampaignTemplateOrder = builder.enumType('CampaignTemplateOrder', {
  values: {
    CREATED_AT_ASC: { description: 'Oldest first (the default).' },
    ID_ASC: { description: 'By id, ascending.' },
    ID_DESC: { description: 'By id, descending.' },
  } as const,
});

const FilterJunction = builder.enumType('FilterJunction', {
  values: ['AND', 'OR'] as const,
  description: 'How the conditions of a filter combine: every one (AND) or any one (OR).',
});

const StringConditionsInput = builder.inputRef<StringConditions>('StringConditions').implement({
  description: "Voucherify's filter conditions on one field; each one given is a condition. Comparisons are case-sensitive.",
  fields: (t) => ({
    in: t.stringList({ required: false, description: 'One of these (at most 100).' }),
    notIn: t.stringList({ required: false, description: 'None of these (at most 100).' }),
    is: t.string({ required: false }),
    isNot: t.string({ required: false }),
    hasValue: t.boolean({ required: false, description: 'true: the field has a value (these fields always have one).' }),
    isUnknown: t.boolean({ required: false, description: 'true: the field has no value (these fields never lack one).' }),
    startsWith: t.string({ required: false }),
    endsWith: t.string({ required: false }),
    contains: t.string({ required: false }),
    notContain: t.string({ required: false }),
  }),
});

const CampaignTemplateFilter = builder.inputRef<TemplateFilter>('CampaignTemplateFilter').implement({
  description: "Voucherify's template filters: conditions on id, name and campaign type (its text values), joined by `junction` (AND unless given).",
  fields: (t) => ({
    junction: t.field({ type: FilterJunction, required: false }),
    id: t.field({ type: StringConditionsInput, required: false }),
    name: t.field({ type: StringConditionsInput, required: false }),
    campaignType: t.field({ type: StringConditionsInput, required: false }),
  }),
});

export const CampaignTemplate = builder.prismaNode('CampaignTemplate', {
  id: { field: 'id' },
  description: "A project's campaign template (Voucherify's), kept as data: the campaign it describes is made elsewhere.",
  authScopes: (template) => ({
    permission: { permission: 'campaign-template:read', organizationId: template.organizationId, projectId: template.projectId },
  }),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Unique in its project.' }),
    description: t.exposeString('description', { nullable: true }),
    campaignType: t.field({ type: CampaignTypeEnum, resolve: (template) => template.campaignType }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true, description: 'Null until first updated.' }),
    project: t.relation('project'),
  }),
});

builder.prismaObjectField(Project, 'campaignTemplates', (t) =>
  t.relatedConnection('campaignTemplates', {
    cursor: 'id',
    nullable: true,
    totalCount: true,
    description:
      'Oldest first unless `order` says otherwise. `totalCount` counts the templates the filter keeps; without a filter, all of them (Voucherify’s `total`).',
    args: {
      order: t.arg({ type: CampaignTemplateOrder, required: false, defaultValue: 'CREATED_AT_ASC' }),
      filter: t.arg({ type: CampaignTemplateFilter, required: false }),
      startingAfterId: t.arg.id({
        required: false,
        description: 'The page starts after this template (Voucherify’s starting_after_id), in the order asked for; instead of `after`.',
      }),
    },
    authScopes: (project) => ({
      permission: { permission: 'campaign-template:read', organizationId: project.organizationId, projectId: project.id },
    }),
    // plugin-prisma runs an async query (its typings do not say so) and passes the connection arguments too.
    query: (async (args: ListArgs, context: Context) => {
      const where = filterWhere(args.filter);
      const orderBy = ORDERS[args.order ?? 'CREATED_AT_ASC'];
      if (!args.startingAfterId) return { where, orderBy };
      if (args.after || args.before || args.last != null) throw badUserInput('startingAfterId pages forward, instead of after, before and last');
      const position = await startingAfter(context, String(args.startingAfterId));
      return { ...position, where: position.where ? { AND: [where, position.where] } : where, orderBy };
    }) as never,
  }),
);

interface ListArgs {
  order?: TemplateOrder | null;
  filter?: TemplateFilter | null;
  startingAfterId?: string | number | null;
  after?: string | null;
  before?: string | null;
  last?: number | null;
}

const templateResult = (t: PayloadFieldBuilder<{ campaignTemplate: CampaignTemplateRow }>) => ({
  campaignTemplate: t.field({ type: CampaignTemplate, nullable: true, resolve: (payload) => payload.campaignTemplate }),
});

const inProject = { required: false, description: 'When given, the template must be this project’s.' } as const;

defineMutation('createCampaignTemplate', {
  input: (t) => ({
    projectId: t.id(),
    name: t.string({ description: 'Unique in the project (ALREADY_EXISTS).' }),
    description: t.string({ required: false }),
    campaignType: t.field({ type: CampaignTypeEnum }),
  }),
  payload: templateResult,
  resolve: (input, context) => createCampaignTemplate(context, input),
});

defineMutation('updateCampaignTemplate', {
  description: 'Changes the name or description given; null clears the description.',
  input: (t) => ({
    id: t.id(),
    projectId: t.id(inProject),
    name: t.string({ required: false }),
    description: t.string({ required: false }),
  }),
  payload: templateResult,
  resolve: (input, context) => updateCampaignTemplate(context, input),
});

defineMutation('deleteCampaignTemplate', {
  input: (t) => ({ id: t.id(), projectId: t.id(inProject) }),
  payload: removedId('deletedCampaignTemplateId'),
  resolve: (input, context) => deleteCampaignTemplate(context, input),
});

defineMutation('copyCampaignTemplate', {
  description:
    'Copies a template into a project of the same organization (another organization’s project answers NOT_FOUND), under a name not taken there (ALREADY_EXISTS); the caller needs campaign-template:write there.',
  input: (t) => ({
    id: t.id(),
    projectId: t.id(inProject),
    name: t.string(),
    description: t.string({ required: false, description: 'Left out: the source’s; null: none.' }),
    destinationProjectId: t.id(),
  }),
  payload: templateResult,
  resolve: (input, context) => copyCampaignTemplate(context, input),
});
