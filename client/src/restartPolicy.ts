// When the language server dies: restart it, unless it has died too often lately. Pure (no vscode).

export interface RestartPolicyOptions {
  /** Give up after this many crashes ... */
  maxCrashes: number;
  /** ... within this many milliseconds. */
  windowMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicyOptions = { maxCrashes: 5, windowMs: 3 * 60_000 };

export class RestartPolicy {
  private crashes: number[] = [];
  constructor(private readonly options: RestartPolicyOptions = DEFAULT_RESTART_POLICY) {}

  /** Records a crash at `now` (ms) and says whether to restart the server. */
  crashed(now: number): 'restart' | 'give-up' {
    this.crashes = this.crashes.filter((t) => now - t < this.options.windowMs);
    this.crashes.push(now);
    return this.crashes.length >= this.options.maxCrashes ? 'give-up' : 'restart';
  }

  /** Crashes counted in the current window. */
  get count(): number {
    return this.crashes.length;
  }

  /** Forget earlier crashes (after a deliberate restart by the user). */
  reset(): void {
    this.crashes = [];
  }
}
