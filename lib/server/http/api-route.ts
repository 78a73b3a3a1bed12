// Every /api/v1 route handler goes through apiRoute: the caller is the access key a request is signed with or else the session, and any error becomes the REST error answer.
import 'server-only';
import { getApiActor } from '@/lib/server/auth/get-api-actor';
import { requireActor } from '@/lib/server/auth/actor';
import { AppError } from '@/lib/server/errors';
import { hasNul, NUL_MESSAGE } from '@/lib/schemas/input-values';
import type { Actor } from '@/lib/server/auth/actor';
import { errorResponse } from './api-response';
import { readBodyBytes } from './read-body-bytes';

export type ApiRequestContext<TParams> = {
  request: Request;
  actor: Actor;
  params: TParams;
  /** The body exactly as received (empty unless the route reads one): the bytes a signature covers. */
  body: Uint8Array;
};

type ApiRouteOptions = {
  /** Read the body, at most this many bytes, before the caller is known: a signature covers the body, and the limit is no secret. */
  maxBodyBytes?: number;
  /** The error a body over maxBodyBytes gets (a route-specific code and message); a LIMIT_EXCEEDED AppError otherwise. */
  bodyTooLarge?: (bytes: number) => Error;
};

export function apiRoute<TParams = Record<string, never>>(
  handle: (context: ApiRequestContext<TParams>) => Promise<Response>,
  options: ApiRouteOptions = {},
): (request: Request, segment: { params: Promise<TParams> }) => Promise<Response> {
  return async (request, segment) => {
    try {
      const started = performance.now();
      const params = await segment.params;
      refuseNul(new URL(request.url).searchParams, params);
      const body = await readBody(request, options);
      const actor = requireActor(await getApiActor(request, body));
      const authenticated = performance.now();
      const response = await handle({ request, actor, params, body });
      const handled = performance.now();
      addServerTiming(response, { auth: authenticated - started, app: handled - authenticated });
      return response;
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * No path segment or query parameter may carry a NUL (%00): PostgreSQL text cannot hold one, so it would fail as a 500 in
 * whichever query it reached. Each value is also parsed for its kind by the route (lib/schemas/input-values).
 */
function refuseNul(query: URLSearchParams, params: unknown): void {
  for (const [name, value] of query) {
    if (hasNul(name) || hasNul(value))
      throw new AppError('INVALID_INPUT', `${hasNul(name) ? 'query' : name}: ${NUL_MESSAGE}`, { path: hasNul(name) ? 'query' : name });
  }
  for (const [name, value] of Object.entries(params ?? {})) {
    if ([value].flat().some((item) => typeof item === 'string' && hasNul(item))) throw new AppError('INVALID_INPUT', `${name}: ${NUL_MESSAGE}`, { path: name });
  }
}

async function readBody(request: Request, { maxBodyBytes, bodyTooLarge }: ApiRouteOptions): Promise<Uint8Array> {
  // A GET has no body: a signature covers the empty payload.
  if (maxBodyBytes === undefined) return new Uint8Array();
  const body = await readBodyBytes(request, maxBodyBytes);
  if (body.ok) return body.bytes;
  throw bodyTooLarge?.(body.bytes) ?? new AppError('LIMIT_EXCEEDED', `The request body is ${body.bytes} bytes; the limit is ${maxBodyBytes} bytes.`);
}

/**
 * Server-Timing (W3C): how long finding the caller and the route's own work took, so a slow answer shows where its time went (the
 * browser's network panel and bench:hub read it). A response whose headers are immutable keeps them as they are.
 */
function addServerTiming(response: Response, durations: Record<string, number>): void {
  try {
    response.headers.append(
      'Server-Timing',
      Object.entries(durations)
        .map(([name, ms]) => `${name};dur=${ms.toFixed(2)}`)
        .join(', '),
    );
  } catch {
    // Response.redirect() and Response.error() have immutable headers.
  }
}
