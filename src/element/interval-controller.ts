import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Calls back on a fixed interval while running, and stops when the host leaves the page (Lit's clock
 * controller pattern). The element uses it for time limits.
 */
export class IntervalController implements ReactiveController {
  #timer?: ReturnType<typeof setInterval>;
  #running = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly ms: number,
    private readonly tick: () => void
  ) {
    host.addController(this);
  }

  start(): void {
    this.#running = true;
    this.#schedule();
  }

  stop(): void {
    this.#running = false;
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  hostConnected(): void {
    if (this.#running) this.#schedule();
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #schedule(): void {
    if (this.#timer === undefined) this.#timer = setInterval(this.tick, this.ms);
  }
}
