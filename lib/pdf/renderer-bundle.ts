// The warm renderers run lib/pdf/render-worker.ts compiled once into plain JavaScript (esbuild, about 0.2 s at server start), so no render pays for TypeScript. The file is named by the renderer version: a hash of that JavaScript and of the installed react, react-pdf and font packages, which the PDF cache keys on, so new renderer code never serves an old PDF.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { build } from 'esbuild';

export const RENDER_WORKER_ENTRY = path.join('lib', 'pdf', 'render-worker.ts');

export type RendererBundle = { file: string; version: string };

/**
 * The directory holding package.json and lib/pdf. The server code is bundled into .next, so its own location says nothing;
 * CARDINAL_ROOT wins, else the nearest directory from the working directory upwards.
 */
export function projectRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CARDINAL_ROOT) return env.CARDINAL_ROOT;
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, RENDER_WORKER_ENTRY))) return dir;
    if (path.dirname(dir) === dir)
      throw new Error(`The PDF renderer ${RENDER_WORKER_ENTRY} was not found from ${process.cwd()} upwards; set CARDINAL_ROOT to Cardinal's directory.`);
  }
}

/** Versions of the packages the bundle imports at run time (they stay in node_modules: react-pdf's font loader requires files by computed names). */
function runtimePackageVersions(root: string): string {
  const modules = path.join(root, 'node_modules');
  const reactPdf = fs.existsSync(path.join(modules, '@react-pdf')) ? fs.readdirSync(path.join(modules, '@react-pdf')).map((name) => `@react-pdf/${name}`) : [];
  return ['react', '@expo-google-fonts/noto-sans', ...reactPdf.sort()]
    .map((name) => {
      const manifest = path.join(modules, name, 'package.json');
      return `${name}@${fs.existsSync(manifest) ? (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version?: string }).version : 'missing'}`;
    })
    .join('\n');
}

const built = new Map<string, Promise<RendererBundle>>();

/** Compiled once per process and checkout (a failed compile is tried again next time). */
export function buildRendererBundle(root: string = projectRoot()): Promise<RendererBundle> {
  let bundle = built.get(root);
  if (!bundle) {
    bundle = compileRenderer(root);
    built.set(root, bundle);
    bundle.catch(() => built.delete(root));
  }
  return bundle;
}

/**
 * Compiles the renderer into node_modules/.cache/cardinal-pdf (beside the packages it imports, which resolve from there), writing the
 * file only when no identical one is there; several instances on one checkout write the same bytes under the same name.
 */
async function compileRenderer(root: string): Promise<RendererBundle> {
  const result = await build({
    entryPoints: [path.join(root, RENDER_WORKER_ENTRY)],
    absWorkingDir: root,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const code = result.outputFiles[0].text;
  const version = createHash('sha256').update(code).update('\n').update(runtimePackageVersions(root)).digest('hex');
  const dir = path.join(root, 'node_modules', '.cache', 'cardinal-pdf');
  const file = path.join(dir, `renderer-${version.slice(0, 16)}.mjs`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(partial, code);
    fs.renameSync(partial, file);
  }
  return { file, version };
}
