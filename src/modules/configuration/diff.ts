import { isDeepStrictEqual } from 'node:util';

/** One step of a JSON Patch (RFC 6902) from one document to another, with the value replaced or removed. */
export interface PatchOperation {
  op: 'add' | 'remove' | 'replace';
  /** A JSON Pointer (RFC 6901). */
  path: string;
  value?: unknown;
  previous?: unknown;
}

const pointer = (segment: string | number) => String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The operations that turn `from` into `to`: objects key by key, arrays element by element (a
 * shorter or longer array removes or adds at its end), anything else replaced whole.
 */
export function jsonDiff(from: unknown, to: unknown, path = ''): PatchOperation[] {
  if (isDeepStrictEqual(from, to)) return [];
  if (isObject(from) && isObject(to)) {
    const operations: PatchOperation[] = [];
    for (const key of Object.keys(from)) {
      const at = `${path}/${pointer(key)}`;
      if (!(key in to)) operations.push({ op: 'remove', path: at, previous: from[key] });
      else operations.push(...jsonDiff(from[key], to[key], at));
    }
    for (const key of Object.keys(to)) if (!(key in from)) operations.push({ op: 'add', path: `${path}/${pointer(key)}`, value: to[key] });
    return operations;
  }
  if (Array.isArray(from) && Array.isArray(to)) {
    const operations: PatchOperation[] = [];
    const common = Math.min(from.length, to.length);
    for (let index = 0; index < common; index++) operations.push(...jsonDiff(from[index], to[index], `${path}/${index}`));
    // Removals from the end first, so that each pointer names an element that still exists.
    for (let index = from.length - 1; index >= to.length; index--) operations.push({ op: 'remove', path: `${path}/${index}`, previous: from[index] });
    for (let index = from.length; index < to.length; index++) operations.push({ op: 'add', path: `${path}/${index}`, value: to[index] });
    return operations;
  }
  return [{ op: 'replace', path, value: to, previous: from }];
}
