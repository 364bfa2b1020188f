// The messages between an embed page (an iframe showing one of our elements) and the page that
// frames it. Shared by the frame's script (frame-height.ts) and the parent's (embed.ts).

/** The message type an embed page posts to its parent whenever its content height changes. */
export const EMBED_HEIGHT = 'cpi-embed-height';

/** The message type a parent posts to an embed frame to have its height posted again. */
export const EMBED_REQUEST_HEIGHT = 'cpi-embed-request-height';

/** Our own height message, posted to the parent with targetOrigin '*' (a height is no secret). */
export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT;
  /** The content height in CSS pixels, an integer rounded up. */
  height: number;
  /** The embed's id: `?embed=` of the page's URL, else its file name (`attribution-and-measurement`). */
  id: string;
}

/** What a parent posts to an embed frame to ask for its height (e.g. when it loaded after the frame). */
export interface EmbedRequestHeightMessage {
  type: typeof EMBED_REQUEST_HEIGHT;
}

/**
 * WordPress's height message (wp-embed): posted only when the page's URL carries `#?secret=…`,
 * echoing that secret. WordPress clamps the value to 200–1000 px itself.
 */
export interface WordPressHeightMessage {
  message: 'height';
  value: number;
  secret: string;
}

/** The range the parent script clamps a reported height to, in CSS pixels. */
export const MIN_FRAME_HEIGHT = 100;
export const MAX_FRAME_HEIGHT = 12000;
