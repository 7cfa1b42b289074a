import { z } from 'zod';
import { reachesComponent } from '../../access/permissions.js';
import { keboolaTime } from '../keboola/shared.js';
import { RestFailure, type RouteCall } from '../route.js';
import type {
  StorageComponentFragment,
  StorageConfigurationHeadFragment,
  StorageCreatorTokenFragment,
  StorageRowFragment,
  StorageRowVersionHeadFragment,
  StorageVersionHeadFragment,
} from './operations.generated.js';

/**
 * What the Storage API routes share: reading Keboola's bodies (forms with JSON strings, JSON with
 * strings or objects), Keboola's error codes, and the shapes of its components, configurations,
 * rows and versions, as Keboola's storage-api-php-client (Components.php and its tests) reads them.
 */

// Errors

/** A Keboola error: its status, message and string code, with `errors` for a validation. */
export function storageError(status: number, message: string, code: string, errors?: { key: string; message: string }[]): RestFailure {
  return new RestFailure(status, message, undefined, 'application', code, errors ? { errors } : undefined);
}

export const notFound = (message: string) => storageError(404, message, 'notFound');

/** Keboola refuses a storage token a component outside its componentAccess (and without canManageBuckets) with 403. */
export function componentDenied(componentId: string): RestFailure {
  return storageError(403, `You don't have access to the component "${componentId}".`, 'accessDenied');
}

/** Whether the call's storage token reaches the component (the rule GraphQL applies, asked to word a refusal). */
export function reaches(call: RouteCall<unknown, unknown>, componentId: string): boolean {
  const { principal } = call;
  return principal.kind !== 'STORAGE_TOKEN' || reachesComponent(principal.storage, componentId);
}

// Request bodies and queries: what Keboola's PHP and Go clients send, in each encoding.

/** A body-level issue's Keboola code and wording, carried in the zod issue to the dialect's `invalid`. */
export interface IssueWording {
  code?: string;
  /** Replaces `Invalid parameters - <field>: ` before the message. */
  prefix?: string;
  /** The whole error message instead (the issues are in `errors`). */
  error?: string;
}

const typeError = (type: string) => (issue: { input: unknown }) => (issue.input === undefined ? 'This field is missing.' : `This value should be of type ${type}.`);

export const text = () => z.string({ error: typeError('string') });

/** An id Keboola's clients may send as a number. */
export const identifier = () => z.union([z.string(), z.number().int().transform(String)], { error: typeError('string') });

/** A boolean as JSON has it, or as a form does (`1`/`0`, `true`/`false`). */
export const flag = () =>
  z
    .union([z.boolean(), z.literal(0), z.literal(1), z.enum(['0', '1', 'true', 'false', ''])], { error: typeError('boolean') })
    .transform((value) => value === true || value === 1 || value === '1' || value === 'true');

/**
 * `configuration` or `state`: a JSON string (forms, older JSON clients) or the JSON itself (newer
 * clients); a string that is not JSON is refused with `code` and the wording of `prefix`.
 */
export function jsonField(wording: IssueWording) {
  return z.unknown().transform((value, context) => {
    if (typeof value !== 'string') return value;
    if (value.trim() === '') {
      context.addIssue({ code: 'custom', message: 'This value should not be blank.', params: wording });
      return z.NEVER;
    }
    try {
      return JSON.parse(value) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: 'This value should be valid JSON.', params: wording });
      return z.NEVER;
    }
  });
}

/** A body that may be left out (no body, or an empty form) is read as `{}`. */
export function optionalBody<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => value ?? {}, schema);
}

/** A body of only `state` (PUT …/state): a missing, blank, unreadable state or another field is refused in `wording`. */
export function stateBody(wording: IssueWording, extraField: IssueWording) {
  return optionalBody(
    z
      .record(z.string(), z.unknown(), { error: 'This value should be of type object.' })
      .superRefine((body, context) => {
        for (const field of Object.keys(body)) {
          if (field !== 'state') context.addIssue({ code: 'custom', path: [field], message: 'This field was not expected.', params: extraField });
        }
        if (!('state' in body) || body.state === null) context.addIssue({ code: 'custom', path: ['state'], message: 'This field is missing.', params: wording });
      })
      .pipe(z.object({ state: jsonField(wording) })),
  );
}

/** `isDeleted=1|true` asks for the trash; Keboola's curl examples send `isDeleted=false`. */
export const deletedFlag = () =>
  z
    .enum(['0', '1', 'true', 'false', ''], { error: 'isDeleted must be true, false, 1 or 0' })
    .optional()
    .transform((value) => value === '1' || value === 'true');

export const count = (what: string) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `${what} must be a whole number`)
    .transform(Number)
    .optional();

