/** A set of listeners for one kind of event; each host instance owns its own sets. */
export class ListenerSet<T> {
  readonly #listeners = new Set<{ call: (value: T) => void }>();

  /** Adds a listener; the returned function removes it (calling it twice is harmless). */
  add(listener: (value: T) => void): () => void {
    // Wrapped so the same function added twice is two subscriptions, like addEventListener is not.
    const entry = { call: listener };
    this.#listeners.add(entry);
    return () => {
      this.#listeners.delete(entry);
    };
  }

  /** Calls every listener present when the emit started. */
  emit(value: T): void {
    for (const entry of [...this.#listeners]) entry.call(value);
  }

  /** How many listeners are subscribed (for tests and leak checks). */
  get size(): number {
    return this.#listeners.size;
  }
}
