// CreateModelCardExportJob, DescribeModelCardExportJob and ListModelCardExportJobs are known but not built: a valid request gets 501 NotImplementedException, which the AWS SDKs, boto3 and the CLI show by name and do not retry; nothing pretends a job exists.
import 'server-only';
import { AWS_JSON_CONTENT_TYPE } from '../protocol';
import { AwsFault } from './handler-context';

const NOT_IMPLEMENTED = 'NotImplementedException';

export async function modelCardExportJobsNotAvailable(): Promise<never> {
  throw new AwsFault({
    status: 501,
    headers: { 'Content-Type': AWS_JSON_CONTENT_TYPE, 'x-amzn-ErrorType': NOT_IMPLEMENTED },
    body: {
      __type: NOT_IMPLEMENTED,
      message: 'Model card export jobs are not available in this Cardinal version yet: there are no export jobs to create, describe or list.',
    },
  });
}