/** `include=a,b` as a set of names. */
export const includes = () =>
  z
    .string()
    .optional()
    .transform((value) => new Set((value ?? '').split(',').map((name) => name.trim()).filter(Boolean)));

/** A version number in a path; anything else names no version. */
export function versionNumber(params: Record<string, string>): number {
  const text = params.version!;
  const version = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(version) || version < 1 || version > 2 ** 31 - 1) throw notFound(`Version ${text} not found`);
  return version;
}

/** `If-Match: "5"` (newer clients): the version an update was based on; a stale one is refused with 412. */
export function expectedVersion(headers: Headers): number | undefined {
  const value = headers.get('if-match');
  if (value === null) return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(value);
  if (!match) throw storageError(400, 'If-Match must be the version the change is based on, such as "3"', 'storage.components.validation');
  return Number(match[1]);
}

// Reading GraphQL's answers

/** The storage token's project: only storage tokens authenticate on these paths. */
export function tokenProject(call: RouteCall<unknown, unknown>): string {
  if (call.principal.kind !== 'STORAGE_TOKEN') throw new Error('a Storage API request authenticated without a storage token');
  return call.principal.projectId;
}

/** The token's project in an answer; GraphQL answers NOT_FOUND rather than null for it. */
export function projectOf<Project>(data: { project: Project | null }): Project {
  if (!data.project) throw new Error('a Storage API request answered without the storage token’s project');
  return data.project;
}

/** The one configuration a `configurations(componentId, key, first: 1)` answer holds, or 404. */
export function foundConfiguration<Node>(project: { configurations: { edges: { node: Node }[] } | null }, call: RouteCall<unknown, unknown>): Node {
  const node = project.configurations?.edges[0]?.node;
  if (!node) throw configurationNotFound(call);
  return node;
}

export function configurationNotFound(call: RouteCall<unknown, unknown>, key = call.params.configurationId ?? ''): RestFailure {
  if (call.params.componentId && !reaches(call, call.params.componentId)) return componentDenied(call.params.componentId);
  return notFound(`Configuration ${key} not found`);
}

/** The input naming the path's configuration (a storage token's own project). */
export const configurationName = (params: Record<string, string>) => ({ componentId: params.componentId!, key: params.configurationId! });
export const rowName = (params: Record<string, string>) => ({ ...configurationName(params), rowKey: params.rowId! });

/** The variables of a query of the path's configuration in the token's project. */
export const configurationQuery = (call: RouteCall<unknown, unknown>) => ({ projectId: tokenProject(call), ...configurationName(call.params) });
export const rowQuery = (call: RouteCall<unknown, unknown>) => ({ projectId: tokenProject(call), ...rowName(call.params) });

// Shapes (storage-components.md §3)

type CreatorToken = StorageCreatorTokenFragment | null | undefined;

/** `creatorToken`: the storage token that made the change; null when a user, key or client made it through GraphQL. */
function creatorToken(token: CreatorToken) {
  return token ? { id: token.databaseId, description: token.description } : null;
}

const COMPONENT_TYPES = { EXTRACTOR: 'extractor', WRITER: 'writer', APPLICATION: 'application', TRANSFORMATION: 'transformation', OTHER: 'other' } as const;
export const componentType = (type: keyof typeof COMPONENT_TYPES) => COMPONENT_TYPES[type];

/** A catalogue entry as Keboola describes a component; what Steward's catalogue does not hold is empty. */
export function component(node: StorageComponentFragment, url: URL) {
  const release = node.latestRelease;
  return {
    id: node.slug,
    type: componentType(node.type),
    name: node.name,
    description: node.description,
    longDescription: '',
    version: release?.number ?? 0,
    complexity: null,
    categories: [],
    hasUI: false,
    hasRun: false,
    ico32: null,
    ico64: null,
    ico128: null,
    data: {},
    flags: node.flags,
    configurationSchema: release?.configurationSchema ?? {},
    configurationRowSchema: release?.rowConfigurationSchema ?? {},
    emptyConfiguration: {},
    emptyConfigurationRow: {},
    createConfigurationRowSchema: {},
    uiOptions: {},
    configurationDescription: null,
    features: [],
    expiredOn: null,
    uri: `${url.origin}/v2/storage/components/${encodeURIComponent(node.slug)}`,
    documentationUrl: node.documentationUrl ?? '',
    dataTypesConfiguration: null,
    processorConfiguration: null,
  };
}

/** Unique per version of a configuration, as Keboola's `versionIdentifier` is. */
const versionIdentifier = (configurationId: string, version: number) => `${configurationId}.${version}`;

type RowNode = Omit<StorageRowFragment, 'configuration' | 'state'> & { configuration?: unknown; state?: unknown };

