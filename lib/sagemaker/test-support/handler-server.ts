// The SageMaker endpoint on a throwaway local port, as the route serves it (signature, X-Amz-Target, the operation as the key's user) but against the test's database, so boto3 and the AWS CLI can be driven from a Vitest test.
import { authenticateSignedRequest } from '@/lib/server/access-keys/authenticate-signed-request';
import { handleSageMakerRequest } from '../handle-request';
import { REQUIRED_SIGNED_HEADERS, authError, awsError, parseTarget } from '../protocol';
import type { TArnContext } from '../protocol';
import { SAGEMAKER_OPERATIONS } from '../operations';
import { startCaptureServer } from './capture-server';
import type { TCaptureServer } from './capture-server';

export async function startHandlerServer(arnContext: TArnContext): Promise<TCaptureServer> {
  return startCaptureServer(async (request) => {
    const signed = await authenticateSignedRequest({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: request.body,
      service: 'sagemaker',
      requiredSignedHeaders: REQUIRED_SIGNED_HEADERS,
    });
    if (!signed.ok) return authError(signed);
    const target = parseTarget(request.headers['x-amz-target'], SAGEMAKER_OPERATIONS);
    if (!target.ok) return awsError('UnknownOperationException', target.message);
    return handleSageMakerRequest({ actor: signed.actor, operation: target.operation, body: request.body.toString('utf8'), arnContext });
  });
}
