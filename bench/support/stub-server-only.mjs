// Benchmark processes load the server modules without the react-server condition, which react-pdf's reconciler cannot run under; 'server-only' (a guard for bundlers) resolves to an empty module, as the Vitest stub does.
import { register } from 'node:module';

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,', shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
