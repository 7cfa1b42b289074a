import { useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { useAction } from '../actions.ts';
import { FailureNotice, Field, FormProblems, GracePeriodSelect, Loading, SecretOnce, Table, When } from '../components.tsx';
import {
  CreateManagementKeyDocument,
  ManagementKeysDocument,
  RevealManagementKeyDocument,
  RevokeManagementKeyDocument,
  RotateManagementKeyDocument,
  type KeyFieldsFragment,
} from '../operations.generated.ts';

interface Shown {
  key: KeyFieldsFragment;
  token: string;
  /** Rotated tokens cannot be revealed again: only new keys have the window. */
  revealable: boolean;
}

export function KeysScreen({ organizationId }: { organizationId: string }) {
  const [{ data, error, fetching }, reload] = useQuery({ query: ManagementKeysDocument, variables: { organizationId } });
  const [shown, setShown] = useState<Shown | null>(null);
  const refresh = () => reload({ requestPolicy: 'network-only' });
  const organization = data?.organization;
  const keys = organization?.managementKeys?.edges.map((edge) => edge.node) ?? [];
  const active = keys.filter((key) => !key.revokedAt && !(key.expiresAt && Date.parse(key.expiresAt) <= Date.now()));
  const show = (next: Shown) => {
    setShown(next);
    refresh();
  };
  return (
    <>
      <h1>Team settings</h1>
      <h2>Management API keys</h2>
      <p>
        A management key acts for this organization within its scopes, in scripts and other services: send it as <code>Authorization: Bearer &lt;token&gt;</code>.
      </p>
      <FailureNotice error={error} />
      {shown && (
        <SecretOnce
          title={`Token of "${shown.key.name}" (ending ${shown.key.lastFour})`}
          secret={shown.token}
          revealableUntil={shown.revealable ? shown.key.revealableUntil : null}
          onClose={() => setShown(null)}
        />
      )}
      {fetching && !data ? (
        <Loading />
      ) : (
        organization && (
          <>
            <KeyTable keys={keys} onShow={show} onChanged={refresh} />
            {active.length >= organization.managementKeyLimit ? (
              <p class="notice" role="status">
                This organization has {active.length} active keys, its limit of {organization.managementKeyLimit}. Revoke a key you no longer use to create another.
              </p>
            ) : (
              <NewKey
                organizationId={organizationId}
                scopes={organization.managementKeyScopes ?? []}
                projects={organization.projects.edges.map((edge) => edge.node)}
                onCreated={(key, token) => show({ key, token, revealable: true })}
              />
            )}
          </>
        )
      )}
    </>
  );
}

function KeyTable({ keys, onShow, onChanged }: { keys: KeyFieldsFragment[]; onShow: (shown: Shown) => void; onChanged: () => void }) {
  const reveal = useAction(RevealManagementKeyDocument);
  const rotate = useAction(RotateManagementKeyDocument);
  const revoke = useAction(RevokeManagementKeyDocument);
  const [grace, setGrace] = useState('3600');
  if (keys.length === 0) return <p>No management keys yet.</p>;
  return (
    <>
      <Table caption="Management keys" columns={['Name', 'Scopes', 'Projects', 'Token ends', 'Created', 'Last used', 'Expires', 'Revoked', 'Actions']}>
        {keys.map((key) => (
          <tr key={key.id} class={key.revokedAt ? 'deleted' : undefined}>
            <th scope="row">{key.name}</th>
            <td>{key.scopes.join(', ')}</td>
            <td>{key.projects.length ? key.projects.map((project) => project.name).join(', ') : 'all'}</td>
            <td>
              <code>…{key.lastFour}</code>
            </td>
            <td>
              <When value={key.createdAt} />
            </td>
            <td>
              <When value={key.lastUsedAt} empty="never" />
            </td>
            <td>
              <When value={key.expiresAt} empty="never" />
            </td>
            <td>
              <When value={key.revokedAt} empty="no" />
            </td>
            <td class="actions">
              {!key.revokedAt && key.revealableUntil && (
                <button
                  type="button"
                  aria-label={`Reveal the token of ${key.name}`}
                  onClick={async () => {
                    const revealed = await reveal.run({ input: { id: key.id } });
                    if (revealed?.token && revealed.key) onShow({ key: revealed.key, token: revealed.token, revealable: true });
                  }}
                >
                  Reveal
                </button>
              )}
              {!key.revokedAt && (
                <>
                  <button
                    type="button"
                    aria-label={`Rotate ${key.name}`}
                    onClick={async () => {
                      const rotated = await rotate.run({ input: { id: key.id, gracePeriodSeconds: Number(grace) } });
                      if (rotated?.token && rotated.key) onShow({ key: rotated.key, token: rotated.token, revealable: false });
                    }}
                  >
                    Rotate
                  </button>
                  <button type="button" class="danger" aria-label={`Revoke ${key.name}`} onClick={async () => (await revoke.run({ input: { id: key.id } })) && onChanged()}>
                    Revoke
                  </button>
                </>
              )}
            </td>
          </tr>
        ))}
      </Table>
      <GracePeriodSelect label="After a rotation the old token keeps working for" value={grace} onChange={setGrace} />
      <FailureNotice error={reveal.error ?? rotate.error ?? revoke.error} />
      <FormProblems problems={[...reveal.problems, ...rotate.problems, ...revoke.problems]} fields={[]} />
    </>
  );
}

interface NewKeyProps {
  organizationId: string;
  scopes: string[];
  projects: { id: string; name: string }[];
  onCreated: (key: KeyFieldsFragment, token: string) => void;
}

function NewKey({ organizationId, scopes, projects, onCreated }: NewKeyProps) {
  const create = useAction(CreateManagementKeyDocument);
  const [name, setName] = useState('');
  const [granted, setGranted] = useState<string[]>([]);
  const [limitedTo, setLimitedTo] = useState<string[]>([]);
  const [expiresOn, setExpiresOn] = useState('');
  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((item) => item !== value));
  const submit = async (event: Event) => {
    event.preventDefault();
    const created = await create.run({
      input: { organizationId, name, scopes: granted, projectIds: limitedTo.length ? limitedTo : undefined, expiresAt: expiresOn ? new Date(expiresOn).toISOString() : undefined },
    });
    if (!created?.token || !created.key) return;
    setName('');
    setGranted([]);
    setLimitedTo([]);
    setExpiresOn('');
    onCreated(created.key, created.token);
  };
  return (
    <form class="card" onSubmit={submit} aria-labelledby="new-key-title">
      <h3 id="new-key-title">New management key</h3>
      <Field label="Name" name="name" problems={create.problems}>
        {(props) => <input {...props} required value={name} onInput={(event) => setName(event.currentTarget.value)} />}
      </Field>
      <fieldset aria-describedby="scopes-hint">
        <legend>Scopes</legend>
        <small id="scopes-hint" class="hint">
          <code>*</code> grants everything; <code>…:write</code> includes reading.
        </small>
        <div class="choices">
          {scopes.map((scope) => (
            <label key={scope}>
              <input type="checkbox" name="scopes" value={scope} checked={granted.includes(scope)} onChange={(event) => setGranted(toggle(granted, scope, event.currentTarget.checked))} />{' '}
              {scope}
            </label>
          ))}
        </div>
        <FormProblems problems={create.problems.filter((problem) => problem.field.includes('scopes'))} fields={[]} />
      </fieldset>
      {projects.length > 0 && (
        <fieldset>
          <legend>Projects (none chosen: every project)</legend>
          <div class="choices">
            {projects.map((project) => (
              <label key={project.id}>
                <input type="checkbox" name="projects" value={project.id} checked={limitedTo.includes(project.id)} onChange={(event) => setLimitedTo(toggle(limitedTo, project.id, event.currentTarget.checked))} />{' '}
                {project.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <Field label="Expires (optional)" name="expiresAt" problems={create.problems}>
        {(props) => <input {...props} type="date" value={expiresOn} onInput={(event) => setExpiresOn(event.currentTarget.value)} />}
      </Field>
      <button type="submit" disabled={create.busy}>
        Create key
      </button>
      <FailureNotice error={create.error} />
      <FormProblems problems={create.problems.filter((problem) => !problem.field.includes('scopes'))} fields={['name', 'expiresAt']} />
    </form>
  );
}
