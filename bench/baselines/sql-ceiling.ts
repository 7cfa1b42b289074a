// The ceiling for the data path: the nested read of the benchmark's GraphQL query written by hand,
// one SQL statement per level through pg, served as JSON by a bare node:http handler. No
// authentication, no authorization, no GraphQL.
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

createServer(async (request, response) => {
  const organizationId = new URL(request.url ?? '/', 'http://localhost').searchParams.get('organization') ?? '';
  const body = JSON.stringify({ data: { organization: await nested(organizationId) } });
  response.writeHead(200, { 'content-type': 'application/json' }).end(body);
}).listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('listening\n'));
