/**
 * Politeness towards each host: at most `perHost` requests in flight and
 * at least `minDelayMs` between the starts of two requests to it. Many
 * sources share a few hosts (one publisher, many section feeds), so the
 * limit is per host, not per source.
 */
export interface HostLimiterOptions {
  /** Requests in flight to one host at once. Default 2. */
  perHost?: number;
  /** Minimum milliseconds between two request starts to one host. Default 250. */
  minDelayMs?: number;
}

interface HostState {
  active: number;
  nextStartAt: number;
  waiting: Array<() => void>;
  timer: NodeJS.Timeout | null;
}

export type Release = () => void;

export class HostLimiter {
  readonly perHost: number;
  readonly minDelayMs: number;
  private readonly hosts = new Map<string, HostState>();

  constructor(options: HostLimiterOptions = {}) {
    this.perHost = Math.max(1, options.perHost ?? 2);
    this.minDelayMs = Math.max(0, options.minDelayMs ?? 250);
  }

  /** Wait for a slot on `host`; call the returned function exactly once when the request is over. */
  acquire(host: string, signal?: AbortSignal): Promise<Release> {
    const state = this.stateFor(host);
    return new Promise<Release>((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          state.active--;
          this.pump(host, state);
        });
      };
      const onAbort = () => {
        const i = state.waiting.indexOf(grant);
        if (i >= 0) state.waiting.splice(i, 1);
        reject(signal?.reason ?? new Error('aborted'));
        this.pump(host, state);
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      state.waiting.push(grant);
      this.pump(host, state);
    });
  }

  /** Run `task` holding a slot on `host`. */
  async run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const release = await this.acquire(host, signal);
    try {
      return await task();
    } finally {
      release();
    }
  }

  private stateFor(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, nextStartAt: 0, waiting: [], timer: null };
      this.hosts.set(host, state);
    }
    return state;
  }

  private pump(host: string, state: HostState): void {
    while (state.active < this.perHost && state.waiting.length > 0) {
      const wait = state.nextStartAt - Date.now();
      if (wait > 0) {
        if (!state.timer) {
          state.timer = setTimeout(() => {
            state.timer = null;
            this.pump(host, state);
          }, wait);
        }
        return;
      }
      state.active++;
      state.nextStartAt = Date.now() + this.minDelayMs;
      state.waiting.shift()!();
    }
    // Forget idle hosts whose delay has passed, so a long-running watch does not grow the map forever.
    if (state.active === 0 && state.waiting.length === 0 && !state.timer && state.nextStartAt <= Date.now()) {
      this.hosts.delete(host);
    }
  }
}
