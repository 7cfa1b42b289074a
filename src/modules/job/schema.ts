import { builder } from '../../graphql/builder.js';
import { jobKind } from '../../jobs/registry.js';
import { readJob } from './service.js';

export const JobStatusEnum = builder.enumType('JobStatus', {
  description: 'PENDING: waiting to run (again); RUNNING: a worker holds it; SUCCEEDED; FAILED: given up at its deadline.',
  values: ['PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const,
});

export const JobAttempt = builder.prismaObject('JobAttempt', {
  description: 'One run of a job by a worker.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: '1 for the first attempt.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true, description: 'Null while it runs.' }),
    error: t.exposeString('error', { nullable: true, description: 'Why it failed; null when it succeeded or still runs.' }),
  }),
});

/** Background work (a purge, an expiry), polled until it ends. */
export const Job = builder.prismaNode('Job', {
  id: { field: 'id' },
  description: 'Background work that outlives a request; poll it until its status is SUCCEEDED or FAILED.',
  // Read by whoever could start it: for project jobs, the platform operator with platform:write.
  authScopes: (job) => ({ operator: jobKind(job.kind)?.readPermission ?? 'platform:write' }),
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'What the job does, such as `project.purge`.' }),
    status: t.expose('status', { type: JobStatusEnum }),
    attempts: t.exposeInt('attempts', { description: 'How many times a worker has started it.' }),
    lastError: t.exposeString('lastError', { nullable: true, description: 'Why the latest failed attempt failed.' }),
    runAt: t.expose('runAt', { type: 'DateTime', description: 'When it runs (next); retries move it on.' }),
    deadline: t.expose('deadline', { type: 'DateTime', description: 'Retried until then, then FAILED.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    attemptLog: t.relatedConnection('attemptLog', {
      cursor: 'id',
      description: 'Every attempt, newest first.',
      query: () => ({ orderBy: [{ number: 'desc' }, { id: 'desc' }] }),
    }),
  }),
});

builder.queryField('job', (t) =>
  t.prismaField({
    type: 'Job',
    nullable: true,
    args: { id: t.arg.id() },
    description: 'A background job, to poll. Readable by whoever could start it (project purges: the platform operator).',
    resolve: (query, _root, { id }, context) => readJob(context, id, query),
  }),
);
