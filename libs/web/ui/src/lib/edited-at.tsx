import { ago } from './time';

/** "· edited 5 minutes ago": when, as a machine-readable time, with the exact time on hover. */
export function EditedAt({ at }: { at: string }) {
  return (
    <span>
      {' · edited '}
      <time dateTime={at} title={new Date(at).toLocaleString()}>
        {ago(at)}
      </time>
    </span>
  );
}
