import {
  ButtonHTMLAttributes,
  forwardRef,
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
  useEffect,
  useId,
} from 'react';

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  small?: boolean;
  busy?: boolean;
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', small, busy, className, children, disabled, type = 'button', ...rest },
  ref,
) {
  const classes = [
    'h-button',
    `h-button--${variant}`,
    small ? 'h-button--small' : '',
    className ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      ref={ref}
      type={type}
      className={classes}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      {...rest}
    >
      {children}
    </button>
  );
});

interface FieldShell {
  label: string;
  /** Keep the label for screen readers only (compact rows where the context says what it is). */
  hideLabel?: boolean;
  hint?: string;
  error?: string | null;
}

interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** Label, hint and error around one control, with the ids that tie them together. */
function Field({
  label,
  hideLabel,
  hint,
  error,
  id,
  render,
}: FieldShell & { id?: string; render: (control: ControlProps) => ReactNode }) {
  const auto = useId();
  const fieldId = id ?? auto;
  const describedBy = [hint ? `${fieldId}-hint` : '', error ? `${fieldId}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="h-field">
      <label htmlFor={fieldId} className={hideLabel ? 'h-visually-hidden' : undefined}>
        {label}
      </label>
      {hint && (
        <span id={`${fieldId}-hint`} className="h-field__hint">
          {hint}
        </span>
      )}
      {render({
        id: fieldId,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {error && (
        <span id={`${fieldId}-error`} className="h-field__error">
          {error}
        </span>
      )}
    </div>
  );
}

export function TextField({
  label,
  hideLabel,
  hint,
  error,
  id,
  ...rest
}: FieldShell & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field
      label={label}
      hideLabel={hideLabel}
      hint={hint}
      error={error}
      id={id}
      render={(control) => <input {...rest} {...control} />}
    />
  );
}

export function TextArea({
  label,
  hideLabel,
  hint,
  error,
  id,
  ...rest
}: FieldShell & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field
      label={label}
      hideLabel={hideLabel}
      hint={hint}
      error={error}
      id={id}
      render={(control) => <textarea {...rest} {...control} />}
    />
  );
}

export function Select({
  label,
  hideLabel,
  hint,
  error,
  id,
  options,
  ...rest
}: FieldShell &
  SelectHTMLAttributes<HTMLSelectElement> & { options: Array<{ value: string; label: string }> }) {
  return (
    <Field
      label={label}
      hideLabel={hideLabel}
      hint={hint}
      error={error}
      id={id}
      render={(control) => (
        <select {...rest} {...control}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

export function Checkbox({
  label,
  hint,
  id,
  ...rest
}: { label: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const auto = useId();
  const fieldId = id ?? auto;
  return (
    <div className="h-check">
      <input
        type="checkbox"
        id={fieldId}
        aria-describedby={hint ? `${fieldId}-hint` : undefined}
        {...rest}
      />
      <div>
        <label htmlFor={fieldId}>{label}</label>
        {hint && (
          <div id={`${fieldId}-hint`} className="h-field__hint">
            {hint}
          </div>
        )}
      </div>
    </div>
  );
}

export function Card({
  children,
  className,
  as: Tag = 'div',
}: {
  children: ReactNode;
  className?: string;
  as?: 'div' | 'section' | 'article' | 'li';
}) {
  return <Tag className={`h-card ${className ?? ''}`}>{children}</Tag>;
}

export function Badge({
  children,
  tone,
}: {
  children: ReactNode;
  tone?: 'brand' | 'success' | 'danger';
}) {
  return <span className={`h-badge ${tone ? `h-badge--${tone}` : ''}`}>{children}</span>;
}

export function Avatar({
  name,
  initials,
  src,
  size = 40,
}: {
  name: string;
  initials: string;
  src?: string | null;
  size?: number;
}) {
  return (
    <span
      className="h-avatar"
      style={{ width: size, height: size, fontSize: size * 0.38 }}
      aria-hidden="true"
      title={name}
    >
      {src ? <img src={src} alt="" /> : initials}
    </span>
  );
}

export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className="h-page-header">
      <div>
        <h1>{title}</h1>
        {description && <p>{description}</p>}
      </div>
      {actions && <div className="h-row">{actions}</div>}
    </header>
  );
}

export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="h-state" role="status" aria-live="polite">
      <div className="h-spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="h-state">
      <h2>{title}</h2>
      {children && <p>{children}</p>}
      {action}
    </div>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div className="h-state" role="alert">
      <h2>Something went wrong</h2>
      <p>{message}</p>
      {onRetry && (
        <Button variant="primary" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}

export function Notice({
  tone = 'info',
  children,
}: {
  tone?: 'info' | 'error' | 'success';
  children: ReactNode;
}) {
  return (
    <div className={`h-notice h-notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/** Figures: each a label over a large value, as many to a row as fit. */
export function Figures({ items }: { items: ReadonlyArray<readonly [string, ReactNode]> }) {
  return (
    <dl className="h-figures">
      {items.map(([label, value]) => (
        <div key={label} className="h-figure">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="h-visually-hidden">{children}</span>;
}

export function SkipLink({ target = '#main' }: { target?: string }) {
  return (
    <a className="h-skip-link" href={target}>
      Skip to content
    </a>
  );
}

export function LoadMore({
  hasMore,
  loading,
  onLoadMore,
}: {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}) {
  if (!hasMore) return null;
  return (
    <div className="h-load-more">
      <Button onClick={onLoadMore} busy={loading}>
        {loading ? 'Loading…' : 'Load more'}
      </Button>
    </div>
  );
}

/** Sets the document title for the page ("Groups · Hearth"). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Hearth` : 'Hearth';
  }, [title]);
}
