// The child process of one PDF render (render-in-child-process.ts starts it): a version as JSON on stdin, the PDF written to the file named by argv[2]. It never opens the database — the server gathered the data — and runs without the react-server condition, which react-pdf's reconciler cannot use.
import fs from 'node:fs';
import { text } from 'node:stream/consumers';
import { renderVersionDocument } from './render-version-document';
import { decodeRenderInput } from './render-input';

const output = process.argv[2];
if (!output) {
  console.error('usage: render-cli.ts <output.pdf>  (the version JSON on stdin)');
  process.exit(2);
}
const version = decodeRenderInput(await text(process.stdin));
const pdf = await renderVersionDocument(version);
fs.writeFileSync(output, pdf.bytes);
