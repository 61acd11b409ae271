import { createContext, createElement, ReactNode, useContext, useSyncExternalStore } from 'react';

/**
 * The live-updates connection as a person should know it: `idle` (no socket needed or signed out),
 * `live`, or `reconnecting` (it dropped or was refused, and the client is trying again).
 */
export type LiveState = 'idle' | 'live' | 'reconnecting';

/** A tiny store the socket writes and the shell reads. */
export class LiveStatus {
  private current: LiveState = 'idle';
  private readonly listeners = new Set<() => void>();

  get state(): LiveState {
    return this.current;
  }

  set(state: LiveState): void {
    if (state === this.current) return;
    this.current = state;
    for (const l of this.listeners) l();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

const LiveStatusContext = createContext<LiveStatus | null>(null);

export function LiveStatusProvider({
  status,
  children,
}: {
  status: LiveStatus;
  children: ReactNode;
}) {
  return createElement(LiveStatusContext.Provider, { value: status }, children);
}

/** The live connection's state (`idle` outside a provider, as in component tests). */
export function useLiveState(): LiveState {
  const status = useContext(LiveStatusContext);
  return useSyncExternalStore(
    (l) => status?.subscribe(l) ?? (() => undefined),
    () => status?.state ?? 'idle',
  );
}
