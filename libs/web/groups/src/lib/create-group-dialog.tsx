import { errorField, friendlyMessage, GroupCategory, GroupVisibility } from '@hearth/web/graphql';
import { LIMITS, slugify } from '@hearth/shared/util';
import { Button, Dialog, Notice, Select, TextArea, TextField } from '@hearth/web/ui';
import { FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useCreateGroup } from './api/use-create-group';
import { CATEGORIES, COVER_COLOURS, VISIBILITY } from './labels';

export function CreateGroupDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState<GroupCategory>('TEAM');
  const [visibility, setVisibility] = useState<GroupVisibility>('OPEN');
  const [coverColor, setCoverColor] = useState(COVER_COLOURS[0] ?? '#B4441C');
  const [questions, setQuestions] = useState<string[]>([]);
  const [localError, setLocalError] = useState<{ field: string; message: string } | null>(null);
  const [create, creating] = useCreateGroup();

  const serverField = errorField(creating.error);
  const serverMessage = creating.error ? friendlyMessage(creating.error) : null;
  const errorFor = (field: string) =>
    localError?.field === field ? localError.message : serverField === field ? serverMessage : null;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setLocalError(null);
    const trimmed = name.trim();
    if (trimmed.length < LIMITS.groupName.min) {
      setLocalError({
        field: 'name',
        message: `Give the group a name of at least ${LIMITS.groupName.min} characters.`,
      });
      return;
    }
    const qs = visibility === 'CLOSED' ? questions.map((q) => q.trim()).filter(Boolean) : [];
    try {
      const res = await create({
        variables: {
          input: {
            name: trimmed,
            description: description.trim(),
            category,
            visibility,
            coverColor,
            membershipQuestions: qs,
          },
        },
      });
      if (res.data) {
        onClose();
        await navigate(`/groups/${res.data.createGroup.slug}`);
      }
    } catch {
      // shown from creating.error
    }
  };

  return (
    <Dialog title="Create a group" open={open} onClose={onClose}>
      {serverMessage && !serverField && <Notice tone="error">{serverMessage}</Notice>}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          label="Name"
          required
          maxLength={LIMITS.groupName.max}
          value={name}
          onChange={(e) => setName(e.target.value)}
          hint={
            name.trim()
              ? visibility === 'SECRET'
                ? `Its address will be /groups/${slugify(name) || 'group'}-… (random letters, so nobody can guess it)`
                : `Its address will be /groups/${slugify(name) || '…'}`
              : 'For example “Platform Engineering” or “Running Club”.'
          }
          error={errorFor('name') ?? errorFor('slug')}
        />
        <TextArea
          label="Description"
          maxLength={LIMITS.groupDescription.max}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={errorFor('description')}
        />
        <Select
          label="Category"
          value={category}
          onChange={(e) => setCategory(e.target.value as GroupCategory)}
          options={CATEGORIES}
        />
        <fieldset className="h-field">
          <legend>Who can find and join it</legend>
          {(Object.keys(VISIBILITY) as GroupVisibility[]).map((v) => (
            <div className="h-check" key={v}>
              <input
                type="radio"
                id={`visibility-${v}`}
                name="visibility"
                value={v}
                checked={visibility === v}
                onChange={() => setVisibility(v)}
                aria-describedby={`visibility-${v}-hint`}
              />
              <div>
                <label htmlFor={`visibility-${v}`}>{VISIBILITY[v].label}</label>
                <div id={`visibility-${v}-hint`} className="h-field__hint">
                  {VISIBILITY[v].explain}
                </div>
              </div>
            </div>
          ))}
        </fieldset>
        {visibility === 'CLOSED' && (
          <fieldset className="h-field">
            <legend>
              Questions for people who ask to join (up to {LIMITS.membershipQuestions.max})
            </legend>
            {questions.map((q, i) => (
              <div className="h-row" key={i}>
                <div style={{ flex: 1 }}>
                  <TextField
                    label={`Question ${i + 1}`}
                    value={q}
                    maxLength={LIMITS.membershipQuestions.questionMax}
                    onChange={(e) =>
                      setQuestions(questions.map((x, j) => (j === i ? e.target.value : x)))
                    }
                  />
                </div>
                <Button
                  small
                  variant="ghost"
                  onClick={() => setQuestions(questions.filter((_, j) => j !== i))}
                  aria-label={`Remove question ${i + 1}`}
                >
                  Remove
                </Button>
              </div>
            ))}
            {questions.length < LIMITS.membershipQuestions.max && (
              <Button small onClick={() => setQuestions([...questions, ''])}>
                Add a question
              </Button>
            )}
            {errorFor('membershipQuestions') && (
              <span className="h-field__error">{errorFor('membershipQuestions')}</span>
            )}
          </fieldset>
        )}
        <fieldset className="h-field">
          <legend>Cover colour</legend>
          <div className="h-row">
            {COVER_COLOURS.map((c) => (
              <label key={c} style={{ display: 'inline-flex', alignItems: 'center' }}>
                <input
                  type="radio"
                  name="cover"
                  value={c}
                  checked={coverColor === c}
                  onChange={() => setCoverColor(c)}
                  className="h-visually-hidden"
                />
                <span
                  aria-hidden="true"
                  style={{
                    width: 32,
                    height: 32,
                    borderRadius: 8,
                    background: c,
                    outline: coverColor === c ? '3px solid var(--text)' : 'none',
                    outlineOffset: 2,
                    display: 'inline-block',
                  }}
                />
                <span className="h-visually-hidden">{c}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="h-dialog__actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={creating.loading}>
            Create group
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
