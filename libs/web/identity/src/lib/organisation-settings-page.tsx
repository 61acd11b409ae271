import { errorField, friendlyMessage, GroupCreationPolicy } from '@hearth/web/graphql';
import {
  Button,
  Card,
  Checkbox,
  ErrorState,
  LoadingState,
  Notice,
  PageHeader,
  Select,
  TextField,
  usePageTitle,
} from '@hearth/web/ui';
import { FormEvent, useState } from 'react';
import { useOrganisationSettings } from './api/use-organisation-settings';
import { useUpdateOrganisation } from './api/use-update-organisation';

export function OrganisationSettingsPage() {
  usePageTitle('Organisation settings');
  const { data, loading, error, refetch } = useOrganisationSettings();
  const [update, updating] = useUpdateOrganisation();
  const [draft, setDraft] = useState<{
    name: string;
    openSignUp: boolean;
    domains: string;
    policy: GroupCreationPolicy;
  } | null>(null);
  const [saved, setSaved] = useState(false);
  if (loading && !data) return <LoadingState />;
  if (error || !data)
    return <ErrorState message={friendlyMessage(error)} onRetry={() => void refetch()} />;
  const org = data.organisation;
  const v = draft ?? {
    name: org.name,
    openSignUp: org.openSignUp,
    domains: org.allowedEmailDomains.join(', '),
    policy: org.groupCreationPolicy,
  };
  const change = (patch: Partial<typeof v>) => {
    setSaved(false);
    setDraft({ ...v, ...patch });
  };
  const field = errorField(updating.error);
  const message = updating.error ? friendlyMessage(updating.error) : null;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await update({
        variables: {
          input: {
            name: v.name,
            openSignUp: v.openSignUp,
            allowedEmailDomains: v.domains.split(/[\s,]+/).filter(Boolean),
            groupCreationPolicy: v.policy,
          },
        },
      });
      setSaved(true);
    } catch {
      // shown below
    }
  };
  return (
    <>
      <PageHeader title="Organisation settings" />
      <Card as="section">
        {saved && <Notice tone="success">Settings saved.</Notice>}
        {message && !field && <Notice tone="error">{message}</Notice>}
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <TextField
            label="Organisation name"
            value={v.name}
            onChange={(e) => change({ name: e.target.value })}
            error={field === 'name' ? message : null}
          />
          <Select
            label="Who may create groups"
            value={v.policy}
            onChange={(e) => change({ policy: e.target.value as GroupCreationPolicy })}
            options={[
              { value: 'EVERYONE', label: 'Everyone' },
              { value: 'ADMINS_ONLY', label: 'Admins and HR only' },
            ]}
          />
          <Checkbox
            label="Open sign-up"
            hint="Anyone with an email address on an allowed domain can create an account without an invitation."
            checked={v.openSignUp}
            onChange={(e) => change({ openSignUp: e.target.checked })}
          />
          <TextField
            label="Allowed email domains"
            hint="Separated by commas, e.g. example.com, example.org"
            value={v.domains}
            onChange={(e) => change({ domains: e.target.value })}
            error={field === 'allowedEmailDomains' ? message : null}
          />
          <Button type="submit" variant="primary" busy={updating.loading}>
            Save settings
          </Button>
        </form>
      </Card>
    </>
  );
}
