import { useCallback, useState } from 'react';

/** "Load more" for a connection: fetches the page after `endCursor`, one request at a time. */
export function useMore(
  fetchMore: (after: string) => Promise<unknown>,
  endCursor: string | null | undefined,
) {
  const [loading, setLoading] = useState(false);
  const more = useCallback(() => {
    if (!endCursor || loading) return;
    setLoading(true);
    void fetchMore(endCursor).finally(() => setLoading(false));
  }, [endCursor, fetchMore, loading]);
  return { loading, more };
}
