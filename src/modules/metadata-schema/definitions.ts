import type { UserError } from '../../errors.js';

/** Voucherify's property types, as stored and as its REST dialect spells them. */
export const METADATA_TYPES = ['string', 'number', 'object', 'date', 'datetime', 'geopoint', 'boolean', 'image_url'] as const;
export type MetadataType = (typeof METADATA_TYPES)[number];

/**
 * The kinds of object a schema describes that are not nested objects: Voucherify's standard ones,
 * and Steward's own objects whose metadata is validated (a project's, a configuration's). Any other
 * related object names a custom schema, a nested object that definitions of type object point at.
 */
export const STANDARD_RELATED_OBJECTS = [
  'campaign', 'customer', 'earning_rule', 'loyalty_tier', 'order', 'order_item', 'product', 'promotion_tier',
  'publication', 'redemption', 'reward', 'voucher', 'project', 'configuration',
] as const;

export function isCustomRelatedObject(relatedObject: string): boolean {
  return !(STANDARD_RELATED_OBJECTS as readonly string[]).includes(relatedObject);
}

/** One stored definition: every key present, null where unset. */
export interface MetadataDefinition {
  name: string;
  type: MetadataType;
  optional: boolean;
  array: boolean;
  deleted: boolean;
  objectType: string | null;
  minLength: number | null;
  maxLength: number | null;
  exactLength: number | null;
  eq: (string | number)[] | null;
  ne: number[] | null;
  lt: number | null;
  lte: number | null;
  gt: number | null;
  gte: number | null;
}

/** A definition as a mutation's input gives it: keys left out fall back to defaults. */
export interface DefinitionInput {
  name: string;
  type: MetadataType;
  optional?: boolean | null;
  array?: boolean | null;
  deleted?: boolean | null;
  objectType?: string | null;
  minLength?: number | null;
  maxLength?: number | null;
  exactLength?: number | null;
  eq?: unknown[] | null;
  ne?: unknown[] | null;
  lt?: number | null;
  lte?: number | null;
  gt?: number | null;
  gte?: number | null;
}

export const DEFINITIONS_MAX = 100;
export const NAME_MAX = 255;
const VALUES_MAX = 100;
const LENGTH_KEYS = ['minLength', 'maxLength', 'exactLength'] as const;
const BOUND_KEYS = ['lt', 'lte', 'gt', 'gte'] as const;

/** What checking a schema's definitions needs to know about the schema and its project. */
export interface DefinitionPlace {
  /** A custom schema is a nested object: it may not contain another. */
  custom: boolean;
  /** The project's custom schemas, which definitions of type object may name. */
  customSchemas: ReadonlySet<string>;
  /** The definitions stored so far, by name (empty on create). */
  stored: ReadonlyMap<string, MetadataDefinition>;
}

/** Voucherify words a refused definition as `Property .properties.Size.eq.0 must be number`. */
function problem(index: number, name: string, path: (string | number)[], message: string): UserError {
  return {
    code: 'INVALID',
    field: ['input', 'properties', String(index), ...path.map(String)],
    message: `Property .properties.${[name, ...path].join('.')} ${message}`,
  };
}

function hasTwoDecimalsAtMost(value: number): boolean {
  const cents = value * 100;
  return Math.abs(cents - Math.round(cents)) <= 1e-9 * Math.max(1, Math.abs(cents));
}

