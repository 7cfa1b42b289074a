import { CreateComponentDocument, CreateStorageTokenDocument, ReleaseComponentVersionDocument, type ComponentType } from '../generated/graphql.js';
import type { Credentials, TestGateway } from './gateway.js';
import { unique, type Tenant } from './tenant.js';

/** A storage token of a project, minted by the tenant's OWNER, with what Keboola's Storage API paths send. */
export async function mintStorageToken(gateway: TestGateway, tenant: Tenant, projectId: string, input: Record<string, unknown> = {}) {
  const variables = { input: { projectId, description: unique('token'), ...input } };
  const payload = (await gateway.execute(CreateStorageTokenDocument, variables, tenant.owner.as)).expectData().createStorageToken!;
  if (payload.userErrors.length > 0 || !payload.token || !payload.storageToken) throw new Error(`createStorageToken failed: ${JSON.stringify(payload.userErrors)}`);
  const as: Credentials = { headers: { 'x-storageapi-token': payload.token } };
  return { token: payload.token, databaseId: payload.storageToken.databaseId, description: payload.storageToken.description, as };
}

/** A component of the catalogue, made by an operator with component:write; released with the schemas when given. */
export async function catalogueComponent(
  gateway: TestGateway,
  operator: Credentials,
  options: { slug?: string; type?: ComponentType; configurationSchema?: object; rowConfigurationSchema?: object } = {},
) {
  const slug = options.slug ?? unique('keboola.ex-db');
  const input = { slug, type: options.type ?? 'EXTRACTOR', name: `Component ${slug}`, description: 'Reads a database', flags: ['genericUI'] };
  const created = (await gateway.execute(CreateComponentDocument, { input }, operator)).expectData().createComponent!;
  if (created.userErrors.length > 0) throw new Error(`createComponent failed: ${JSON.stringify(created.userErrors)}`);
  if (options.configurationSchema || options.rowConfigurationSchema) {
    const release = { componentId: slug, version: '1.0.0', configurationSchema: options.configurationSchema, rowConfigurationSchema: options.rowConfigurationSchema };
    const released = (await gateway.execute(ReleaseComponentVersionDocument, { input: release }, operator)).expectData().releaseComponentVersion!;
    if (released.userErrors.length > 0) throw new Error(`releaseComponentVersion failed: ${JSON.stringify(released.userErrors)}`);
  }
  return slug;
}
