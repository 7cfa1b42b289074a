import { z } from 'zod';
import { operation, RestFailure, route, type RestRoute } from '../route.js';
import {
  KeboolaCreateStorageTokenDocument,
  KeboolaDeleteMetadataDocument,
  KeboolaMaintainerMetadataDocument,
  KeboolaOrganizationMetadataDocument,
  KeboolaProjectMetadataDocument,
  KeboolaSetMetadataDocument,
  KeboolaUserMetadataDocument,
  type KeboolaMetadataFragment,
} from './operations.generated.js';
import { keboolaTime, liveProject, missing, pathId, returned } from './shared.js';

/** Project Storage tokens minted through the Manage API and metadata (compat/keboola.md §3.2–3.4, §3.8). */

const flag = z.union([z.boolean(), z.literal(0), z.literal(1)]).transform((value) => value === true || value === 1);

const tokenBody = z
  .object({
    description: z.string({ error: 'A description must be set' }),
    canManageBuckets: flag.optional(),
    canManageTokens: flag.optional(),
    canReadAllFileUploads: flag.optional(),
    canPurgeTrash: flag.optional(),
    canReadAllProjectEvents: flag.optional(),
    // Keboola's client sends it; Steward has no development branches to manage.
    canManageDevBranches: flag.optional(),
    expiresIn: z.number().int().nullish(),
    bucketPermissions: z.record(z.string(), z.string()).nullish(),
    componentAccess: z.array(z.string()).nullish(),
  })
  .loose();

const storageTokenResponse = z
  .object({
    id: z.string(),
    token: z.string(),
    created: z.string(),
    description: z.string(),
    isMasterToken: z.literal(false),
    canManageBuckets: z.boolean(),
    canManageTokens: z.boolean(),
    canReadAllFileUploads: z.boolean(),
    canPurgeTrash: z.boolean(),
    expires: z.string().nullable(),
    isExpired: z.boolean(),
    isDisabled: z.boolean(),
    bucketPermissions: z.record(z.string(), z.string()),
    componentAccess: z.array(z.string()),
  })
  .loose();

const tokenRoutes: RestRoute[] = [
  route({
    method: 'POST',
    path: '/projects/:id/tokens',
    operationId: 'createProjectStorageToken',
    summary: "Mints a Storage API token for the project (never a master token); its secret `token` is in this response only. The project's admins, the organization's",
    resource: 'project',
    status: 201,
    body: tokenBody,
    response: storageTokenResponse,
    operation: ({ params, body }) =>
      operation(KeboolaCreateStorageTokenDocument, {
        input: {
          projectId: pathId(params),
          description: body.description,
          canManageBuckets: body.canManageBuckets,
          canManageTokens: body.canManageTokens,
          canReadAllFileUploads: body.canReadAllFileUploads,
          canPurgeTrash: body.canPurgeTrash,
          canReadAllProjectEvents: body.canReadAllProjectEvents,
          expiresInSeconds: body.expiresIn ?? undefined,
          bucketPermissions: body.bucketPermissions ?? undefined,
          componentAccess: body.componentAccess ?? undefined,
        },
      }),
    respond: (data) => {
      const payload = returned(data.createStorageToken);
      const token = returned(payload.storageToken);
      return {
        id: String(token.databaseId),
        token: returned(payload.token),
        created: keboolaTime(token.createdAt),
        description: token.description,
        isMasterToken: token.isMasterToken,
        canManageBuckets: token.canManageBuckets,
        canManageTokens: token.canManageTokens,
        canReadAllFileUploads: token.canReadAllFileUploads,
        canPurgeTrash: token.canPurgeTrash,
        canReadAllProjectEvents: token.canReadAllProjectEvents,
        expires: keboolaTime(token.expiresAt),
        isExpired: token.isExpired,
        isDisabled: token.isDisabled,
        bucketPermissions: token.bucketPermissions ?? {},
        componentAccess: token.componentAccess,
      };
    },
  }),
];

function metadata(node: KeboolaMetadataFragment) {
  return { id: node.databaseId, provider: node.provider === 'SYSTEM' ? 'system' : 'user', key: node.key, value: node.value, timestamp: keboolaTime(node.updatedAt) };
}

const metadataResponse = z.array(
  z.object({ id: z.number().int(), provider: z.enum(['user', 'system']), key: z.string(), value: z.string(), timestamp: z.string() }),
);

