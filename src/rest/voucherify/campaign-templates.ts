import { z } from 'zod';
import { operation, route, type RestRoute, type RouteCall } from '../route.js';
import { notFound, voucherifyError } from './dialect-errors.js';
import {
  VoucherifyCampaignTemplatesDocument,
  VoucherifyCopyCampaignTemplateDocument,
  type CampaignTemplateFilter,
  type StringConditions,
  type VoucherifyCampaignTemplateFragment,
  type VoucherifyCampaignTemplatesQuery,
} from './operations.generated.js';
import { liveProject } from './projects.js';
import { propertyError, wrongType } from './property-errors.js';
import { returned } from './shared.js';

// A project's campaign templates (compat §3.8, §4.8, §6): one page at a time by `starting_after_id`,
// filtered by Voucherify's deepObject `filters`, and copied between projects of the organization.
// The list answers `data_ref: "data"` with a `data` array, as the schema says (compat §9 #4).

const RESOURCE = 'campaign_template';

const templateResponse = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  campaign_type: z.enum(['DISCOUNT_COUPONS', 'GIFT_VOUCHERS']),
  created_at: z.string(),
  updated_at: z.string().optional(),
  object: z.literal('campaign_template'),
});

const templatesResponse = z.object({
  object: z.literal('list'),
  data_ref: z.literal('data'),
  data: z.array(templateResponse),
  total: z.number().int().optional(),
  has_more: z.boolean(),
  more_starting_after: z.string().optional(),
});

function templateShape(template: VoucherifyCampaignTemplateFragment) {
  return {
    id: template.id,
    name: template.name,
    ...(template.description === null ? {} : { description: template.description }),
    campaign_type: template.campaignType,
    created_at: template.createdAt,
    ...(template.updatedAt ? { updated_at: template.updatedAt } : {}),
    object: 'campaign_template',
  };
}

// Query: paging, order and Voucherify's filters (compat §6).

const ORDERS = { id: 'ID_ASC', '-id': 'ID_DESC' } as const;

const listQuery = z.object({
  limit: z.coerce.number(wrongType('must be integer')).int('must be integer').min(1, 'must be >= 1').max(100, 'must be <= 100').default(10),
  starting_after_id: z.string(wrongType('must be string')).optional(),
  order: z.enum(['id', '-id'], wrongType('must be equal to one of the allowed values')).optional(),
  include_total: z.enum(['true', 'false'], wrongType('must be boolean')).optional(),
});
type ListQuery = z.infer<typeof listQuery>;

const FILTER_FIELDS = { id: 'id', name: 'name', campaign_type: 'campaignType' } as const;
const LIST_CONDITIONS = { $in: 'in', $not_in: 'notIn' } as const;
const TEXT_CONDITIONS = { $is: 'is', $is_not: 'isNot', $starts_with: 'startsWith', $ends_with: 'endsWith', $contains: 'contains', $not_contain: 'notContain' } as const;
const FLAG_CONDITIONS = { $has_value: 'hasValue', $is_unknown: 'isUnknown' } as const;
const MAX_VALUES = 100;
const MAX_TEXT = 200;

const invalidFilter = (segments: string[], message: string) => voucherifyError(400, 'invalid_payload', `Property .filters.${segments.join('.')} ${message}`);

/**
 * Voucherify's filters from the URL's deepObject parameters: `filters[junction]=or`,
 * `filters[name][conditions][$in]=a` (a list condition takes the parameter repeated, or with `[]`
 * or `[0]`, `[1]` … after it), `filters[campaign_type][conditions][$is]=GIFT_VOUCHERS`.
 */
