import { randomInt } from 'node:crypto';

const MAX_SLUG_LENGTH = 48;

/** "My New Project" → "my-new-project"; a name without letters or digits gives "project". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
  return slug || 'project';
}

/** The slug to try on a given attempt: the plain slug first, then with a random four-digit suffix. */
export function slugCandidate(name: string, attempt: number): string {
  const slug = slugify(name);
  return attempt === 0 ? slug : `${slug}-${randomInt(1000, 10000)}`;
}