const metadataBody = z.object({
  provider: z.enum(['user', 'system'], { error: 'provider must be user or system' }),
  metadata: z.array(z.object({ key: z.string({ error: 'key must be set' }), value: z.string({ error: 'value must be a string' }) })),
});

type Owner = 'maintainer' | 'organization' | 'project' | 'user';
const OWNER_INPUT = { maintainer: 'maintainerId', organization: 'organizationId', project: 'projectId', user: 'userId' } as const;
const CAPITALIZED = { maintainer: 'Maintainer', organization: 'Organization', project: 'Project', user: 'User' } as const;

const listSummary = (owner: Owner) => `The ${owner}'s metadata entries, oldest first (whoever reads the ${owner})`;

/** POST and DELETE of an object's metadata, as Keboola has them on maintainers, organizations and projects. */
function metadataWrites(owner: Owner): RestRoute[] {
  const name = CAPITALIZED[owner];
  return [
    route({
      method: 'POST',
      path: `/${owner}s/:id/metadata`,
      operationId: `set${name}Metadata`,
      summary: `Sets entries on the ${owner}, each replacing the entry of the same provider and key; answers all its entries. \`system\` entries: the super admin only`,
      resource: owner,
      status: 201,
      body: metadataBody,
      response: metadataResponse,
      operation: ({ params, body }) =>
        operation(KeboolaSetMetadataDocument, {
          input: { [OWNER_INPUT[owner]]: pathId(params), provider: body.provider === 'system' ? 'SYSTEM' : 'USER', entries: body.metadata },
        }),
      respond: (data) => returned(data.setMetadata?.metadata).map(metadata),
    }),
    route({
      method: 'DELETE',
      path: `/${owner}s/:id/metadata/:metadataId`,
      operationId: `delete${name}Metadata`,
      summary: `Deletes one entry of the ${owner} by its id (whoever may change the ${owner}; a \`system\` entry, the super admin)`,
      resource: owner,
      status: 204,
      operation: ({ params }) =>
        operation(KeboolaDeleteMetadataDocument, { input: { id: pathId(params, 'metadataId'), [OWNER_INPUT[owner]]: pathId(params) } }),
      respond: () => undefined,
      deny: missing('Metadata', 'metadataId'),
    }),
  ];
}

export const platformDataRoutes: RestRoute[] = [
  ...tokenRoutes,
  route({
    method: 'GET',
    path: '/maintainers/:id/metadata',
    operationId: 'listMaintainerMetadata',
    summary: listSummary('maintainer'),
    resource: 'maintainer',
    response: metadataResponse,
    operation: ({ params }) => operation(KeboolaMaintainerMetadataDocument, { id: pathId(params) }),
    respond: (data) => returned(data.maintainer).metadata.map(metadata),
  }),
  ...metadataWrites('maintainer'),
  route({
    method: 'GET',
    path: '/organizations/:id/metadata',
    operationId: 'listOrganizationMetadata',
    summary: listSummary('organization'),
    resource: 'organization',
    response: metadataResponse,
    operation: ({ params }) => operation(KeboolaOrganizationMetadataDocument, { id: pathId(params) }),
    respond: (data) => returned(data.organization).metadata.map(metadata),
  }),
  ...metadataWrites('organization'),
  route({
    method: 'GET',
    path: '/projects/:id/metadata',
    operationId: 'listProjectMetadata',
    summary: listSummary('project'),
    resource: 'project',
    response: metadataResponse,
    operation: ({ params }) => operation(KeboolaProjectMetadataDocument, { id: pathId(params) }),
    respond: (data, { params }) => liveProject(data.project, pathId(params)).metadata.map(metadata),
  }),
  ...metadataWrites('project'),
  route({
    method: 'GET',
    path: '/users/:id/metadata',
    operationId: 'listUserMetadata',
    summary: "The user's metadata entries (the user itself, the super admin); the user by id or e-mail address",
    resource: 'user',
    response: metadataResponse,
    operation: ({ params }) => operation(KeboolaUserMetadataDocument, { id: pathId(params) }),
    // Another user's metadata is theirs alone: denied, it reads as null.
    respond: (data) => {
      const entries = returned(data.user).metadata;
      if (!entries) throw new RestFailure(403, "You don't have access to the resource.");
      return entries.map(metadata);
    },
  }),
  ...metadataWrites('user'),
];