export function parseFilters(url: URL): CampaignTemplateFilter | undefined {
  const filter: Record<string, unknown> = {};
  const conditions: Record<string, Record<string, unknown>> = {};
  for (const [name, value] of url.searchParams) {
    const match = /^filters((?:\[[^\]]*\])+)$/.exec(name);
    if (!match) {
      if (name.startsWith('filters')) throw voucherifyError(400, 'invalid_payload', `Property .${name} is not a filter`);
      continue;
    }
    const segments = [...match[1]!.matchAll(/\[([^\]]*)\]/g)].map((part) => part[1]!);
    const [field, conditionsKey, condition, index, ...rest] = segments;
    if (field === 'junction' && segments.length === 1) {
      const junction = value.toUpperCase();
      if (junction !== 'AND' && junction !== 'OR') throw invalidFilter(segments, 'must be equal to one of the allowed values');
      filter.junction = junction;
      continue;
    }
    const stewardField = FILTER_FIELDS[field as keyof typeof FILTER_FIELDS];
    if (!stewardField || conditionsKey !== 'conditions' || condition === undefined || rest.length > 0) throw invalidFilter(segments, 'is not a filter');
    const own = (conditions[stewardField] ??= {});
    if (condition in LIST_CONDITIONS) {
      if (index !== undefined && !/^\d*$/.test(index)) throw invalidFilter(segments, 'is not a filter');
      const values = ((own[LIST_CONDITIONS[condition as keyof typeof LIST_CONDITIONS]] ??= []) as string[]);
      if (values.length === MAX_VALUES) throw invalidFilter([field!, conditionsKey, condition], `must NOT have more than ${MAX_VALUES} items`);
      if (value.length > MAX_TEXT) throw invalidFilter(segments, `must NOT have more than ${MAX_TEXT} characters`);
      values.push(value);
      continue;
    }
    const single = TEXT_CONDITIONS[condition as keyof typeof TEXT_CONDITIONS] ?? FLAG_CONDITIONS[condition as keyof typeof FLAG_CONDITIONS];
    if (!single || index !== undefined) throw invalidFilter(segments, 'is not a filter');
    if (single in own) throw invalidFilter(segments, 'must be given once');
    if (condition in FLAG_CONDITIONS) {
      if (!['', 'true', 'false'].includes(value)) throw invalidFilter(segments, 'must be boolean');
      own[single] = value !== 'false';
    } else {
      if (value.length > MAX_TEXT) throw invalidFilter(segments, `must NOT have more than ${MAX_TEXT} characters`);
      own[single] = value;
    }
  }
  const result = { ...filter, ...(conditions as Record<string, StringConditions>) };
  return Object.keys(result).length > 0 ? (result as CampaignTemplateFilter) : undefined;
}

// Copy

const copyBody = z.object(
  {
    name: z.string(wrongType('must be string')),
    description: z.string(wrongType('must be string')).nullable().optional(),
    destination_project_id: z.string(wrongType('must be string')),
  },
  wrongType('must be object'),
);
type CopyBody = z.infer<typeof copyBody>;

const projectRef = (params: Record<string, string>) => params.projectId!;
const templateRef = (params: Record<string, string>) => params.campaignTemplateId!;

function listOperation({ params, query, url }: RouteCall<undefined, ListQuery>) {
  return operation(VoucherifyCampaignTemplatesDocument, {
    projectId: projectRef(params),
    first: query.limit,
    startingAfterId: query.starting_after_id,
    order: query.order ? ORDERS[query.order] : 'CREATED_AT_ASC',
    filter: parseFilters(url),
    includeTotal: query.include_total === 'true',
  });
}

export const campaignTemplateRoutes: RestRoute[] = [
  route<undefined, ListQuery, VoucherifyCampaignTemplatesQuery>({
    method: 'GET',
    path: '/projects/:projectId/templates/campaigns',
    operationId: 'management-list-campaign-templates',
    summary:
      'List the campaign templates of the project, oldest first (or by `order`), `limit` at a time after `starting_after_id`, kept by `filters`; `total` (every template, whatever the filters) with `include_total=true`',
    resource: 'project',
    query: listQuery,
    response: templatesResponse,
    operation: listOperation,
    respond: ({ project }, { params }) => {
      const live = liveProject(project, projectRef(params));
      const templates = returned(live.campaignTemplates);
      const data = templates.edges.map((edge) => templateShape(edge.node));
      const hasMore = templates.pageInfo.hasNextPage;
      return {
        object: 'list',
        data_ref: 'data',
        data,
        ...(live.all ? { total: live.all.totalCount } : {}),
        has_more: hasMore,
        ...(hasMore && data.length > 0 ? { more_starting_after: data.at(-1)!.id } : {}),
      };
    },
  }),
  route<CopyBody>({
    method: 'POST',
    path: '/projects/:projectId/templates/campaigns/:campaignTemplateId/copy',
    operationId: 'management-copy-campaign-template',
    summary: 'Copy a campaign template into a project of the organization, under a name not taken there',
    resource: RESOURCE,
    body: copyBody,
    response: templateResponse,
    operation: ({ params, body }) =>
      operation(VoucherifyCopyCampaignTemplateDocument, {
        input: {
          id: templateRef(params),
          projectId: projectRef(params),
          name: body.name,
          ...(body.description === undefined ? {} : { description: body.description }),
          destinationProjectId: body.destination_project_id,
        },
      }),
    deny: (denial, call) => {
      if (denial.kind !== 'user-error') return undefined;
      const { error } = denial;
      const body = call.body as CopyBody;
      if (error.code === 'NOT_FOUND' && error.field[1] === 'destinationProjectId') return notFound('project', body.destination_project_id);
      if (error.code === 'NOT_FOUND' && error.field[1] === 'id') return notFound(RESOURCE, templateRef(call.params));
      if (error.code === 'ALREADY_EXISTS') return voucherifyError(409, 'duplicate_found', `Duplicated campaign_template exists with name ${body.name}`, { id: body.name, type: RESOURCE });
      if (error.code === 'NOT_FOUND') return undefined;
      return propertyError(error);
    },
    respond: ({ copyCampaignTemplate }) => templateShape(returned(copyCampaignTemplate?.campaignTemplate)),
  }),
];
