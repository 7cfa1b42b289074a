import { z } from 'zod';
import type { Principal } from '../../access/principal.js';
import { operation, type RestRoute } from '../route.js';
import {
  ClientDocument,
  CreateClientDocument,
  DeleteClientDocument,
  OrganizationClientsDocument,
  ProjectClientsDocument,
  UpdateClientDocument,
  type OpenPanelClientFragment,
} from './operations.generated.js';
import {
  createRoute,
  data,
  deleteRoute,
  getRoute,
  organizationOrProjectListRoute,
  lower,
  name,
  optionalId,
  organizationOf,
  returned,
  timestamps,
  updateRoute,
  upper,
  type Resource,
} from './shared.js';

const TYPES = ['read', 'write', 'root'] as const;

const createClientBody = z.object({ name, projectId: optionalId, type: z.enum(TYPES).default('write') });
const updateClientBody = z.object({ name: name.optional() });

const clientResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  type: z.enum(TYPES),
  projectId: z.string().nullable(),
  organizationId: z.string(),
  ignoreCorsAndSecret: z.boolean(),
  ...timestamps,
});

/** A client as OpenPanel shows it, without its secret (OpenPanel leaks the hash here; its docs promise it does not). */
function client(node: OpenPanelClientFragment, principal: Principal, secret?: string | null) {
  return {
    id: node.id,
    name: node.name,
    ...(secret === undefined ? {} : { secret }),
    type: lower(node.type),
    projectId: node.project?.slug ?? null,
    organizationId: organizationOf(principal),
    ignoreCorsAndSecret: false,
    createdAt: node.createdAt,
    updatedAt: node.updatedAt,
  };
}

const clients: Resource<OpenPanelClientFragment> = { name: 'client', path: '/clients', response: clientResponse, shape: client };

export const clientRoutes: RestRoute[] = [
  organizationOrProjectListRoute(clients, "List the organization's clients, or one project's", {
    inOrganization: OrganizationClientsDocument,
    inProject: ProjectClientsDocument,
    connection: (parent) => parent.clients,
  }),
  getRoute(clients, 'Get a client (never its secret)', {
    document: ClientDocument,
    found: (result) => (result.client?.__typename === 'Client' ? result.client : null),
  }),
  createRoute(clients, 'Create a client; its secret is shown only here', {
    body: createClientBody,
    response: data(clientResponse.extend({ secret: z.string() })),
    operation: ({ body, principal }) =>
      operation(CreateClientDocument, { input: { ...body, organizationId: organizationOf(principal), type: upper(body.type) } }),
    created: (result, { principal }) => {
      const created = returned(result.createClient);
      return client(returned(created.client), principal, created.clientSecret);
    },
  }),
  updateRoute(clients, 'Rename a client (its type, project and secret stay)', {
    body: updateClientBody,
    document: UpdateClientDocument,
    updated: (result) => result.updateClient?.client,
  }),
  deleteRoute(clients, 'Delete a client', DeleteClientDocument),
];
