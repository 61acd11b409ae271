import { errorCode, friendlyMessage, useAuth } from '@hearth/web/graphql';
import { Button, Card, LoadingState, Notice, TextField, usePageTitle } from '@hearth/web/ui';
import { FormEvent, useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useSignUpAvailable } from './api/use-sign-up-available';

/** Only same-site paths are followed after signing in. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  usePageTitle('Sign in');
  const { viewer, signIn } = useAuth();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const signUp = useSignUpAvailable();

  if (viewer === undefined) return <LoadingState />;
  if (viewer) return <Navigate to={safeNext(params.get('next'))} replace />;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
    } catch (err) {
      const code = errorCode(err);
      setError(
        code === 'UNAUTHENTICATED'
          ? 'That email and password do not match an active account.'
          : friendlyMessage(err),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="auth-page" id="main">
      <Card className="auth-card" as="section">
        <div className="app-brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          Hearth
        </div>
        <h1>Sign in</h1>
        <p className="h-muted">Welcome back. Use your work email.</p>
        {error && <Notice tone="error">{error}</Notice>}
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <TextField
            label="Email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <TextField
            label="Password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <Button type="submit" variant="primary" busy={busy} disabled={!email || !password}>
            {busy ? 'Signing in…' : 'Sign in'}
          </Button>
        </form>
        {signUp.data?.signUpAvailable && (
          <p>
            New here? <Link to="/sign-up">Create an account</Link> with your work email.
          </p>
        )}
      </Card>
    </main>
  );
}
