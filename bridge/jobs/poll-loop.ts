/**
 * The loop a background job runs on: one round at a time, a round every `pollMs`, and `kick()` for a round
 * now (a producer just stored work) — a kick during a round asks for another right after it, so work stored
 * mid-round is never left for the next poll. The timer is unref'd: a job never keeps the process alive.
 */

/** Runs `round` in the background until stopped. */
export class PollLoop {
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined
  private again = false
  private stopped = true

  constructor(
    private readonly round: () => Promise<unknown>,
    private readonly pollMs: number,
    /** Told about a round that threw (the job logs it); the loop goes on. */
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Starts: a round at once (what a previous process left), then one every `pollMs`. */
  start(): void {
    if (!this.stopped) return
    this.stopped = false
    this.kick()
  }

  /** Stops polling and waits for the round in progress. */
  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    await this.running
  }

  /** A round now rather than at the next poll (right after the current one, if one is running). */
  kick(): void {
    if (this.stopped) return
    if (this.running) {
      this.again = true
      return
    }
    clearTimeout(this.timer)
    this.running = this.round()
      .then(() => undefined, this.onError)
      .finally(() => {
        this.running = undefined
        if (this.stopped) return
        if (this.again) {
          this.again = false
          this.kick()
          return
        }
        this.timer = setTimeout(() => this.kick(), this.pollMs)
        this.timer.unref()
      })
  }

  /** Resolves once no round is running or asked for. */
  async settled(): Promise<void> {
    while (this.running) await this.running
  }
}

/**
 * A background job on a {@link PollLoop}: subclasses say what one round (`tick`) does; starting, stopping
 * and kicking are the loop's.
 */
export abstract class PolledJob {
  private readonly loop: PollLoop

  constructor(pollMs: number, onError: (error: unknown) => void) {
    this.loop = new PollLoop(() => this.tick(), pollMs, onError)
  }

  /** One round of the job's work. */
  abstract tick(): Promise<unknown>

  /** Starts polling, with a round at once: what a previous process left is picked up at start. */
  start(): void {
    this.loop.start()
  }

  /** Stops polling and waits for the round in progress. */
  async stop(): Promise<void> {
    await this.loop.stop()
  }

  /** A round now (a producer just stored work) rather than at the next poll. */
  kick(): void {
    this.loop.kick()
  }

  /** Resolves once no round is running or asked for (tests: "what was stored has been handled"). */
  async settled(): Promise<void> {
    await this.loop.settled()
  }
}
