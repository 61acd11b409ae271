import { errorField, friendlyMessage, useAuth } from '@hearth/web/graphql';
import {
  Button,
  Card,
  ErrorState,
  LoadingState,
  Notice,
  TextField,
  usePageTitle,
} from '@hearth/web/ui';
import { LIMITS } from '@hearth/shared/util';
import { FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useAcceptInvitation } from './api/use-accept-invitation';
import { useInvitationPreview } from './api/use-invitation-preview';

export function AcceptInvitationPage() {
  usePageTitle('Join Hearth');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { startSession } = useAuth();
  const preview = useInvitationPreview(token);
  const [accept, accepting] = useAcceptInvitation();
  const [name, setName] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);

  if (preview.loading) return <LoadingState />;
  if (preview.error || !preview.data)
    return (
      <main className="auth-page" id="main">
        <Card className="auth-card">
          <h1>Invitation</h1>
          <ErrorState message="This invitation link is not valid any more. It may have been used, revoked or have expired — ask an admin for a new one." />
        </Card>
      </main>
    );
  const inv = preview.data.orgInvitation;
  const displayName = name ?? inv.displayName ?? '';

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setLocalError(null);
    if (password.length < LIMITS.password.min) {
      setLocalError(`Choose a password of at least ${LIMITS.password.min} characters.`);
      return;
    }
    try {
      const res = await accept({
        variables: { input: { token, password, displayName: displayName.trim() || null } },
      });
      if (res.data) {
        await startSession(res.data.acceptOrgInvitation);
        await navigate('/');
      }
    } catch {
      // shown below from accepting.error
    }
  };
  const serverError = accepting.error ? friendlyMessage(accepting.error) : null;
  const field = errorField(accepting.error);

  return (
    <main className="auth-page" id="main">
      <Card className="auth-card" as="section">
        <h1>Join {inv.organisationName} on Hearth</h1>
        <p className="h-muted">You were invited as {inv.email}. Choose your name and a password.</p>
        {serverError && !field && <Notice tone="error">{serverError}</Notice>}
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <TextField
            label="Your name"
            autoComplete="name"
            value={displayName}
            maxLength={LIMITS.displayName.max}
            onChange={(e) => setName(e.target.value)}
            error={field === 'displayName' ? serverError : null}
          />
          <TextField
            label="Password"
            type="password"
            autoComplete="new-password"
            hint={`At least ${LIMITS.password.min} characters.`}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={localError ?? (field === 'password' ? serverError : null)}
          />
          <Button type="submit" variant="primary" busy={accepting.loading}>
            Join
          </Button>
        </form>
      </Card>
    </main>
  );
}
