// `tsx scripts/report-first-load-js.ts [route …]` after `next build`: the JavaScript a browser downloads on the first load of a console page (default /model-cards), raw and gzip.
// First-load JS = the build's root main files (framework, runtime) + the chunks of every client component the page and its layouts render,
// as Next 16 lists them in .next/build-manifest.json and the page's client-reference manifest. Polyfills are left out: they load only in browsers without ES modules.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';

export type Chunk = { file: string; raw: number; gzip: number; from: string };
export type FirstLoadJs = { route: string; entry: string; chunks: Chunk[]; raw: number; gzip: number; polyfills: Chunk[] };

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

/** The app-router entry ("/(console)/model-cards/page") that serves a URL path. */
function entryFor(dotNext: string, route: string): string {
  const routes: Record<string, string> = readJson(path.join(dotNext, 'app-path-routes-manifest.json'));
  const entry = Object.keys(routes).find((key) => routes[key] === route && key.endsWith('/page'));
  if (!entry)
    throw new Error(
      `No page serves ${route} in this build (${Object.values(routes)
        .filter((r) => !r.startsWith('/api'))
        .join(', ')})`,
    );
  return entry;
}

/** Chunks per client entry (the page and each layout above it), from the page's client-reference manifest. */
function clientEntryChunks(dotNext: string, entry: string): Record<string, string[]> {
  const webpackManifest = path.join(dotNext, 'app-build-manifest.json');
  if (fs.existsSync(webpackManifest)) {
    // Webpack builds (Next ≤ 15) list every chunk of a page in one place.
    return { [entry]: (readJson(webpackManifest).pages[entry] ?? []) as string[] };
  }
  const file = path.join(dotNext, 'server', 'app', `${entry.replace(/^\//, '')}_client-reference-manifest.js`);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run next build first`);
  const sandbox = { globalThis: {} as Record<string, unknown> };
  vm.runInNewContext(fs.readFileSync(file, 'utf8'), sandbox);
  const manifests = sandbox.globalThis.__RSC_MANIFEST as Record<string, { entryJSFiles?: Record<string, string[]> }>;
  const manifest = manifests[entry] ?? Object.values(manifests)[0];
  return manifest.entryJSFiles ?? {};
}

function measureChunk(dotNext: string, file: string, from: string): Chunk {
  const bytes = fs.readFileSync(path.join(dotNext, file.replace(/^\/?_next\//, '')));
  return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes).length, from };
}

export function reportFirstLoadJs(route = '/model-cards', dotNext = path.resolve('.next')): FirstLoadJs {
  if (!fs.existsSync(path.join(dotNext, 'BUILD_ID'))) throw new Error(`No build in ${dotNext}: run next build (or npm start) first`);
  const entry = entryFor(dotNext, route);
  const build = readJson(path.join(dotNext, 'build-manifest.json')) as { rootMainFiles: string[]; polyfillFiles: string[] };
  const origins = new Map<string, string>();
  for (const file of build.rootMainFiles) origins.set(file, 'root main (framework, runtime)');
  for (const [client, files] of Object.entries(clientEntryChunks(dotNext, entry))) {
    const name = client.replace(/^\[project\]\//, '').replace(/^node_modules\/next\/dist\/.*\/builtin\//, 'next builtin ');
    for (const file of files.filter((f) => f.endsWith('.js'))) if (!origins.has(file)) origins.set(file, name);
  }
  const chunks = [...origins].map(([file, from]) => measureChunk(dotNext, file, from));
  const polyfills = build.polyfillFiles.map((file) => measureChunk(dotNext, file, 'polyfills (nomodule)'));
  const sum = (key: 'raw' | 'gzip') => chunks.reduce((total, chunk) => total + chunk[key], 0);
  return { route, entry, chunks, raw: sum('raw'), gzip: sum('gzip'), polyfills };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function formatFirstLoadJs(report: FirstLoadJs): string {
  const rows = report.chunks.map((chunk) => [chunk.file.replace(/^static\/chunks\//, ''), chunk.from, kb(chunk.raw), kb(chunk.gzip)]);
  const header = ['chunk', 'loaded for', 'raw', 'gzip'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [
    `First-load JavaScript of ${report.route} (${report.entry}):`,
    line(header),
    ...rows.map(line),
    line(['total', `${report.chunks.length} files`, kb(report.raw), kb(report.gzip)]),
    `Not counted: ${report.polyfills.map((chunk) => `${kb(chunk.raw)} raw / ${kb(chunk.gzip)} gzip`).join(', ')} of polyfills, loaded only by browsers without ES modules.`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const routes = process.argv.slice(2);
  try {
    for (const route of routes.length ? routes : ['/model-cards']) console.log(`${formatFirstLoadJs(reportFirstLoadJs(route))}\n`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
