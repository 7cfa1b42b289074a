import { useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { useAction } from '../actions.ts';
import { FailureNotice, Field, FormProblems, GracePeriodSelect, Loading, SecretOnce, Table, When } from '../components.tsx';
import {
  AddProjectMemberDocument,
  CreateClientDocument,
  CreateReferenceDocument,
  DeleteClientDocument,
  DeleteReferenceDocument,
  ProjectDetailDocument,
  RemoveProjectMemberDocument,
  RotateClientSecretDocument,
  UpdateProjectDocument,
  UpdateProjectMemberDocument,
  type ProjectDetailQuery,
  type ProjectRole,
} from '../operations.generated.ts';
import { href } from '../router.ts';
import { DeleteProjectButton } from './projects.tsx';

type Project = NonNullable<ProjectDetailQuery['project']>;
const ROLES: ProjectRole[] = ['ADMIN', 'EDITOR', 'VIEWER'];

export function ProjectScreen({ organizationId, projectId }: { organizationId: string; projectId: string }) {
  const [{ data, error, fetching }, reload] = useQuery({ query: ProjectDetailDocument, variables: { id: projectId } });
  const [deleted, setDeleted] = useState<{ deleteAt: string | null } | null>(null);
  const refresh = () => reload({ requestPolicy: 'network-only' });
  const project = data?.project;
  if (deleted) {
    return (
      <section role="status">
        <h1>Project deleted</h1>
        <p>
          It will be purged on <When value={deleted.deleteAt} empty="the end of its retention" />. Until then, restore it from the{' '}
          <a href={href('o', organizationId, 'projects')}>list of projects</a>.
        </p>
      </section>
    );
  }
  if (fetching && !data) return <Loading />;
  return (
    <>
      <p>
        <a href={href('o', organizationId, 'projects')}>← Projects</a>
      </p>
      <FailureNotice error={error} />
      {data && !project && <p>There is no such project, or you may not see it.</p>}
      {project && (
        <>
          <h1>{project.name}</h1>
          <Settings project={project} onSaved={refresh} />
          <DeleteProjectButton projectId={project.id} onDeleted={(deleteAt) => setDeleted({ deleteAt })} />
          <Clients project={project} onChanged={refresh} />
          <References project={project} onChanged={refresh} />
          <Members project={project} onChanged={refresh} />
        </>
      )}
    </>
  );
}

function Settings({ project, onSaved }: { project: Project; onSaved: () => void }) {
  const update = useAction(UpdateProjectDocument);
  const [values, setValues] = useState({
    name: project.name,
    description: project.description ?? '',
    domain: project.domain ?? '',
    timezone: project.timezone,
    currency: project.currency,
  });
  const [saved, setSaved] = useState(false);
  const set = (name: keyof typeof values) => (event: { currentTarget: HTMLInputElement }) => {
    setSaved(false);
    setValues({ ...values, [name]: event.currentTarget.value });
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const result = await update.run({ input: { id: project.id, ...values, description: values.description || null, domain: values.domain || null } });
    if (!result) return;
    setSaved(true);
    onSaved();
  };
  const text = (label: string, name: keyof typeof values, hint?: string) => (
    <Field label={label} name={name} problems={update.problems} hint={hint}>
      {(props) => <input {...props} value={values[name]} onInput={set(name)} />}
    </Field>
  );
  return (
    <form class="card" onSubmit={submit} aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      {text('Name', 'name')}
      {text('Description', 'description')}
      {text('Domain', 'domain', 'https://… (leave empty for none)')}
      {text('Time zone', 'timezone', 'An IANA time zone, such as Europe/Prague')}
      {text('Currency', 'currency', 'An ISO 4217 code, such as EUR')}
      <button type="submit" disabled={update.busy}>
        Save settings
      </button>
      {saved && <span role="status"> Saved.</span>}
      <FailureNotice error={update.error} />
      <FormProblems problems={update.problems} fields={Object.keys(values)} />
    </form>
  );
}

function Clients({ project, onChanged }: { project: Project; onChanged: () => void }) {
  const create = useAction(CreateClientDocument);
  const rotate = useAction(RotateClientSecretDocument);
  const remove = useAction(DeleteClientDocument);
  const [name, setName] = useState('');
  const [type, setType] = useState<'READ' | 'WRITE'>('WRITE');
  const [grace, setGrace] = useState('3600');
  const [secret, setSecret] = useState<{ title: string; value: string } | null>(null);
  const clients = project.clients?.edges.map((edge) => edge.node) ?? [];
  const submit = async (event: Event) => {
    event.preventDefault();
    const created = await create.run({ input: { organizationId: project.organization.id, projectId: project.id, name, type } });
    if (!created?.clientSecret) return;
    setSecret({ title: `Secret of the new client "${created.client?.name}" (${created.client?.id})`, value: created.clientSecret });
    setName('');
    onChanged();
  };
  const rotateClient = async (id: string, clientName: string) => {
    const rotated = await rotate.run({ input: { id, gracePeriodSeconds: Number(grace) } });
    if (rotated?.clientSecret) setSecret({ title: `New secret of "${clientName}" (${id})`, value: rotated.clientSecret });
  };
  return (
    <section class="card" aria-labelledby="clients-title">
      <h2 id="clients-title">Clients</h2>
      {secret && <SecretOnce title={secret.title} secret={secret.value} onClose={() => setSecret(null)} />}
      <Table columns={['Name', 'Id', 'Type', 'Created', 'Actions']}>
        {clients.map((client) => (
          <tr key={client.id}>
            <th scope="row">{client.name}</th>
            <td>
              <code>{client.id}</code>
            </td>
            <td>{client.type}</td>
            <td>
              <When value={client.createdAt} />
            </td>
            <td class="actions">
              <button type="button" disabled={rotate.busy} onClick={() => rotateClient(client.id, client.name)} aria-label={`Rotate the secret of ${client.name}`}>
                Rotate secret
              </button>
              <button
                type="button"
                class="danger"
                disabled={remove.busy}
                aria-label={`Delete ${client.name}`}
                onClick={async () => (await remove.run({ input: { id: client.id } })) && onChanged()}
              >
                Delete
              </button>
            </td>
          </tr>
        ))}
      </Table>
      <GracePeriodSelect label="Old secret keeps working after a rotation for" value={grace} onChange={setGrace} />
      <FailureNotice error={rotate.error ?? remove.error} />
      <FormProblems problems={[...rotate.problems, ...remove.problems]} fields={[]} />
      <form class="inline-form" onSubmit={submit} aria-label="New client">
        <Field label="Client name" name="name" problems={create.problems}>
          {(props) => <input {...props} required value={name} onInput={(event) => setName(event.currentTarget.value)} />}
        </Field>
        <Field label="Type" name="type" problems={create.problems}>
          {(props) => (
            <select {...props} value={type} onChange={(event) => setType(event.currentTarget.value as 'READ' | 'WRITE')}>
              <option value="WRITE">WRITE</option>
              <option value="READ">READ</option>
            </select>
          )}
        </Field>
        <button type="submit" disabled={create.busy}>
          Create client
        </button>
        <FailureNotice error={create.error} />
        <FormProblems problems={create.problems} fields={['name', 'type']} />
      </form>
    </section>
  );
}

function References({ project, onChanged }: { project: Project; onChanged: () => void }) {
  const create = useAction(CreateReferenceDocument);
  const remove = useAction(DeleteReferenceDocument);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const references = project.references?.edges.map((edge) => edge.node) ?? [];
  const submit = async (event: Event) => {
    event.preventDefault();
    const created = await create.run({ input: { projectId: project.id, title, date: date ? new Date(date).toISOString() : '' } });
    if (!created) return;
    setTitle('');
    setDate('');
    onChanged();
  };
  return (
    <section class="card" aria-labelledby="references-title">
      <h2 id="references-title">References</h2>
      <ul class="plain">
        {references.map((reference) => (
          <li key={reference.id}>
            <When value={reference.date} /> <strong>{reference.title}</strong>{' '}
            <button type="button" class="danger" aria-label={`Delete ${reference.title}`} onClick={async () => (await remove.run({ input: { id: reference.id } })) && onChanged()}>
              Delete
            </button>
          </li>
        ))}
      </ul>
      {references.length === 0 && <p>No references.</p>}
      <FailureNotice error={remove.error} />
      <form class="inline-form" onSubmit={submit} aria-label="New reference">
        <Field label="Title" name="title" problems={create.problems}>
          {(props) => <input {...props} required value={title} onInput={(event) => setTitle(event.currentTarget.value)} />}
        </Field>
        <Field label="Date" name="date" problems={create.problems}>
          {(props) => <input {...props} type="datetime-local" required value={date} onInput={(event) => setDate(event.currentTarget.value)} />}
        </Field>
        <button type="submit" disabled={create.busy}>
          Add reference
        </button>
        <FailureNotice error={create.error} />
        <FormProblems problems={create.problems} fields={['title', 'date']} />
      </form>
    </section>
  );
}

function Members({ project, onChanged }: { project: Project; onChanged: () => void }) {
  const add = useAction(AddProjectMemberDocument);
  const update = useAction(UpdateProjectMemberDocument);
  const remove = useAction(RemoveProjectMemberDocument);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ProjectRole>('EDITOR');
  const members = project.members?.edges.map((edge) => edge.node) ?? [];
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!(await add.run({ input: { projectId: project.id, email, role } }))) return;
    setEmail('');
    onChanged();
  };
  return (
    <section class="card" aria-labelledby="members-title">
      <h2 id="members-title">Members</h2>
      <Table columns={['Member', 'Role', 'Since', 'Actions']}>
        {members.map((member) => (
          <tr key={member.id}>
            <th scope="row">{member.user.email ?? member.user.name}</th>
            <td>
              <select
                aria-label={`Role of ${member.user.email ?? member.user.name}`}
                value={member.role}
                onChange={async (event) => (await update.run({ input: { id: member.id, role: event.currentTarget.value as ProjectRole } })) && onChanged()}
              >
                {ROLES.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <When value={member.createdAt} />
            </td>
            <td>
              <button type="button" class="danger" aria-label={`Remove ${member.user.email ?? member.user.name}`} onClick={async () => (await remove.run({ input: { id: member.id } })) && onChanged()}>
                Remove
              </button>
            </td>
          </tr>
        ))}
      </Table>
      <FailureNotice error={update.error ?? remove.error} />
      <FormProblems problems={[...update.problems, ...remove.problems]} fields={[]} />
      <form class="inline-form" onSubmit={submit} aria-label="Add a member">
        <Field label="E-mail address" name="email" problems={add.problems}>
          {(props) => <input {...props} type="email" required value={email} onInput={(event) => setEmail(event.currentTarget.value)} />}
        </Field>
        <Field label="Role" name="role" problems={add.problems}>
          {(props) => (
            <select {...props} value={role} onChange={(event) => setRole(event.currentTarget.value as ProjectRole)}>
              {ROLES.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" disabled={add.busy}>
          Add member
        </button>
        <FailureNotice error={add.error} />
        <FormProblems problems={add.problems} fields={['email', 'role']} />
      </form>
    </section>
  );
}
