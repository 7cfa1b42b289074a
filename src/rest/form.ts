/**
 * An `application/x-www-form-urlencoded` body as PHP reads it (what `http_build_query` writes):
 * `a[0]=x&a[1]=y` is a list, `m[0][key]=k` a list of objects, `a[]=x` appends; every value a string.
 */

type Form = Record<string, unknown>;

const MAX_DEPTH = 8;

/** `name[a][b]` → ['name', 'a', 'b']; a name PHP would not split stays whole. */
function pathOf(name: string): string[] {
  const open = name.indexOf('[');
  if (open <= 0) return [name];
  const path = [name.slice(0, open)];
  const rest = name.slice(open);
  const segments = /\[([^\]]*)\]/gy;
  let end = 0;
  for (let match = segments.exec(rest); match; match = segments.exec(rest)) {
    path.push(match[1]!);
    end = segments.lastIndex;
  }
  // Anything after the last bracket is dropped, as PHP drops it.
  return end === 0 || path.length > MAX_DEPTH ? [name] : path;
}

function place(target: Form, path: string[], value: string): void {
  let node = target;
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    const key = segment === '' ? String(Object.keys(node).length) : segment;
    if (last) {
      node[key] = value;
      return;
    }
    const next = node[key];
    if (typeof next !== 'object' || next === null) node[key] = Object.create(null) as Form;
    node = node[key] as Form;
  }
}

/** Objects keyed 0, 1, 2… in that order become lists, as PHP's arrays are to JSON. */
function listsOf(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).map(([key, inner]) => [key, listsOf(inner)] as const);
  if (entries.length > 0 && entries.every(([key], index) => key === String(index))) return entries.map(([, inner]) => inner);
  return Object.fromEntries(entries);
}

export function parseForm(text: string): Form {
  const form = Object.create(null) as Form;
  for (const [name, value] of new URLSearchParams(text)) place(form, pathOf(name), value);
  return listsOf(form) as Form;
}
