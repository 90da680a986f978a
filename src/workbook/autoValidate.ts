/**
 * Re-validates shortly after staff stop editing: a burst of edits or a large paste becomes one
 * validation, and edits made while one runs lead to exactly one more, never a queue. When the pane is
 * busy with something else (a filter, going to a row), `validate` answers BUSY and is tried again after
 * the quiet time, so an edit made meanwhile is never left unchecked.
 */

/** What `validate` answers when it could not run now (the pane was doing something else). */
export const BUSY = "busy";

export interface AutoValidateOptions {
  /** Quiet time after the last change before validating. */
  delayMs: number;
  /** Timer functions, replaceable in tests. */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export class AutoValidator {
  private timer: unknown;
  private running = false;
  private again = false;
  private stopped = false;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(
    private readonly validate: () => Promise<unknown | typeof BUSY>,
    private readonly options: AutoValidateOptions
  ) {
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  /** A change happened: (re)start the quiet-time timer. */
  changed(): void {
    if (this.stopped) return;
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => {
      this.timer = undefined;
      void this.fire();
    }, this.options.delayMs);
  }

  private async fire(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        const answer = await this.validate().catch(() => undefined);
        // Refused while the pane did something else: once more after the quiet time, never in a tight loop.
        if (answer === BUSY) {
          this.changed();
          break;
        }
      } while (this.again && !this.stopped);
    } finally {
      this.running = false;
    }
  }

  /**
   * Forget the re-check that was due (results cleared): the timer and an "again" asked for while one ran. A run
   * already under way ends as it would; later changes start the quiet time again as usual.
   */
  cancel(): void {
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
    this.again = false;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
  }
}
