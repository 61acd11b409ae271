import { errorField, friendlyMessage, useViewer } from '@hearth/web/graphql';
import { LIMITS } from '@hearth/shared/util';
import {
  readImageFile,
  Avatar,
  Button,
  Card,
  ErrorState,
  LoadingState,
  Notice,
  PageHeader,
  TextArea,
  TextField,
  usePageTitle,
} from '@hearth/web/ui';
import { ChangeEvent, FormEvent, useState } from 'react';
import { PersonPicker, PickedPerson } from './person-picker';
import { useMyProfile } from './api/use-my-profile';
import { useUpdateProfile } from './api/use-update-profile';

export function EditProfilePage() {
  usePageTitle('Edit profile');
  const viewer = useViewer();
  const { data, loading, error, refetch } = useMyProfile();
  const [update, updating] = useUpdateProfile();
  const [form, setForm] = useState<Record<string, string> | null>(null);
  const [avatar, setAvatar] = useState<string | null | undefined>(undefined);
  const [avatarError, setAvatarError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [managerChoice, setManager] = useState<PickedPerson | null | undefined>(undefined);

  if (loading && !data) return <LoadingState />;
  if (error || !data)
    return <ErrorState message={friendlyMessage(error)} onRetry={() => void refetch()} />;
  const me = data.me;
  const manager = managerChoice === undefined ? (me.manager ?? null) : managerChoice;
  const values = form ?? {
    displayName: me.displayName,
    title: me.title ?? '',
    department: me.department ?? '',
    location: me.location ?? '',
    bio: me.bio ?? '',
  };
  const set =
    (key: string) =>
    (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
      setSaved(false);
      setForm({ ...values, [key]: e.target.value });
    };
  const field = errorField(updating.error);
  const message = updating.error ? friendlyMessage(updating.error) : null;
  const fieldError = (name: string) => (field === name ? message : null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    try {
      await update({
        variables: {
          input: {
            displayName: values['displayName'],
            title: values['title'],
            department: values['department'],
            location: values['location'],
            bio: values['bio'],
            ...(manager ? { managerId: manager.id } : { clearManager: true }),
            ...(avatar === null ? { removeAvatar: true } : avatar ? { avatarDataUrl: avatar } : {}),
          },
        },
      });
      setSaved(true);
      setAvatar(undefined);
    } catch {
      // shown from updating.error
    }
  };

  const shownAvatar = avatar === undefined ? me.avatarUrl : avatar;
  return (
    <>
      <PageHeader
        title="Edit your profile"
        description="This is what colleagues see on your profile and in the directory."
      />
      <Card as="section">
        {saved && <Notice tone="success">Your profile is saved.</Notice>}
        {message && !field && <Notice tone="error">{message}</Notice>}
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <fieldset className="h-field">
            <legend>Picture</legend>
            <div className="h-row">
              <Avatar
                name={values['displayName'] ?? ''}
                initials={me.initials}
                src={shownAvatar}
                size={72}
              />
              <label className="h-button h-button--secondary h-button--small">
                Upload a picture
                <input
                  type="file"
                  accept="image/png,image/jpeg,image/webp,image/gif"
                  className="h-visually-hidden"
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    if (!file) return;
                    setAvatarError(null);
                    readImageFile(file, LIMITS.avatarDataUrlBytes).then(setAvatar, (err: Error) =>
                      setAvatarError(err.message),
                    );
                  }}
                />
              </label>
              {shownAvatar && (
                <Button small variant="ghost" onClick={() => setAvatar(null)}>
                  Use initials instead
                </Button>
              )}
            </div>
            {(avatarError ?? fieldError('avatarDataUrl')) && (
              <span className="h-field__error">{avatarError ?? fieldError('avatarDataUrl')}</span>
            )}
          </fieldset>
          <TextField
            label="Name"
            value={values['displayName']}
            onChange={set('displayName')}
            maxLength={LIMITS.displayName.max}
            required
            error={fieldError('displayName')}
          />
          <TextField
            label="Title"
            value={values['title']}
            onChange={set('title')}
            maxLength={LIMITS.profileText.max}
            error={fieldError('title')}
          />
          <TextField
            label="Department"
            value={values['department']}
            onChange={set('department')}
            maxLength={LIMITS.profileText.max}
            error={fieldError('department')}
          />
          <TextField
            label="Location"
            value={values['location']}
            onChange={set('location')}
            maxLength={LIMITS.profileText.max}
            error={fieldError('location')}
          />
          <PersonPicker
            label="Manager"
            value={manager}
            excludeId={viewer.id}
            error={fieldError('managerId')}
            onChange={(person) => {
              setSaved(false);
              setManager(person);
            }}
          />
          <TextArea
            label="About you"
            value={values['bio']}
            onChange={set('bio')}
            maxLength={LIMITS.bio.max}
            hint={`Up to ${LIMITS.bio.max} characters.`}
            error={fieldError('bio')}
          />
          <Button type="submit" variant="primary" busy={updating.loading}>
            Save profile
          </Button>
        </form>
      </Card>
    </>
  );
}