/** A row; `configuration` and `state` only when read (a component list leaves them out unless included). */
export function row(node: RowNode) {
  return {
    id: node.key,
    name: node.name,
    description: node.description,
    ...('configuration' in node ? { configuration: node.configuration } : {}),
    isDisabled: node.isDisabled,
    version: node.version,
    created: keboolaTime(node.createdAt),
    creatorToken: creatorToken(node.currentVersion.creatorToken),
    changeDescription: node.currentVersion.changeDescription,
    ...('state' in node ? { state: node.state } : {}),
  };
}

type ConfigurationNode = StorageConfigurationHeadFragment & { configuration?: unknown; state?: unknown; rows?: RowNode[] };

/** A configuration; its content, rows and state only when read. */
export function configuration(node: ConfigurationNode) {
  const current = node.currentVersion;
  return {
    id: node.key,
    name: node.name,
    description: node.description,
    created: keboolaTime(node.createdAt),
    creatorToken: creatorToken(node.firstVersion?.creatorToken),
    version: node.version,
    changeDescription: current.changeDescription,
    isDisabled: node.isDisabled,
    isDeleted: node.isDeleted,
    ...('configuration' in node ? { configuration: node.configuration } : {}),
    rowsSortOrder: node.rowsSortOrder,
    ...(node.rows ? { rows: node.rows.map(row) } : {}),
    ...('state' in node ? { state: node.state } : {}),
    currentVersion: {
      created: keboolaTime(current.createdAt),
      creatorToken: creatorToken(current.creatorToken),
      changeDescription: current.changeDescription,
      versionIdentifier: versionIdentifier(node.id, current.version),
    },
  };
}

/** What a version list item carries beyond its number and maker, by `include`. */
type VersionInclude = 'name' | 'description' | 'configuration' | 'isDisabled' | 'rowsSortOrder';

/** A configuration version: in a list, what `include` names; in detail (`include` null), everything. */
export function version(configurationId: string, node: StorageVersionHeadFragment & { configuration?: unknown }, include: Set<string> | null) {
  const wanted = (field: VersionInclude) => include === null || include.has(field);
  return {
    version: node.version,
    created: keboolaTime(node.createdAt),
    creatorToken: creatorToken(node.creatorToken),
    changeDescription: node.changeDescription,
    versionIdentifier: versionIdentifier(configurationId, node.version),
    isDeleted: node.isDeleted,
    ...(wanted('isDisabled') ? { isDisabled: node.isDisabled } : {}),
    ...(wanted('name') ? { name: node.name } : {}),
    ...(wanted('description') ? { description: node.description } : {}),
    ...(wanted('configuration') && 'configuration' in node ? { configuration: node.configuration } : {}),
    ...(wanted('rowsSortOrder') ? { rowsSortOrder: node.rowsSortOrder } : {}),
  };
}

/** A row version: the row's fields without its id, `created` the version's time; `configuration` when read. */
export function rowVersion(node: StorageRowVersionHeadFragment & { configuration?: unknown }) {
  return {
    version: node.version,
    name: node.name,
    description: node.description,
    ...('configuration' in node ? { configuration: node.configuration } : {}),
    isDisabled: node.isDisabled,
    created: keboolaTime(node.createdAt),
    creatorToken: creatorToken(node.creatorToken),
    changeDescription: node.changeDescription,
  };
}

// Response schemas, for the OpenAPI document.

const timestamp = z.string().describe('ISO 8601 with a +HHMM offset');
const creatorTokenResponse = z.object({ id: z.number().int(), description: z.string() }).nullable();
export const componentResponse = z
  .object({ id: z.string(), type: z.string(), name: z.string(), description: z.string(), version: z.number().int(), flags: z.array(z.string()), uri: z.string() })
  .loose();
export const rowResponse = z
  .object({ id: z.string(), name: z.string(), description: z.string(), isDisabled: z.boolean(), version: z.number().int(), created: timestamp, creatorToken: creatorTokenResponse, changeDescription: z.string() })
  .loose();
export const configurationResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    created: timestamp,
    creatorToken: creatorTokenResponse,
    version: z.number().int(),
    changeDescription: z.string(),
    isDisabled: z.boolean(),
    isDeleted: z.boolean(),
    rowsSortOrder: z.array(z.string()),
    currentVersion: z.object({ created: timestamp, creatorToken: creatorTokenResponse, changeDescription: z.string(), versionIdentifier: z.string() }),
  })
  .loose();
export const versionResponse = z
  .object({ version: z.number().int(), created: timestamp, creatorToken: creatorTokenResponse, changeDescription: z.string(), versionIdentifier: z.string(), isDeleted: z.boolean() })
  .loose();
export const rowVersionResponse = z
  .object({ version: z.number().int(), created: timestamp, creatorToken: creatorTokenResponse, changeDescription: z.string() })
  .loose();
