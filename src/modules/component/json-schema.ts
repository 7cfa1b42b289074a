import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

/**
 * JSON Schemas of component releases: checked when released, compiled once per release (releases
 * never change), and applied with every violation reported by its path in the document.
 */

// Components' schemas carry keywords of their own (Keboola's `propertyOrder`, `options`) and formats
// Steward does not check: both are ignored rather than refused.
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, logger: false });

const COMPILED_MAX = 500;
const compiled = new Map<string, ValidateFunction>();

/** Why a schema cannot be used, or null when it compiles. */
export function schemaProblem(schema: unknown): string | null {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return 'must be a JSON object';
  try {
    ajv.compile(withoutDraft(schema as Record<string, unknown>));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Older drafts' `$schema` (Keboola's components use draft-04) is read as draft-07, whose keywords they share. */
function withoutDraft(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema, ...rest } = schema;
  return typeof $schema === 'string' && /draft-0[3-7]/.test($schema) ? rest : schema;
}

function validatorOf(key: string, schema: Record<string, unknown>): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(withoutDraft(schema));
    if (compiled.size >= COMPILED_MAX) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, validate);
  }
  return validate;
}

export interface Violation {
  /** Path segments within the document. */
  path: string[];
  message: string;
}

/** Every violation of the schema (cached under `key`, which must name that schema for good) by the document. */
export function violations(key: string, schema: unknown, document: unknown): Violation[] {
  const validate = validatorOf(key, schema as Record<string, unknown>);
  if (validate(document)) return [];
  return (validate.errors ?? []).map(violation);
}

function violation(error: ErrorObject): Violation {
  const path = error.instancePath.split('/').slice(1).map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'required') {
    path.push(String(error.params.missingProperty));
    return { path, message: `${path.join('.')} is required` };
  }
  return { path, message: `${path.length > 0 ? path.join('.') : 'the document'} ${error.message ?? 'is invalid'}` };
}
