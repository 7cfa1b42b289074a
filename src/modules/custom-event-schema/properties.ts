import type { UserError } from '../../errors.js';

export const EVENT_PROPERTY_TYPES = ['string', 'number', 'date', 'datetime', 'boolean'] as const;
export type EventPropertyType = (typeof EVENT_PROPERTY_TYPES)[number];

export interface EventProperty {
  name: string;
  type: EventPropertyType;
  optional: boolean;
  deleted: boolean;
}

export interface EventPropertyInput {
  name: string;
  type: EventPropertyType;
  optional?: boolean | null;
  deleted?: boolean | null;
}

export const EVENT_PROPERTIES_MAX = 100;
const NAME_MAX = 255;

/**
 * The properties after merging those given into those stored, by name: one given replaces the
 * stored one whole (its type may change), the others stay, new ones follow in the order given.
 */
export function mergeEventProperties(given: EventPropertyInput[], stored: EventProperty[]): { properties: EventProperty[]; errors: UserError[] } {
  const errors: UserError[] = [];
  const seen = new Set<string>();
  const merged = new Map(stored.map((property) => [property.name, property]));
  given.forEach((input, index) => {
    const field = ['input', 'properties', String(index)];
    if (input.name.length === 0 || input.name.length > NAME_MAX) {
      errors.push({ code: 'INVALID', field: [...field, 'name'], message: `a property name must be 1 to ${NAME_MAX} characters` });
    } else if (seen.has(input.name)) {
      errors.push({ code: 'INVALID', field: [...field, 'name'], message: `Property .schema.properties.${input.name} is given twice` });
    } else {
      seen.add(input.name);
      merged.set(input.name, { name: input.name, type: input.type, optional: input.optional ?? true, deleted: input.deleted ?? false });
    }
  });
  if (errors.length === 0 && merged.size > EVENT_PROPERTIES_MAX) {
    errors.push({ code: 'INVALID', field: ['input', 'properties'], message: `a schema holds at most ${EVENT_PROPERTIES_MAX} properties, removed ones included` });
  }
  return { properties: [...merged.values()], errors };
}

export function eventPropertiesOf(json: unknown): EventProperty[] {
  return Array.isArray(json) ? (json as EventProperty[]) : [];
}
