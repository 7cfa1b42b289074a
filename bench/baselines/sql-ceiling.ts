// The ceiling for the data path: the nested read of the benchmark's GraphQL query written by hand,
// one SQL statement per level through pg, served as JSON by a bare node:http handler. No
// authentication, no authorization, no GraphQL. At /json, the same read as one statement that builds
// the response in PostgreSQL, sent as it comes: what shaping the response in the database costs
// either side.
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

interface Row {
  id: string;
  [column: string]: unknown;
}

/** The first `limit` rows of each parent, as a window over one statement. */
async function childrenOf(table: 'Client' | 'Reference', columns: string, order: string, parentIds: string[], limit: number) {
  const { rows } = await pool.query<Row & { projectId: string }>(
    `SELECT * FROM (SELECT ${columns}, "projectId", row_number() OVER (PARTITION BY "projectId" ORDER BY ${order}) AS n
       FROM "${table}" WHERE "projectId" = ANY($1)) ranked WHERE n <= $2`,
    [parentIds, limit],
  );
  const byProject = new Map<string, Row[]>();
  for (const { n: _n, projectId, ...row } of rows) byProject.set(projectId, [...(byProject.get(projectId) ?? []), row as Row]);
  return byProject;
}

async function nested(organizationId: string) {
  const organization = (await pool.query<Row>('SELECT id, name FROM "Organization" WHERE id = $1', [organizationId])).rows[0];
  if (!organization) return null;
  const projects = (
    await pool.query<Row>(
      'SELECT id, name, slug FROM "Project" WHERE "organizationId" = $1 AND "deleteAt" IS NULL ORDER BY "createdAt", id LIMIT 20',
      [organizationId],
    )
  ).rows;
  const ids = projects.map((project) => project.id);
  const [clients, references] = await Promise.all([
    childrenOf('Client', 'id, name, type', '"createdAt", id', ids, 10),
    childrenOf('Reference', 'id, title, date', 'date DESC, id', ids, 10),
  ]);
  return {
    ...organization,
    projects: projects.map((project) => ({ ...project, clients: clients.get(project.id) ?? [], references: references.get(project.id) ?? [] })),
  };
}

/** A JSON array of the first `limit` rows of `table` (aliased `alias`) that `where` keeps, each row's object built of `fields`. */
const jsonPage = (table: string, alias: string, fields: string, where: string, order: string, limit: number) =>
  `COALESCE((SELECT json_agg(json_build_object(${fields}) ORDER BY ${alias}.n) FROM (SELECT *, row_number() OVER (ORDER BY ${order}) AS n FROM "${table}" WHERE ${where} ORDER BY ${order} LIMIT ${limit}) AS ${alias}), '[]')`;

const NESTED_JSON = `SELECT json_build_object('data', json_build_object('organization', (
  SELECT json_build_object('id', o.id, 'name', o.name, 'projects', ${jsonPage(
    'Project',
    'p',
    `'id', p.id, 'name', p.name, 'slug', p.slug,
     'clients', ${jsonPage('Client', 'c', `'id', c.id, 'name', c.name, 'type', c.type`, '"projectId" = p.id', '"createdAt", id', 10)},
     'references', ${jsonPage('Reference', 'r', `'id', r.id, 'title', r.title, 'date', to_char(r.date, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`, '"projectId" = p.id', 'date DESC, id', 10)}`,
    '"organizationId" = o.id AND "deleteAt" IS NULL',
    '"createdAt", id',
    20,
  )})
  FROM "Organization" AS o WHERE o.id = $1)))::text AS body`;

createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const organizationId = url.searchParams.get('organization') ?? '';
  const body =
    url.pathname === '/json'
      ? (await pool.query<{ body: string }>(NESTED_JSON, [organizationId])).rows[0]!.body
      : JSON.stringify({ data: { organization: await nested(organizationId) } });
  response.writeHead(200, { 'content-type': 'application/json' }).end(body);
}).listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('listening\n'));
