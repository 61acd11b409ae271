import { errorField, friendlyMessage, useAuth } from '@hearth/web/graphql';
import { LIMITS } from '@hearth/shared/util';
import { Button, Card, LoadingState, Notice, TextField, usePageTitle } from '@hearth/web/ui';
import { FormEvent, useState } from 'react';
import { Link, Navigate } from 'react-router';
import { useSignUp } from './api/use-sign-up';

/** Open sign-up (when an admin has turned it on for the organisation's email domains). */
export function SignUpPage() {
  usePageTitle('Create an account');
  const { viewer, startSession } = useAuth();
  const [signUp, signingUp] = useSignUp();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  if (viewer === undefined) return <LoadingState />;
  if (viewer) return <Navigate to="/" replace />;
  const field = errorField(signingUp.error);
  const message = signingUp.error ? friendlyMessage(signingUp.error) : null;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const res = await signUp({
        variables: { input: { displayName: name.trim(), email: email.trim(), password } },
      });
      if (res.data) await startSession(res.data.signUp);
    } catch {
      // shown below
    }
  };
  return (
    <main className="auth-page" id="main">
      <Card className="auth-card" as="section">
        <h1>Create your account</h1>
        <p className="h-muted">Use your work email address.</p>
        {message && !field && <Notice tone="error">{message}</Notice>}
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <TextField
            label="Your name"
            autoComplete="name"
            value={name}
            maxLength={LIMITS.displayName.max}
            onChange={(e) => setName(e.target.value)}
            error={field === 'displayName' ? message : null}
          />
          <TextField
            label="Work email"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={field === 'email' ? message : null}
          />
          <TextField
            label="Password"
            type="password"
            autoComplete="new-password"
            hint={`At least ${LIMITS.password.min} characters.`}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={field === 'password' ? message : null}
          />
          <Button
            type="submit"
            variant="primary"
            busy={signingUp.loading}
            disabled={!name.trim() || !email.trim() || !password}
          >
            Create account
          </Button>
        </form>
        <p>
          Already have an account? <Link to="/sign-in">Sign in</Link>
        </p>
      </Card>
    </main>
  );
}
