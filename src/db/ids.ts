import { randomBytes, randomUUID } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Uniformly random base62 text: bytes at or above 248 (4 × 62) are skipped to avoid modulo bias. */
export function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += BASE62[byte % 62];
    }
  }
  return out;
}

// Ids tell their type, so `node(id)` needs no lookup table and a wrong id fails before any SQL.
// Clients keep plain UUIDs: legacy OpenPanel callers send them in a header that must be a UUID.
const PREFIXES = {
  Organization: 'org',
  User: 'usr',
  OrganizationMember: 'om',
  Project: 'prj',
  ProjectMember: 'pm',
  Reference: 'ref',
  ManagementKey: 'mk',
  PersonalAccessToken: 'pat',
  ConsoleSession: 'cns',
  OperatorToken: 'op',
  AuditEvent: 'ae',
  Maintainer: 'mnt',
  MaintainerMember: 'mm',
  Invitation: 'inv',
  JoinRequest: 'jr',
  Feature: 'feat',
  Metadata: 'md',
  StorageToken: 'st',
  Job: 'job',
  JobAttempt: 'ja',
  Dashboard: 'dsh',
  Report: 'rpt',
  Component: 'cmp',
  ComponentRelease: 'rel',
  Configuration: 'cfg',
  ConfigurationRow: 'cfr',
  ConfigurationVersion: 'cfv',
  ConfigurationRowVersion: 'crv',
  MetadataSchema: 'ms',
  CustomEventSchema: 'ces',
  StackingRules: 'stk',
  Brand: 'brd',
  CampaignTemplate: 'ctpl',
  Webhook: 'wh',
  /** Also the `webhook-id` header of its requests, as Standard Webhooks' examples name messages. */
  WebhookDelivery: 'msg',
  WebhookDeliveryAttempt: 'wha',
} as const;

export type PrefixedType = keyof typeof PREFIXES;
export type NodeType = PrefixedType | 'Client';

const ID_BODY_LENGTH = 22;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PREFIXED = /^([a-z]+)_([0-9A-Za-z]{22})$/;
const TYPE_BY_PREFIX = new Map<string, PrefixedType>(Object.entries(PREFIXES).map(([type, prefix]) => [prefix, type as PrefixedType]));

export function newId(type: NodeType): string {
  return type === 'Client' ? randomUUID() : `${PREFIXES[type]}_${randomBase62(ID_BODY_LENGTH)}`;
}

/** The type an id belongs to, or null for anything that is not a well-formed Steward id. */
export function typeOfId(id: string): NodeType | null {
  if (UUID.test(id)) return 'Client';
  const match = PREFIXED.exec(id);
  return (match && TYPE_BY_PREFIX.get(match[1]!)) ?? null;
}

export function isIdOf(type: NodeType, id: string): boolean {
  return typeOfId(id) === type;
}

const NUMBER = /^[1-9][0-9]{0,9}$/;

/**
 * Where a dialect passes an object's integer number (Keboola's clients decode ids as integers) or
 * Steward's own id: the unique filter for either, or null when the text is neither.
 */
export function idOrNumber(type: PrefixedType, text: string): { id: string } | { number: number } | null {
  if (isIdOf(type, text)) return { id: text };
  if (!NUMBER.test(text)) return null;
  const number = Number(text);
  return number <= 2_147_483_647 ? { number } : null;
}
