import { useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { useAction } from '../actions.ts';
import { FailureNotice, Field, FormProblems, Loading, SecretOnce, Table, When } from '../components.tsx';
import { CreateProjectDocument, DeleteProjectDocument, ProjectsDocument, RestoreProjectDocument, type ProjectSummaryFragment } from '../operations.generated.ts';
import { href } from '../router.ts';

export function ProjectsScreen({ organizationId }: { organizationId: string }) {
  const [{ data, error, fetching }, reload] = useQuery({ query: ProjectsDocument, variables: { organizationId } });
  const refresh = () => reload({ requestPolicy: 'network-only' });
  const projects = data?.organization?.projects.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <h1>Projects</h1>
      <FailureNotice error={error} />
      <NewProject organizationId={organizationId} onCreated={refresh} />
      {fetching && !data ? (
        <Loading />
      ) : (
        <>
          <Table caption="Projects of this organization" columns={['Name', 'Slug', 'Domain', 'Created', 'State']}>
            {projects.map((project) => (
              <ProjectRow key={project.id} organizationId={organizationId} project={project} onChanged={refresh} />
            ))}
          </Table>
          {data && projects.length === 0 && <p>No projects yet.</p>}
        </>
      )}
    </>
  );
}

function ProjectRow({ organizationId, project, onChanged }: { organizationId: string; project: ProjectSummaryFragment; onChanged: () => void }) {
  const restore = useAction(RestoreProjectDocument);
  return (
    <tr class={project.isDeleted ? 'deleted' : undefined}>
      <th scope="row">{project.isDeleted ? project.name : <a href={href('o', organizationId, 'projects', project.id)}>{project.name}</a>}</th>
      <td>{project.slug}</td>
      <td>{project.domain ?? '—'}</td>
      <td>
        <When value={project.createdAt} />
      </td>
      <td>
        {project.isDeleted ? (
          <>
            Deleted; purged on <When value={project.deleteAt} empty="(unknown)" />{' '}
            <button type="button" disabled={restore.busy} onClick={async () => (await restore.run({ input: { id: project.id } })) && onChanged()}>
              Restore
            </button>
            <FailureNotice error={restore.error} />
            <FormProblems problems={restore.problems} fields={[]} />
          </>
        ) : (
          'Active'
        )}
      </td>
    </tr>
  );
}

function NewProject({ organizationId, onCreated }: { organizationId: string; onCreated: () => void }) {
  const create = useAction(CreateProjectDocument);
  const [name, setName] = useState('');
  const [domain, setDomain] = useState('');
  const [secret, setSecret] = useState<{ clientName: string; clientId: string; secret: string } | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const created = await create.run({ input: { organizationId, name, domain: domain || undefined } });
    if (!created?.clientSecret || !created.client) return;
    setSecret({ clientName: created.client.name, clientId: created.client.id, secret: created.clientSecret });
    setName('');
    setDomain('');
    onCreated();
  };
  if (secret) {
    return <SecretOnce title={`Secret of the client "${secret.clientName}" (${secret.clientId})`} secret={secret.secret} onClose={() => setSecret(null)} />;
  }
  return (
    <form class="inline-form" onSubmit={submit} aria-label="New project">
      <Field label="Project name" name="name" problems={create.problems}>
        {(props) => <input {...props} required value={name} onInput={(event) => setName(event.currentTarget.value)} />}
      </Field>
      <Field label="Domain (optional)" name="domain" problems={create.problems}>
        {(props) => <input {...props} type="url" placeholder="https://example.com" value={domain} onInput={(event) => setDomain(event.currentTarget.value)} />}
      </Field>
      <button type="submit" disabled={create.busy}>
        Create project
      </button>
      <FailureNotice error={create.error} />
      <FormProblems problems={create.problems} fields={['name', 'domain']} />
    </form>
  );
}

export function DeleteProjectButton({ projectId, onDeleted }: { projectId: string; onDeleted: (deleteAt: string | null) => void }) {
  const remove = useAction(DeleteProjectDocument);
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" class="danger" onClick={() => setConfirming(true)}>
        Delete project…
      </button>
    );
  }
  return (
    <div class="confirm" role="group" aria-label="Confirm deletion">
      <p>The project will be purged with everything it holds when its retention ends; until then it can be restored from the list of projects.</p>
      <button
        type="button"
        class="danger"
        disabled={remove.busy}
        onClick={async () => {
          const deleted = await remove.run({ input: { id: projectId } });
          if (deleted) onDeleted(deleted.project?.deleteAt ?? null);
        }}
      >
        Delete project
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        Cancel
      </button>
      <FailureNotice error={remove.error} />
      <FormProblems problems={remove.problems} fields={[]} />
    </div>
  );
}
