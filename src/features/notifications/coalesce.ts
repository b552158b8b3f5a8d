/**
 * Runs `task` in the background, at most one run at a time. A trigger during a run schedules exactly one more
 * run after it (however many triggers came), because the run in progress may already have looked for work
 * before the trigger's work existed. Never throws into the caller: failures go to `onError`.
 */
export function coalesced(task: () => Promise<void>, onError: (error: unknown) => void): { trigger(): void; idle(): Promise<void> } {
  let running: Promise<void> | null = null;
  let again = false;

  async function loop(): Promise<void> {
    do {
      again = false;
      try {
        await task();
      } catch (error) {
        onError(error);
      }
    } while (again);
  }

  return {
    trigger() {
      if (running) {
        again = true;
        return;
      }
      // setImmediate: the caller (a request that just committed) carries on before the work starts.
      running = new Promise<void>((resolve) => setImmediate(resolve))
        .then(loop)
        .finally(() => {
          running = null;
        });
    },
    /** Resolves when no run is in progress or pending; for tests and graceful shutdown. */
    async idle() {
      while (running) await running;
    },
  };
}
