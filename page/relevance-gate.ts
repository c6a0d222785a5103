/** Page-wide state of the relevance gate: opens once, and tells whoever waits. */
export class RelevanceGate {
  private opened = false;
  private readonly listeners: (() => void)[] = [];

  get isOpen(): boolean {
    return this.opened;
  }

  open(): void {
    if (this.opened) return;
    this.opened = true;
    for (const listener of this.listeners) listener();
  }

  onOpen(listener: () => void): void {
    this.listeners.push(listener);
  }
}