/** The problems of one definition's constraint keys, for its type. */
function constraintProblems(input: DefinitionInput, at: (path: (string | number)[], message: string) => UserError): UserError[] {
  const errors: UserError[] = [];
  const { type } = input;
  for (const key of LENGTH_KEYS) {
    const value = input[key];
    if (value == null) continue;
    if (type !== 'string') errors.push(at([key], 'applies to type string only'));
    else if (value < 0) errors.push(at([key], 'must be >= 0'));
  }
  if (input.minLength != null && input.maxLength != null && input.minLength > input.maxLength) {
    errors.push(at(['minLength'], 'must be <= maxLength'));
  }
  if (input.eq != null) {
    if (type !== 'string' && type !== 'number') errors.push(at(['eq'], 'applies to types string and number only'));
    else if (input.eq.length > VALUES_MAX) errors.push(at(['eq'], `must NOT have more than ${VALUES_MAX} items`));
    else input.eq.forEach((value, i) => {
      if (typeof value !== type || (type === 'number' && !Number.isFinite(value))) errors.push(at(['eq', i], `must be ${type}`));
    });
  }
  if (input.ne != null) {
    if (type !== 'number') errors.push(at(['ne'], 'applies to type number only'));
    else if (input.ne.length > VALUES_MAX) errors.push(at(['ne'], `must NOT have more than ${VALUES_MAX} items`));
    else input.ne.forEach((value, i) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) errors.push(at(['ne', i], 'must be number'));
    });
  }
  for (const key of BOUND_KEYS) {
    const value = input[key];
    if (value == null) continue;
    if (type !== 'number') errors.push(at([key], 'applies to type number only'));
    else if (!hasTwoDecimalsAtMost(value)) errors.push(at([key], 'must have at most 2 decimal places'));
  }
  return errors;
}

function objectTypeProblems(input: DefinitionInput, place: DefinitionPlace, at: (path: string[], message: string) => UserError): UserError[] {
  if (input.type !== 'object') return input.objectType == null ? [] : [at(['objectType'], 'must be null unless type is object')];
  if (place.custom) return [at(['type'], 'must not be object: a nested object cannot contain another nested object')];
  if (input.deleted) return [];
  if (input.objectType == null || !place.customSchemas.has(input.objectType)) {
    return [at(['objectType'], 'must name a custom metadata schema of the project')];
  }
  return [];
}

function stored(input: DefinitionInput): MetadataDefinition {
  return {
    name: input.name,
    type: input.type,
    optional: input.optional ?? true,
    array: input.array ?? false,
    deleted: input.deleted ?? false,
    objectType: input.type === 'object' ? (input.objectType ?? null) : null,
    minLength: input.minLength ?? null,
    maxLength: input.maxLength ?? null,
    exactLength: input.exactLength ?? null,
    eq: (input.eq as (string | number)[] | null | undefined) ?? null,
    ne: (input.ne as number[] | null | undefined) ?? null,
    lt: input.lt ?? null,
    lte: input.lte ?? null,
    gt: input.gt ?? null,
    gte: input.gte ?? null,
  };
}

/**
 * The definitions after merging those given into those stored, by name: a definition given replaces
 * the stored one whole (keys left out fall back to defaults), one not given stays, new ones follow in
 * the order given. A stored definition's type does not change. Every problem is reported at once.
 */
export function mergeDefinitions(given: DefinitionInput[], place: DefinitionPlace): { definitions: MetadataDefinition[]; errors: UserError[] } {
  const errors: UserError[] = [];
  const seen = new Set<string>();
  const merged = new Map(place.stored);
  given.forEach((input, index) => {
    const at = (path: (string | number)[], message: string) => problem(index, input.name, path, message);
    if (input.name.length === 0 || input.name.length > NAME_MAX) {
      errors.push({ code: 'INVALID', field: ['input', 'properties', String(index), 'name'], message: `a property name must be 1 to ${NAME_MAX} characters` });
      return;
    }
    if (seen.has(input.name)) {
      errors.push(at([], 'is given twice'));
      return;
    }
    seen.add(input.name);
    const before = place.stored.get(input.name);
    if (before && before.type !== input.type) {
      errors.push(at(['type'], `cannot change from ${before.type} to ${input.type}`));
      return;
    }
    const own = [...objectTypeProblems(input, place, at), ...constraintProblems(input, at)];
    errors.push(...own);
    if (own.length === 0) merged.set(input.name, stored(input));
  });
  if (errors.length === 0 && merged.size > DEFINITIONS_MAX) {
    errors.push({ code: 'INVALID', field: ['input', 'properties'], message: `a schema holds at most ${DEFINITIONS_MAX} definitions, removed ones included` });
  }
  return { definitions: [...merged.values()], errors };
}

/** Stored JSON back into definitions. */
export function definitionsOf(json: unknown): MetadataDefinition[] {
  return Array.isArray(json) ? (json as MetadataDefinition[]) : [];
}
