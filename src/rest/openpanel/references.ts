import { z } from 'zod';
import { DATE_TIME_FORMAT, parseDateTime } from '../../graphql/date-time.js';
import { operation, type RestRoute } from '../route.js';
import {
  CreateReferenceDocument,
  DeleteReferenceDocument,
  OrganizationReferencesDocument,
  ProjectReferencesDocument,
  ReferenceDocument,
  UpdateReferenceDocument,
  type OpenPanelReferenceFragment,
} from './operations.generated.js';
import { createRoute, deleteRoute, getRoute, organizationOrProjectListRoute, name, returned, timestamps, updateRoute, type Resource } from './shared.js';

// OpenPanel's `datetime` is the reference's `date`: the body schemas rename it.

const dateTime = z.string().refine((value) => parseDateTime(value) !== null, `Invalid date: use ${DATE_TIME_FORMAT}`);

const createReferenceBody = z
  .object({
    projectId: z.string(),
    title: name,
    description: z
      .string()
      .optional()
      .transform((value) => value || null),
    datetime: dateTime,
  })
  .transform(({ datetime, ...body }) => ({ ...body, date: datetime }));
const updateReferenceBody = z
  .object({ title: name.optional(), description: z.string().optional(), datetime: dateTime.optional() })
  .transform(({ datetime, ...body }) => ({ ...body, ...(datetime === undefined ? {} : { date: datetime }) }));

const referenceResponse = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  date: z.iso.datetime(),
  projectId: z.string(),
  ...timestamps,
});

function reference(node: OpenPanelReferenceFragment) {
  return {
    id: node.id,
    title: node.title,
    description: node.description,
    date: node.date,
    projectId: node.project.slug,
    createdAt: node.createdAt,
    updatedAt: node.updatedAt,
  };
}

const references: Resource<OpenPanelReferenceFragment> = { name: 'reference', path: '/references', response: referenceResponse, shape: reference };

export const referenceRoutes: RestRoute[] = [
  organizationOrProjectListRoute(references, "List the references of the organization's projects, or of one project", {
    inOrganization: OrganizationReferencesDocument,
    inProject: ProjectReferencesDocument,
    connection: (parent) => parent.references,
  }),
  getRoute(references, 'Get a reference', {
    document: ReferenceDocument,
    found: (result) => (result.reference?.__typename === 'Reference' ? result.reference : null),
  }),
  createRoute(references, 'Create a reference; `datetime` in, `date` out', {
    body: createReferenceBody,
    operation: ({ body }) => operation(CreateReferenceDocument, { input: body }),
    created: (result) => reference(returned(result.createReference?.reference)),
  }),
  updateRoute(references, 'Update a reference; only the fields given change', {
    body: updateReferenceBody,
    document: UpdateReferenceDocument,
    updated: (result) => result.updateReference?.reference,
  }),
  deleteRoute(references, 'Delete a reference', DeleteReferenceDocument),
];
