import { decodeBase64 } from '@pothos/core';
import { getNamedType, Kind, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { typeOfId } from '../db/ids.js';
import { badRequest, badUserInput } from '../errors.js';

// Input no caller should send, refused before execution with a 400 rather than reaching the
// database as an internal error. Every REST dialect runs its operations through these too.

function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(holdsNul);
  return value !== null && typeof value === 'object' && Object.values(value).some(holdsNul);
}

function documentHoldsNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      found ||= node.value.includes('\u0000');
    },
  });
  return found;
}

/**
 * PostgreSQL stores no NUL character in text, so a request with one in any string, in its
 * variables or in the document's literals, is refused before execution, as /graphql and every REST
 * dialect run operations. Documents come from Yoga's parse cache: each is scanned once.
 */
function useRefuseNul(): Plugin {
  const scanned = new WeakMap<DocumentNode, boolean>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const document = args.document as DocumentNode;
      let inDocument = scanned.get(document);
      if (inDocument === undefined) scanned.set(document, (inDocument = documentHoldsNul(document)));
      if (inDocument || holdsNul(args.variableValues)) {
        const message = 'a string of the request contains a NUL character (\\u0000), which Steward does not store';
        setResultAndStopExecution({ errors: [badUserInput(message, { beforeExecution: true })] });
      }
    },
  };
}

interface CursorArguments {
  literals: string[];
  variables: string[];
}

/** The `after` and `before` arguments of connections in a document: literal values and variable names. */
function cursorArguments(schema: GraphQLSchema, document: DocumentNode): CursorArguments {
  const found: CursorArguments = { literals: [], variables: [] };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.ARGUMENT]: (node) => {
        const field = typeInfo.getFieldDef();
        if ((node.name.value !== 'after' && node.name.value !== 'before') || !field || !getNamedType(field.type).name.endsWith('Connection')) return;
        if (node.value.kind === Kind.STRING) found.literals.push(node.value.value);
        if (node.value.kind === Kind.VARIABLE) found.variables.push(node.value.name.value);
      },
    }),
  );
  return found;
}

/** Steward's connections page by id: a cursor it issued is `GPC:S:<id>` in base64, the id one of Steward's. */
function isIssuedCursor(cursor: unknown): boolean {
  if (cursor === null || cursor === undefined) return true;
  if (typeof cursor !== 'string') return false;
  try {
    const decoded = decodeBase64(cursor);
    return decoded.startsWith('GPC:S:') && typeOfId(decoded.slice(6)) !== null;
  } catch {
    return false;
  }
}

/**
 * A cursor is opaque to the caller: one Steward did not issue (which plugin-prisma would otherwise
 * decode into a filter or a date of the caller's making) is refused before execution.
 */
function useRefuseForgedCursors(): Plugin {
  const cursorsOf = new WeakMap<DocumentNode, CursorArguments>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const document = args.document as DocumentNode;
      let cursors = cursorsOf.get(document);
      if (!cursors) cursorsOf.set(document, (cursors = cursorArguments(args.schema, document)));
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const given = [...cursors.literals, ...cursors.variables.map((name) => variables[name])];
      if (!given.every(isIssuedCursor)) {
        const message = 'after and before take only a cursor that Steward returned in pageInfo or an edge';
        setResultAndStopExecution({ errors: [badUserInput(message, { beforeExecution: true })] });
      }
    },
  };
}

/** GET (and form-encoded) requests carry variables and extensions as JSON text; text that is not JSON is the caller's mistake. */
function useRefuseBrokenParams(): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (error) {
          if (!(error instanceof SyntaxError)) throw error;
          throw badRequest(`variables and extensions must be JSON: ${error.message}`);
        }
      });
    },
  };
}

export function hostileInputPlugins(): Plugin[] {
  return [useRefuseBrokenParams(), useRefuseNul(), useRefuseForgedCursors()];
}
