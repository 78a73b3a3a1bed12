// What the server and a warm PDF renderer (render-worker.ts) say to each other over the IPC channel (advanced serialization, so the PDF crosses as bytes, not as JSON).
export type RenderRequest = { id: number; input: string };

/** id 0 with `ready` is the greeting once the renderer has loaded and rendered its warm-up card; `rss` lets the pool retire a renderer that grew too large. */
export type RenderReply =
  { id: number; ok: true; bytes: Uint8Array; rss: number } | { id: number; ok: false; message: string; rss: number } | { id: 0; ready: true; rss: number };
