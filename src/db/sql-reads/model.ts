import { getDatamodel } from '../../generated/pothos-prisma-types.js';

/** A column of a model, as Prisma names and types it. */
export interface Column {
  name: string;
  /** Prisma's scalar type (String, Int, DateTime, Json, …) or an enum's name. */
  type: string;
  isEnum: boolean;
  isList: boolean;
  /** The model's id or a unique column: an equality on it finds one row at most. */
  isUnique: boolean;
  isRequired: boolean;
}

/**
 * A relation seen from one model: `column` is the foreign key on this model (to-one, held here) or
 * on the other (held there); every relation of the schema references the other model's `id`.
 */
export interface Relation {
  name: string;
  model: string;
  isList: boolean;
  heldHere: boolean;
  column: string;
}

export interface Model {
  name: string;
  /** Quoted, schema-qualified: "public"."Project". */
  table: string;
  columns: Map<string, Column>;
  relations: Map<string, Relation>;
}

export function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

function buildModels(): Map<string, Model> {
  const { models } = getDatamodel().datamodel;
  const result = new Map<string, Model>();
  for (const [name, model] of Object.entries(models)) {
    const columns = new Map<string, Column>();
    const relations = new Map<string, Relation>();
    for (const field of model.fields) {
      if (field.kind === 'scalar' || field.kind === 'enum') {
        columns.set(field.name, { name: field.name, type: field.type, isEnum: field.kind === 'enum', isList: field.isList, isUnique: field.isId || field.isUnique, isRequired: field.isRequired });
      }
    }
    for (const field of model.fields) {
      if (field.kind !== 'object') continue;
      const from = field.relationFromFields ?? [];
      if (from.length === 1) {
        relations.set(field.name, { name: field.name, model: field.type, isList: false, heldHere: true, column: from[0]! });
        continue;
      }
      const back = models[field.type]?.fields.find((other) => other.relationName === field.relationName && other !== field && (other.relationFromFields ?? []).length === 1);
      // An implicit many-to-many relation, or a key of several columns: not read here.
      if (back) relations.set(field.name, { name: field.name, model: field.type, isList: field.isList, heldHere: false, column: back.relationFromFields![0]! });
    }
    result.set(name, { name, table: `"public".${quote(name)}`, columns, relations });
  }
  return result;
}

let cached: Map<string, Model> | undefined;

/** The schema's models, read once from the generated data model. */
export function models(): Map<string, Model> {
  return (cached ??= buildModels());
}
