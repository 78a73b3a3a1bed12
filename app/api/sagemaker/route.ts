// POST /api/sagemaker (AWS clients call /api/sagemaker/): the SageMaker-compatible AWS JSON 1.1 endpoint. Signature first, then the X-Amz-Target operation, then the operation as the key's user.
import { randomUUID } from 'node:crypto';
import { authenticateSignedRequest } from '@/lib/server/access-keys/authenticate-signed-request';
import { readBodyBytes } from '@/lib/server/http/read-body-bytes';
import { handleSageMakerRequest } from '@/lib/sagemaker/handle-request';
import type { TSageMakerResponse } from '@/lib/sagemaker/handle-request';
import { REQUIRED_SIGNED_HEADERS, authError, awsError, internalFailure, parseTarget } from '@/lib/sagemaker/protocol';
import { SAGEMAKER_OPERATIONS } from '@/lib/sagemaker/operations';

/** A card's content is at most 100,000 characters; escaped inside the request's JSON it stays well under this. */
const MAX_BODY_BYTES = 1024 * 1024;

async function answer(request: Request): Promise<TSageMakerResponse> {
  const body = await readBodyBytes(request, MAX_BODY_BYTES);
  if (!body.ok) return awsError('ValidationException', `The request body is ${body.bytes} bytes; this endpoint accepts at most ${MAX_BODY_BYTES} bytes.`);
  const signed = await authenticateSignedRequest({
    method: request.method,
    url: request.url,
    headers: Object.fromEntries(request.headers),
    body: body.bytes,
    service: 'sagemaker',
    requiredSignedHeaders: REQUIRED_SIGNED_HEADERS,
  });
  if (!signed.ok) return authError(signed);
  const target = parseTarget(request.headers.get('x-amz-target'), SAGEMAKER_OPERATIONS);
  if (!target.ok) return awsError('UnknownOperationException', target.message);
  return handleSageMakerRequest({ actor: signed.actor, operation: target.operation, body: new TextDecoder().decode(body.bytes) });
}

export async function POST(request: Request): Promise<Response> {
  let result: TSageMakerResponse;
  try {
    result = await answer(request);
  } catch (error) {
    // Reached when the key store cannot be read (database down, NEXTAUTH_SECRET changed): a 5xx the client may retry.
    const errorId = randomUUID().slice(0, 8);
    console.error(`[error ${errorId}] SageMaker endpoint`, error);
    result = internalFailure(errorId);
  }
  // The AWS SDKs report the x-amzn-RequestId of every answer (boto3 as RequestId, the CLI with --debug).
  return new Response(JSON.stringify(result.body), { status: result.status, headers: { ...result.headers, 'x-amzn-RequestId': randomUUID() } });
}
