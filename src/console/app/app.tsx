import { Provider, useQuery } from '@urql/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createClient } from './client.ts';
import { FailureNotice, Loading } from './components.tsx';
import { OrganizationsDocument } from './operations.generated.ts';
import { href, navigate, useRoute } from './router.ts';
import { AuditScreen } from './screens/audit.tsx';
import { KeysScreen } from './screens/keys.tsx';
import { ProjectScreen } from './screens/project.tsx';
import { ProjectsScreen } from './screens/projects.tsx';
import { SignInScreen } from './screens/sign-in.tsx';
import { UsageScreen } from './screens/usage.tsx';
import { currentSession, signOut, type Session } from './session.ts';

type SessionState = { status: 'loading' } | { status: 'signed-out'; notice?: string } | { status: 'signed-in'; session: Session };

export function App() {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  useEffect(() => {
    currentSession().then(
      (session) => setState(session ? { status: 'signed-in', session } : { status: 'signed-out' }),
      (error: Error) => setState({ status: 'signed-out', notice: error.message }),
    );
  }, []);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signed-out') return <SignInScreen notice={state.notice} onSignedIn={(session) => setState({ status: 'signed-in', session })} />;
  const ended = () => setState({ status: 'signed-out', notice: 'Your session has ended. Sign in again.' });
  const leave = async () => {
    const { session } = state;
    const notice = await signOut(session).then(
      () => 'You are signed out.',
      (error: Error) => `Steward could not end the session (${error.message}); it ends by itself at ${new Date(session.expiresAt).toLocaleString()}.`,
    );
    setState({ status: 'signed-out', notice });
  };
  return <Console session={state.session} onEnded={ended} onSignOut={leave} />;
}

function Console({ session, onEnded, onSignOut }: { session: Session; onEnded: () => void; onSignOut: () => void }) {
  const client = useMemo(() => createClient(session.csrfToken, onEnded), [session.csrfToken]);
  return (
    <Provider value={client}>
      <Shell session={session} onSignOut={onSignOut} />
    </Provider>
  );
}

const SECTIONS = [
  ['projects', 'Projects'],
  ['keys', 'Team settings'],
  ['usage', 'Usage'],
  ['audit', 'Audit log'],
] as const;

function Shell({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  const [{ data, error }] = useQuery({ query: OrganizationsDocument });
  const [, organizationId, section = 'projects', ...rest] = useRoute();
  const organizations = data?.organizations.edges.map((edge) => edge.node) ?? [];
  useEffect(() => {
    if (!organizationId && organizations[0]) navigate('o', organizations[0].id, 'projects');
  }, [organizationId, organizations[0]?.id]);

  return (
    <>
      <header class="top">
        <a class="brand" href="#/">
          Steward
        </a>
        {organizations.length > 0 && (
          <label class="switcher">
            <span>Organization</span>
            <select value={organizationId} onChange={(event) => navigate('o', event.currentTarget.value, section)}>
              {organizations.map((organization) => (
                <option key={organization.id} value={organization.id}>
                  {organization.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <span class="who">{session.user.email ?? session.user.name}</span>
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      {organizationId && (
        <nav aria-label="Sections">
          {SECTIONS.map(([path, label]) => (
            <a key={path} href={href('o', organizationId, path)} aria-current={section === path ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
      )}
      <main>
        <FailureNotice error={error} />
        {data && organizations.length === 0 && <p>You are not a member of any organization yet.</p>}
        {organizationId && <Section organizationId={organizationId} section={section} rest={rest} />}
      </main>
    </>
  );
}

function Section({ organizationId, section, rest }: { organizationId: string; section: string; rest: string[] }) {
  switch (section) {
    case 'projects':
      return rest[0] ? <ProjectScreen organizationId={organizationId} projectId={rest[0]} /> : <ProjectsScreen organizationId={organizationId} />;
    case 'keys':
      return <KeysScreen organizationId={organizationId} />;
    case 'usage':
      return <UsageScreen organizationId={organizationId} />;
    case 'audit':
      return <AuditScreen organizationId={organizationId} />;
    default:
      return <p>There is no such page.</p>;
  }
}
