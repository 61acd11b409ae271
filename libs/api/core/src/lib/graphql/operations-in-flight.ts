import type { ApolloServerPlugin } from '@apollo/server';

/**
 * The GraphQL operations this process is running, so that stopping the API can wait for them
 * before it closes the database. Apollo's drain waits for the requests whose connections are open;
 * an operation whose client has gone away (a closed tab, a proxy's timeout) keeps running without
 * one, and the database used to close under it: its next statement failed and a mutation stopped
 * half-way between statements that do not share a transaction.
 */
export class OperationsInFlight {
  private running = 0;
  private readonly waiting = new Set<() => void>();

  /** Counts an operation from the start of its request until its response is sent (or dropped). */
  readonly plugin: ApolloServerPlugin = {
    requestDidStart: () => {
      this.running++;
      let finished = false;
      return Promise.resolve({
        willSendResponse: () => {
          if (!finished) {
            finished = true;
            this.running--;
            if (this.running === 0) for (const wake of [...this.waiting]) wake();
          }
          return Promise.resolve();
        },
      });
    },
  };

  get count(): number {
    return this.running;
  }

  /** Resolves true once no operation is running, or false after `timeoutMs` with some still running. */
  settled(timeoutMs: number): Promise<boolean> {
    if (this.running === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (result: boolean) => {
        clearTimeout(timer);
        this.waiting.delete(wake);
        resolve(result);
      };
      const wake = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.waiting.add(wake);
    });
  }
}
