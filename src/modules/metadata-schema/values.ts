import type { MetadataDefinition, MetadataType } from './definitions.js';

/** A schema as value checks need it: its definitions by name, deleted ones left out. */
export interface ValueSchema {
  allowDefinedOnly: boolean;
  definitions: Map<string, MetadataDefinition>;
}

export function valueSchema(allowDefinedOnly: boolean, definitions: MetadataDefinition[]): ValueSchema {
  return { allowDefinedOnly, definitions: new Map(definitions.filter((d) => !d.deleted).map((d) => [d.name, d])) };
}

/** The custom schemas definitions of type object name, by name; a missing one checks only that the value is an object. */
export type NestedSchemas = ReadonlyMap<string, ValueSchema>;

const NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const GEOPOINT = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/;

function isCalendarDate(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

function isDate(text: string): boolean {
  const match = DATE.exec(text);
  return match !== null && isCalendarDate(match[1]!, match[2]!, match[3]!);
}

function isDateTime(text: string): boolean {
  const match = DATE_TIME.exec(text);
  return match !== null && isCalendarDate(match[1]!, match[2]!, match[3]!);
}

function isImageUrl(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const { protocol } = new URL(text);
  return protocol === 'https:' || protocol === 'http:';
}

function isGeopoint(text: string): boolean {
  const match = GEOPOINT.exec(text);
  if (!match) return false;
  const [latitude, longitude] = [Number(match[1]), Number(match[2])];
  return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
}

const TEXT_FORMATS: Partial<Record<MetadataType, { test: (text: string) => boolean; name: string }>> = {
  date: { test: isDate, name: 'a date (YYYY-MM-DD)' },
  datetime: { test: isDateTime, name: 'a date-time (ISO 8601, such as 2020-03-11T09:00:00.000Z)' },
  image_url: { test: isImageUrl, name: 'an image URL (http or https)' },
  geopoint: { test: isGeopoint, name: 'a geopoint (latitude, longitude, such as 37.786971, -122.399677)' },
};

/** One violation: where (`.metadata.size`, `.metadata.payment.tax`, `.metadata.tags.0`) and what. */
export interface Violation {
  path: string;
  message: string;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Voucherify's wording for a type mismatch. */
function expected(type: MetadataType): string {
  return TEXT_FORMATS[type]?.name ?? type;
}

function constraintViolations(definition: MetadataDefinition, value: string | number, path: string): Violation[] {
  const out: Violation[] = [];
  const add = (message: string) => out.push({ path, message });
  if (typeof value === 'string') {
    const length = [...value].length;
    if (definition.minLength !== null && length < definition.minLength) add(`must NOT have fewer than ${definition.minLength} characters`);
    if (definition.maxLength !== null && length > definition.maxLength) add(`must NOT have more than ${definition.maxLength} characters`);
    if (definition.exactLength !== null && length !== definition.exactLength) add(`must have exactly ${definition.exactLength} characters`);
  } else {
    if (definition.ne?.includes(value)) add(`must NOT be equal to ${value}`);
    if (definition.lt !== null && !(value < definition.lt)) add(`must be < ${definition.lt}`);
    if (definition.lte !== null && !(value <= definition.lte)) add(`must be <= ${definition.lte}`);
    if (definition.gt !== null && !(value > definition.gt)) add(`must be > ${definition.gt}`);
    if (definition.gte !== null && !(value >= definition.gte)) add(`must be >= ${definition.gte}`);
  }
  if (definition.eq && definition.eq.length > 0 && !definition.eq.includes(value)) {
    add(`must be equal to one of the allowed values: ${definition.eq.join(', ')}`);
  }
  return out;
}

/** A value inside JSON (an array's item, a nested object's property): JSON's own types. */
function jsonItemViolations(definition: MetadataDefinition, value: unknown, path: string, nested: NestedSchemas): Violation[] {
  const wrong = [{ path, message: `must be ${expected(definition.type)}` }];
  switch (definition.type) {
    case 'object':
      return isPlainObject(value) ? objectViolations(definition.objectType, value, path, nested) : wrong;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? constraintViolations(definition, value, path) : wrong;
    case 'boolean':
      return typeof value === 'boolean' ? [] : wrong;
    case 'string':
      return typeof value === 'string' ? constraintViolations(definition, value, path) : wrong;
    default:
      return typeof value === 'string' && TEXT_FORMATS[definition.type]!.test(value) ? [] : wrong;
  }
}

function jsonValueViolations(definition: MetadataDefinition, value: unknown, path: string, nested: NestedSchemas): Violation[] {
  if (value === null && definition.optional) return [];
  if (!definition.array) return jsonItemViolations(definition, value, path, nested);
  if (!Array.isArray(value)) return [{ path, message: 'must be array' }];
  return value.flatMap((item, index) => jsonItemViolations(definition, item, `${path}.${index}`, nested));
}

/** A nested object against its custom schema: its definitions' required keys present, unknown keys refused when allowDefinedOnly. */
function objectViolations(objectType: string | null, value: Record<string, unknown>, path: string, nested: NestedSchemas): Violation[] {
  const schema = objectType === null ? undefined : nested.get(objectType);
  if (!schema) return [];
  const out: Violation[] = [];
  for (const [key, item] of Object.entries(value)) {
    const definition = schema.definitions.get(key);
    if (definition) out.push(...jsonValueViolations(definition, item, `${path}.${key}`, nested));
    else if (schema.allowDefinedOnly) out.push({ path: `${path}.${key}`, message: `is not defined in the ${objectType} metadata schema, which allows defined properties only` });
  }
  for (const definition of schema.definitions.values()) {
    if (!definition.optional && !(definition.name in value)) out.push({ path: `${path}.${definition.name}`, message: 'is required' });
  }
  return out;
}

function parseJson(text: string): { value: unknown } | null {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return null;
  }
}

/**
 * One of Steward's metadata values (always text) against its definition: scalars are read from the
 * text (`12.5` for a number, `true` for a boolean), arrays and objects are JSON.
 */
export function textValueViolations(definition: MetadataDefinition, text: string, path: string, nested: NestedSchemas): Violation[] {
  if (definition.array || definition.type === 'object') {
    const parsed = parseJson(text);
    if (!parsed) return [{ path, message: definition.array ? 'must be a JSON array' : 'must be a JSON object' }];
    return jsonValueViolations(definition, parsed.value, path, nested);
  }
  const wrong = [{ path, message: `must be ${expected(definition.type)}` }];
  switch (definition.type) {
    case 'string':
      return constraintViolations(definition, text, path);
    case 'number':
      return NUMBER.test(text) && Number.isFinite(Number(text)) ? constraintViolations(definition, Number(text), path) : wrong;
    case 'boolean':
      return text === 'true' || text === 'false' ? [] : wrong;
    default:
      return TEXT_FORMATS[definition.type]!.test(text) ? [] : wrong;
  }
}

export type EntryViolation = Violation & { index: number; field: 'key' | 'value' };

/** Entries set on an object, against its schema: each violation with the entry's index and the input key at fault. */
export function entryViolations(
  relatedObject: string,
  schema: ValueSchema,
  entries: { key: string; value: string }[],
  nested: NestedSchemas,
): EntryViolation[] {
  return entries.flatMap(({ key, value }, index): EntryViolation[] => {
    const path = `.metadata.${key}`;
    const definition = schema.definitions.get(key);
    if (!definition) {
      return schema.allowDefinedOnly
        ? [{ index, field: 'key' as const, path, message: `is not defined in the ${relatedObject} metadata schema, which allows defined properties only` }]
        : [];
    }
    return textValueViolations(definition, value, path, nested).map((violation) => ({ ...violation, index, field: 'value' as const }));
  });
}
