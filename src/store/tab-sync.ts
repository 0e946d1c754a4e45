/**
 * Keeping tabs coherent: after a tab writes, it tells the others which
 * article and annotations changed; a tab showing that article reads them back.
 * Only ids travel; the data is always read from IndexedDB.
 */

/** What a tab announces after a write commits. */
export interface TabMessage {
  /** The writing tab, so it ignores its own messages. */
  tab: string;
  articleId: string;
  /** Annotations written or deleted. */
  annotations: string[];
  /** The document revision written, when the text was saved. */
  revision?: number;
  /** The article was deleted. */
  deleted?: boolean;
}

const channelName = 'claimmark';

/** A BroadcastChannel for one tab; a no-op where the browser has none. */
export class TabSync {
  readonly tab = Math.random().toString(36).slice(2);
  readonly #channel: BroadcastChannel | null;

  constructor(onMessage: (message: TabMessage) => void, name = channelName) {
    this.#channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
    if (this.#channel) {
      this.#channel.onmessage = (event: MessageEvent<TabMessage>) => {
        const message = event.data;
        if (message && typeof message === 'object' && message.tab !== this.tab && typeof message.articleId === 'string') onMessage(message);
      };
    }
  }

  /** Tells the other tabs about a committed write. */
  announce(message: Omit<TabMessage, 'tab'>): void {
    this.#channel?.postMessage({ ...message, tab: this.tab });
  }

  close(): void {
    this.#channel?.close();
  }
}
