// One warm PDF renderer, forked by the pool (render-pool.ts) from a bundle of this file: versions arrive over the IPC channel as encoded render input, the PDF goes back the same way. It never opens the database — the server gathered the data — and its environment carries no secrets.
import { renderVersionDocument } from './render-version-document';
import { decodeRenderInput } from './render-input';
import { warmUpVersion } from './warm-up-version';
import type { RenderReply, RenderRequest } from './render-worker-protocol';

function reply(message: RenderReply): void {
  process.send!(message);
}

// The server went away, however it ended: nothing is left to render for.
process.on('disconnect', () => process.exit(0));
// Tests that restart renderers on purpose skip the warm-up to stay quick.
if (!process.argv.includes('--no-warm-up')) await renderVersionDocument(warmUpVersion());
process.on('message', (request: RenderRequest) => {
  renderVersionDocument(decodeRenderInput(request.input)).then(
    (pdf) => reply({ id: request.id, ok: true, bytes: pdf.bytes, rss: process.memoryUsage.rss() }),
    (error: unknown) =>
      reply({ id: request.id, ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error), rss: process.memoryUsage.rss() }),
  );
});
reply({ id: 0, ready: true, rss: process.memoryUsage.rss() });
