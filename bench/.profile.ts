import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';

const scenario = process.argv[2] ?? 'nested';
const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
await admin.connect();
const name = `steward_prof_${Date.now()}`;
await admin.query(`CREATE DATABASE ${name}`);
const port = 4400 + Math.floor(Math.random() * 100);
const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${name}`, LOG_LEVEL: 'warn', GRAPHIQL: 'false', STEWARD_SECRET: randomBytes(32).toString('hex'), RATE_LIMIT_REQUESTS: '1000000000', RATE_LIMIT_COST: '1000000000000' };
delete (env as any).REDIS_URL;
const child = spawn(process.execPath, [...(process.env.CHILD_FLAGS ? process.env.CHILD_FLAGS.split(' ') : []), ...(process.env.PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []), 'dist/src/cli.js', 'serve'], { cwd: '/work/main', env, stdio: ['ignore', 'pipe', 'inherit'] });
let out = '';
child.stdout!.on('data', (c) => (out += c));
const url = `http://127.0.0.1:${port}`;
for (;;) { if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) break; await new Promise((r) => setTimeout(r, 20)); }
const creds = JSON.parse(/Its credentials are shown only now:\n([\s\S]*?)\nOpen http/.exec(out)![1]!);
const gql = async (token: string, query: string, variables: object) => {
  const r = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const b: any = await r.json(); if (b.errors) throw new Error(JSON.stringify(b)); return b.data;
};
const org = creds.organization.id;
for (let i = 0; i < 20; i++) {
  const p = (await gql(creds.personalAccessToken, 'mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }', { input: { organizationId: org, name: `P ${i}` } })).createProject.project.id;
  await gql(creds.personalAccessToken, 'mutation ($input: CreateClientInput!) { createClient(input: $input) { client { id } } }', { input: { organizationId: org, projectId: p, name: 'x', type: 'READ' } });
  for (let r = 0; r < 5; r++) await gql(creds.personalAccessToken, 'mutation ($input: CreateReferenceInput!) { createReference(input: $input) { reference { id } } }', { input: { projectId: p, title: 'r', date: '2026-01-01' } });
}
const NESTED = `query Nested($id: ID!) { organization(id: $id) { id name projects(first: 20) { edges { node { id name slug clients(first: 10) { edges { node { id name type } } } references(first: 10) { edges { node { id title date } } } } } } } }`;
const opts: any = scenario === 'rest'
  ? { url: `${url}/manage/projects`, headers: { 'openpanel-client-id': creds.rootClient.id, 'openpanel-client-secret': creds.rootClient.secret } }
  : { url: `${url}/graphql`, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${creds.managementKey.token}` }, body: JSON.stringify({ query: NESTED, variables: { id: org } }) };
const heap = async (label: string) => console.log(label, (await (await fetch(`${url}/metrics`)).text()).split('\n').filter((l) => /^(process_resident|nodejs_heap)/.test(l)).join(' '));
await heap('idle after seed');
const poll = setInterval(() => void heap('during'), 3000);
const result = await autocannon({ ...opts, connections: 10, duration: Number(process.env.SECONDS ?? 8) });
clearInterval(poll);
await heap('after load');
await new Promise((r) => setTimeout(r, 5000));
await heap('after 5 s idle');
console.log('rps', result.requests.average, 'p50', result.latency.p50);
const metrics = await (await fetch(`${url}/metrics`)).text();
console.log(metrics.split('\n').filter((l) => !l.startsWith('#')).join('\n'));
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
await admin.end();
