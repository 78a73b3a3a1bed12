// The SageMaker Python SDK's model-card flows work against Cardinal unchanged: sdk_card_flows.py sends, with boto3, exactly the calls and Search filters that sagemaker.model_card sends (from_model_name → from_model_overview → create; from_model_package_arn with carry-over; the embedded package card).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, uniqueSuffix } from '@/test/factories';
import type { Team } from '@/test/factories';
import { recordTrainingJob } from '@/lib/server/registry/record-training-job';
import { createAccessKey } from '@/lib/server/access-keys/create-access-key';
import { hasPython, isolatedAwsEnv } from './test-support/aws-tools';
import { startHandlerServer } from './test-support/handler-server';
import { readArnContext } from '@/lib/server/arn-context';
import type { TCaptureServer } from './test-support/capture-server';

const run = promisify(execFile);
// The route's ARN context (CARDINAL_AWS_REGION / CARDINAL_AWS_ACCOUNT_ID), which the registry services also build their ARNs from.
const ARN = readArnContext();
const PREFIX = `arn:aws:sagemaker:${ARN.region}:${ARN.account}:`;
const SCRIPT = path.resolve(import.meta.dirname, 'test-support/sdk_card_flows.py');

// Skipped only where Python's boto3 is not installed: this machine image ships it, a developer's may not.
const HAS_BOTO3 = hasPython('boto3');

let team: Team;
let server: TCaptureServer;
let key: { accessKeyId: string; secretAccessKey: string };

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
  const created = await createAccessKey({ actor: team.author, label: 'sdk flows' });
  key = { accessKeyId: created.key.accessKeyId, secretAccessKey: created.secretAccessKey };
  server = await startHandlerServer(ARN);
});
afterAll(async () => {
  await server?.close();
});

/** The training job a pipeline records from DescribeTrainingJob (POST /api/v1/training-jobs). */
async function recordJob(name: string, artifacts: string, image: string) {
  const parsed = {
    TrainingJobName: name,
    TrainingJobArn: `${PREFIX}training-job/${name}`,
    TrainingJobStatus: 'Completed',
    SecondaryStatus: 'Completed',
    ModelArtifacts: { S3ModelArtifacts: artifacts },
    AlgorithmSpecification: { TrainingImage: image, TrainingInputMode: 'File' },
    HyperParameters: { feature_dim: '2', mini_batch_size: '10', predictor_type: 'binary_classifier' },
    FinalMetricDataList: [{ MetricName: 'validation:binary_f_beta', Value: 0.87, Timestamp: 1767225600 }],
    RoleArn: 'arn:aws:iam::111122223333:role/SageMakerRole',
    CreationTime: '2026-01-01T00:00:00Z',
    LastModifiedTime: '2026-01-01T00:30:00Z',
  };
  await recordTrainingJob({ actor: team.author, description: JSON.stringify(parsed) });
  return parsed;
}

describe('the SageMaker Python SDK card flows, sent with boto3', () => {
  it.skipIf(!HAS_BOTO3)('model → training details → card; package versions with carry-over; the embedded package card', async () => {
    const suffix = uniqueSuffix();
    const names = {
      model_name: `churn-model-${suffix}`,
      image: '683313688378.dkr.ecr.us-east-1.amazonaws.com/linear-learner:1',
      artifacts: `s3://bucket/churn-${suffix}/output/model.tar.gz`,
      group: `churn-group-${suffix}`,
      card_prefix: `sdk-${suffix}`,
    };
    const job = await recordJob(`churn-training-${suffix}`, names.artifacts, names.image);
    const { stdout } = await run('python3', [SCRIPT, `${server.endpoint}/`, key.accessKeyId, key.secretAccessKey, JSON.stringify(names)], {
      env: isolatedAwsEnv(),
      timeout: 60_000,
    });
    const result = JSON.parse(stdout);
    const modelArn = `${PREFIX}model/${names.model_name.toLowerCase()}`;

    // ModelOverview.from_model_name, then TrainingDetails.from_model_overview (Search by ModelArtifacts.S3ModelArtifacts).
    expect(result.model_flow.overview).toEqual({
      model_name: names.model_name,
      model_id: modelArn,
      inference_environment: { container_image: [names.image] },
      model_artifact: [names.artifacts],
    });
    expect(result.model_flow.training.training_job_details).toMatchObject({
      training_arn: `${PREFIX}training-job/${job.TrainingJobName.toLowerCase()}`,
      training_environment: { container_image: [names.image] },
      training_metrics: [{ name: 'validation:binary_f_beta', value: 0.87 }],
      hyper_parameters: [
        { name: 'feature_dim', value: '2' },
        { name: 'mini_batch_size', value: '10' },
        { name: 'predictor_type', value: 'binary_classifier' },
      ],
    });
    expect(result.model_flow.card).toMatchObject({ arn: `${PREFIX}model-card/${names.card_prefix}-model`, version: 1 });
    // The second from_model_name finds the card by ModelId, as the SDK's one-card-per-model check does.
    expect(result.model_flow.second_overview_error).toBe(`The model has been associated with ['${names.card_prefix}-model'] model cards.`);

    // ModelPackage.from_model_package_arn for version 1, and a card with business details and intended uses.
    const [arn1, arn2] = result.package_flow.arns;
    expect([arn1, arn2]).toEqual([`${PREFIX}model-package/${names.group}/1`, `${PREFIX}model-package/${names.group}/2`]);
    expect(result.package_flow.details1).toMatchObject({
      model_package_arn: arn1,
      model_package_name: names.group,
      model_package_group_name: names.group,
      model_package_version: 1,
      model_approval_status: 'PendingManualApproval',
      inference_specification: { containers: [{ image: names.image, model_data_url: names.artifacts }] },
    });
    expect(result.package_flow.card1.content.training_details.training_job_details.training_arn).toBe(
      `${PREFIX}training-job/${job.TrainingJobName.toLowerCase()}`,
    );
    // The carry-over Search (ModelPackageGroupName, LastModifiedTime descending) finds nothing for card 1 and card 1 for card 2.
    expect(result.package_flow.carry_over_searches).toEqual([[[]], [[`${names.card_prefix}-pkg-1`]]]);
    const inherited = result.package_flow.card2.content;
    expect(inherited.business_details).toEqual(result.package_flow.card1.content.business_details);
    expect(inherited.intended_uses).toEqual(result.package_flow.card1.content.intended_uses);
    expect(inherited.model_package_details.model_package_arn).toBe(arn2);
    expect(result.package_flow.second_package_error).toBe(`The model package has already been associated with ['${names.card_prefix}-pkg-2'] model cards.`);

    // CreateModelPackage with ModelCard; DescribeModelPackage gives back the content as sent; UpdateModelPackage saves status, then content.
    expect(result.embedded_flow.registered).toEqual({ ModelCardContent: result.embedded_flow.sent, ModelCardStatus: 'Draft' });
    expect(result.embedded_flow.content_update_error).toBeNull();
    expect(result.embedded_flow.calls).toEqual(['status', 'content']);
    expect(result.embedded_flow.after.ModelCardContent).toBe(result.embedded_flow.updated_content);
  });
});
