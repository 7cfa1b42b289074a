import { z } from 'zod';
import { operation, route, type Denial, type RestFailure, type RestRoute } from '../route.js';
import { notFound, voucherifyError } from './dialect-errors.js';
import {
  VoucherifyBrandingDocument,
  VoucherifyCreateBrandDocument,
  VoucherifyDeleteBrandDocument,
  VoucherifyUpdateBrandDocument,
  type VoucherifyBrandFragment,
  type VoucherifyBrandingQuery,
} from './operations.generated.js';
import { liveProject } from './projects.js';
import { list, listResponse, returned } from './shared.js';
import { propertyError } from './property-errors.js';

// A project's branding (compat §3.7, §4.7): at most one brand. Steward's project has none until one is
// created, so the list holds the brand or nothing (Voucherify's "always one item" is for a project
// whose brand exists, made here or in its Dashboard).

/** What Voucherify calls a brand in its 404s. */
const RESOURCE = 'branding_details';

const brandResponse = z.object({
  id: z.string(),
  brand: z.object({
    name: z.string(),
    privacy_policy_url: z.string().nullable(),
    terms_of_use_url: z.string().nullable(),
    permission_reminder: z.string(),
    website_url: z.string().nullable(),
  }),
  address: z.object({ street: z.string(), city: z.string(), postal: z.string().nullable(), state: z.string().nullable(), country: z.string() }),
  contact: z.object({ email: z.string(), phone: z.string().nullable() }),
});

function brandShape(brand: VoucherifyBrandFragment) {
  return {
    id: brand.id,
    brand: {
      name: brand.name,
      privacy_policy_url: brand.privacyPolicyUrl,
      terms_of_use_url: brand.termsOfUseUrl,
      permission_reminder: brand.permissionReminder,
      website_url: brand.websiteUrl,
    },
    address: brand.address,
    contact: brand.contact,
  };
}

const createBody = z.object({
  brand: z.object({
    name: z.string(),
    privacy_policy_url: z.string().nullish(),
    terms_of_use_url: z.string().nullish(),
    permission_reminder: z.string().optional(),
    website_url: z.string().nullish(),
  }),
  address: z.object({ street: z.string(), city: z.string(), postal: z.string(), state: z.string().nullish(), country: z.string() }),
  contact: z.object({ email: z.string(), phone: z.string().nullish() }),
});
type CreateBody = z.infer<typeof createBody>;

/** Only the fields sent change; null clears those a brand may be without. */
const updateBody = z.object({
  brand: createBody.shape.brand.partial().optional(),
  address: z.object({ street: z.string(), city: z.string(), postal: z.string().nullable(), state: z.string().nullable(), country: z.string() }).partial().optional(),
  contact: z.object({ email: z.string(), phone: z.string().nullable() }).partial().optional(),
});
type UpdateBody = z.infer<typeof updateBody>;

/** Steward's brand input from Voucherify's body: only what was sent. */
function brandInput(body: UpdateBody) {
  const brand = body.brand ?? {};
  return {
    name: brand.name,
    privacyPolicyUrl: brand.privacy_policy_url,
    termsOfUseUrl: brand.terms_of_use_url,
    permissionReminder: brand.permission_reminder,
    websiteUrl: brand.website_url,
    address: body.address,
    contact: body.contact,
  };
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Steward's `input.name` is Voucherify's `brand.name`; address and contact keep their group. */
function propertyPath(field: string[]): string[] {
  const [group, name] = field.slice(1);
  if (group === 'address' || group === 'contact') return [group, ...(name ? [name] : [])];
  return ['brand', snakeCase(group ?? '')];
}

function brandDenial(denial: Denial): RestFailure | undefined {
  if (denial.kind !== 'user-error') return undefined;
  const { error } = denial;
  if (error.code === 'ALREADY_EXISTS') return voucherifyError(409, 'branding_exist', 'Cannot exist more than one branding for given project');
  if (error.code === 'INVALID' || error.code === 'TOO_LONG') return propertyError(error, () => propertyPath(error.field));
  return undefined;
}

const projectRef = (params: Record<string, string>) => params.projectId!;
const brandingRef = (params: Record<string, string>) => params.brandingId!;

const brandingOperation = ({ params }: { params: Record<string, string> }) => operation(VoucherifyBrandingDocument, { projectId: projectRef(params) });

export const brandingRoutes: RestRoute[] = [
  route<CreateBody>({
    method: 'POST',
    path: '/projects/:projectId/branding',
    operationId: 'create-brand',
    summary: 'Create the brand of the project (a project has at most one)',
    resource: RESOURCE,
    body: createBody,
    response: brandResponse,
    operation: ({ params, body }) => {
      const { name, ...rest } = brandInput(body);
      return operation(VoucherifyCreateBrandDocument, { input: { projectId: projectRef(params), name: name!, ...rest, address: body.address, contact: body.contact } });
    },
    deny: brandDenial,
    respond: ({ createBrand }) => brandShape(returned(createBrand?.brand)),
  }),
  route<undefined, undefined, VoucherifyBrandingQuery>({
    method: 'GET',
    path: '/projects/:projectId/branding',
    operationId: 'list-brands',
    summary: 'List the brand of the project: one item, or none while the project has no brand',
    resource: RESOURCE,
    response: listResponse(brandResponse),
    operation: brandingOperation,
    respond: ({ project }, { params }) => {
      const { brand } = liveProject(project, projectRef(params));
      return list(brand ? [brandShape(brand)] : []);
    },
  }),
  route<undefined, undefined, VoucherifyBrandingQuery>({
    method: 'GET',
    path: '/projects/:projectId/branding/:brandingId',
    operationId: 'get-brand',
    summary: 'Get the brand of the project',
    resource: RESOURCE,
    response: brandResponse,
    operation: brandingOperation,
    respond: ({ project }, { params }) => {
      const { brand } = liveProject(project, projectRef(params));
      if (!brand || brand.id !== brandingRef(params)) throw notFound(RESOURCE, brandingRef(params));
      return brandShape(brand);
    },
  }),
  route<UpdateBody>({
    method: 'PUT',
    path: '/projects/:projectId/branding/:brandingId',
    operationId: 'update-brand',
    summary: 'Update the brand: only the fields sent change',
    resource: RESOURCE,
    body: updateBody,
    response: brandResponse,
    operation: ({ params, body }) => operation(VoucherifyUpdateBrandDocument, { input: { id: brandingRef(params), projectId: projectRef(params), ...brandInput(body) } }),
    deny: brandDenial,
    respond: ({ updateBrand }) => brandShape(returned(updateBrand?.brand)),
  }),
  route({
    method: 'DELETE',
    path: '/projects/:projectId/branding/:brandingId',
    operationId: 'delete-brand',
    summary: 'Delete the brand; the project has none until one is created again',
    resource: RESOURCE,
    status: 204,
    operation: ({ params }) => operation(VoucherifyDeleteBrandDocument, { input: { id: brandingRef(params), projectId: projectRef(params) } }),
    respond: () => null,
  }),
];
