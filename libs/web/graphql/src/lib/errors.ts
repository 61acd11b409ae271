import { CombinedGraphQLErrors } from '@apollo/client';

const FRIENDLY: Record<string, string> = {
  UNAUTHENTICATED: 'Please sign in again.',
  FORBIDDEN: 'You are not allowed to do that.',
  NOT_FOUND: 'We could not find that. It may have been removed, or you may not have access.',
  BAD_USER_INPUT: 'Please check what you entered.',
  CONFLICT: 'That clashes with something that already exists.',
  RATE_LIMITED: 'Too many attempts. Please wait a little and try again.',
  QUERY_TOO_COMPLEX: 'That request was too large.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Please try again.',
};

/** The stable `extensions.code` of the first GraphQL error, or NETWORK for a connection problem. */
export function errorCode(error: unknown): string | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.['code'];
    return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
  }
  return 'NETWORK';
}

/** A message a person can act on: the server's own (written for people) or a kind fallback. */
export function friendlyMessage(error: unknown): string {
  if (!error) return '';
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.['code'];
    if (code === 'INTERNAL_SERVER_ERROR' || code === 'QUERY_TOO_COMPLEX' || !first)
      return FRIENDLY[String(code)] ?? FRIENDLY['INTERNAL_SERVER_ERROR'] ?? '';
    return first.message;
  }
  return 'We could not reach Hearth. Check your connection and try again.';
}

/** The input field an error is about (`extensions.field`), for showing it beside that field. */
export function errorField(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const field = error.errors[0]?.extensions?.['field'];
  return typeof field === 'string' ? field : null;
}
