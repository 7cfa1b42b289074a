import { useState } from 'preact/hooks';
import { signIn, type Session } from '../session.ts';

export function SignInScreen({ notice, onSignedIn }: { notice?: string; onSignedIn: (session: Session) => void }) {
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const session = await signIn(token.trim());
      setToken('');
      onSignedIn(session);
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="sign-in">
      <h1>Steward console</h1>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <form onSubmit={submit}>
        <div class="field">
          <label for="token">Personal access token</label>
          <input
            id="token"
            name="token"
            type="password"
            autoComplete="off"
            spellcheck={false}
            required
            value={token}
            onInput={(event) => setToken(event.currentTarget.value)}
            aria-describedby="token-hint"
            aria-invalid={problem !== null}
          />
          <small id="token-hint" class="hint">
            A token starting with <code>stw_pat_</code>: the first start of Steward prints one for its owner. It is exchanged for a session cookie and not kept in
            this browser.
          </small>
        </div>
        {problem && (
          <p class="notice error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
    </main>
  );
}
