// Ctrl-C (SIGINT) and SIGTERM — an editor cancelling its child — during a command that works on a database.
// Before the work starts (connecting, setting up the embedded database) a signal ends the process at once: nothing
// ran. While it runs, the first signal asks the command to stop (cancel the running statement, roll back, close
// the connection, report what ran), and a second one ends the process at once. The command then exits with
// 128 + the signal's number, as shells report a process a signal ended (130 for Ctrl-C, 143 for SIGTERM).
import { constants } from 'os';

export type StopSignal = 'SIGINT' | 'SIGTERM';

const SIGNALS: readonly StopSignal[] = ['SIGINT', 'SIGTERM'];

export function interruptedExitCode(signal: StopSignal): number {
  return 128 + constants.signals[signal];
}

export interface Interrupts {
  /** The first signal received, if any. */
  readonly signal: StopSignal | undefined;
  /**
   * From now on the first signal calls `stop` (which makes the command wind down and return), with `stopping`
   * printed on stderr; a second signal prints `quitting` and ends the process.
   */
  stopWith(stop: () => void, messages: { stopping: string; quitting: string }): void;
  /** Signals end the process as they do without Sluice (the work is over: only printing is left). */
  dispose(): void;
}

/** What the messages say when the work runs on a PostgreSQL server in a transaction that is rolled back. */
export const ON_A_SERVER = {
  stopping: 'cancelling the running statement and rolling back',
  quitting:
    'quitting now; the server rolls back the transaction when it finds the connection closed (once the running statement has ended)',
};

/** How often an interrupted command asks the server again to cancel, until its work has stopped. */
export const CANCEL_AGAIN_MS = 1_000;

export interface InterruptIO {
  stderr(text: string): void;
  /** Ends the process (process.exit). */
  exit(code: number): void;
}

/** Watches SIGINT and SIGTERM for `command` (e.g. "dry-run") until dispose(). */
export function watchInterrupts(command: string, io: InterruptIO): Interrupts {
  let first: StopSignal | undefined;
  let running: { stop: () => void; stopping: string; quitting: string } | undefined;
  const onSignal = (signal: StopSignal): void => {
    if (!running) {
      io.stderr(`sluice: ${command} interrupted (${signal}) before it started: nothing ran\n`);
      io.exit(interruptedExitCode(signal));
      return;
    }
    if (first) {
      io.stderr(`sluice: ${signal} again: ${running.quitting}\n`);
      io.exit(interruptedExitCode(first));
      return;
    }
    first = signal;
    const again = signal === 'SIGINT' ? '; press Ctrl-C again to quit at once' : '';
    io.stderr(`sluice: ${command} interrupted (${signal}): ${running.stopping}${again}\n`);
    running.stop();
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return {
    get signal() {
      return first;
    },
    stopWith(stop, messages) {
      running = { stop, ...messages };
    },
    dispose() {
      for (const signal of SIGNALS) process.off(signal, onSignal);
    },
  };
}
