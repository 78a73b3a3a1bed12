// Prefill as SageMaker's SDK does it (reference §4.3, §4.4): package details from the package, training details from the training job whose artifact is the single container's ModelDataUrl, model overview from a model, and the inherited sections carried over from the group's most recently modified card only where empty.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, sampleContent, uniqueCardName } from '@/test/factories';
import type { Team } from '@/test/factories';
import { TRAINING_IMAGE, createTestGroup, createTestModel, registerTestPackage, trainingJobDescription, uniqueArtifact } from '@/test/registry-factories';
import { createCard } from '@/lib/server/model-cards/create-card';
import { saveVersion } from '@/lib/server/model-cards/save-version';
import type { TModelCardContent } from '@/lib/schemas/model-card-content';
import { recordTrainingJob } from './record-training-job';
import { prefillCard } from './prefill-card';
import { registerModelPackage } from './register-model-package';
import { createModel } from './create-model';

let team: Team;

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
});

const EXPECTED_JOB_DETAILS = (name: string) => ({
  training_arn: `arn:aws:sagemaker:us-east-1:111122223333:training-job/${name.toLowerCase()}`,
  training_environment: { container_image: [TRAINING_IMAGE] },
  training_metrics: [
    { name: 'validation:auc', value: 0.91 },
    { name: 'train:auc', value: 0.95 },
  ],
  hyper_parameters: [
    { name: 'max_depth', value: '6' },
    { name: 'eta', value: '0.2' },
    { name: 'objective', value: 'binary:logistic' },
  ],
});

describe('prefill from a package version', () => {
  it('fills model_package_details from the package and training details from the job that produced its single artifact', async () => {
    const group = await createTestGroup(team.author);
    const artifact = uniqueArtifact();
    const jobName = uniqueCardName('job');
    await recordTrainingJob({ actor: team.author, description: trainingJobDescription(jobName, artifact) });
    // A job with another artifact must not be picked.
    await recordTrainingJob({ actor: team.author, description: trainingJobDescription(uniqueCardName('other'), uniqueArtifact()) });
    const pkg = await registerModelPackage({
      actor: team.author,
      groupName: group.name,
      description: 'XGBoost churn model',
      domain: 'MACHINE_LEARNING',
      task: 'CLASSIFICATION',
      inferenceSpecification: {
        Containers: [{ Image: TRAINING_IMAGE, ModelDataUrl: artifact, NearestModelName: 'xgboost' }],
        SupportedContentTypes: ['text/csv'],
      },
      sourceAlgorithmSpecification: { SourceAlgorithms: [{ AlgorithmName: 'xgboost', ModelDataUrl: artifact }] },
    });

    const prefill = await prefillCard({ actor: team.auditor, modelPackageArn: pkg.arn });
    expect(prefill.content.model_package_details).toEqual({
      model_package_arn: pkg.arn,
      model_package_name: group.name,
      model_package_group_name: group.name,
      model_package_version: 1,
      model_package_status: 'Completed',
      model_approval_status: 'PendingManualApproval',
      model_package_description: 'XGBoost churn model',
      domain: 'MACHINE_LEARNING',
      task: 'CLASSIFICATION',
      created_by: { user_profile_name: team.author.name },
      inference_specification: { containers: [{ image: TRAINING_IMAGE, model_data_url: artifact, nearest_model_name: 'xgboost' }] },
      source_algorithms: [{ algorithm_name: 'xgboost', model_data_url: artifact }],
    });
    expect(prefill.content.training_details).toEqual({ training_job_details: EXPECTED_JOB_DETAILS(jobName) });
    expect(prefill.sources).toEqual({
      model_package_details: { kind: 'package', name: group.name, version: 1, arn: pkg.arn },
      training_details: { kind: 'training-job', name: jobName, arn: `arn:aws:sagemaker:us-east-1:000000000000:training-job/${jobName.toLowerCase()}` },
    });
    // The prefilled content is a card that can be created as is, and it documents the package.
    const card = await createCard({ actor: team.author, name: uniqueCardName(), content: prefill.content });
    expect(card.card.modelPackageArn).toBe(pkg.arn);
  });

  it('looks up no training job with several containers, and says so; keeps training details the card already has', async () => {
    const group = await createTestGroup(team.author);
    const [a, b] = [uniqueArtifact(), uniqueArtifact()];
    await recordTrainingJob({ actor: team.author, description: trainingJobDescription(uniqueCardName('job'), a) });
    const pkg = await registerModelPackage({
      actor: team.author,
      groupName: group.name,
      inferenceSpecification: {
        Containers: [
          { Image: TRAINING_IMAGE, ModelDataUrl: a },
          { Image: TRAINING_IMAGE, ModelDataUrl: b },
        ],
      },
    });
    const prefill = await prefillCard({ actor: team.author, modelPackageArn: pkg.arn });
    expect(prefill.content.training_details).toBeUndefined();
    expect(prefill.notes).toContain('2 model artifacts: a training job is looked up only for a single artifact; training details were not filled.');

    const single = await registerTestPackage(team.author, group.name, { artifact: a });
    const written: TModelCardContent = { training_details: { training_observations: 'Converged early', training_job_details: { training_arn: 'arn:mine' } } };
    const kept = await prefillCard({ actor: team.author, modelPackageArn: single.arn, content: written });
    expect(kept.content.training_details).toEqual(written.training_details);
    // training_details without job details gets only the job details.
    const partial = await prefillCard({
      actor: team.author,
      modelPackageArn: single.arn,
      content: { training_details: { training_observations: 'Converged early' } },
    });
    expect(partial.content.training_details?.training_observations).toBe('Converged early');
    expect(partial.content.training_details?.training_job_details?.hyper_parameters).toHaveLength(3);
  });

  it('refuses a package that already has a card, naming it', async () => {
    const group = await createTestGroup(team.author);
    const pkg = await registerTestPackage(team.author, group.name);
    const card = await createCard({ actor: team.author, name: uniqueCardName(), content: sampleContent({ modelPackageArn: pkg.arn }) });
    await expect(prefillCard({ actor: team.author, modelPackageArn: pkg.arn })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { cardName: card.card.name },
    });
  });
});

describe('carry-over (reference §4.4)', () => {
  it("copies business details, intended uses and additional information from the group's most recently modified card, only where the new card is empty", async () => {
    const group = await createTestGroup(team.author);
    const otherGroup = await createTestGroup(team.author);
    const [v1, v2, v3] = [
      await registerTestPackage(team.author, group.name),
      await registerTestPackage(team.author, group.name),
      await registerTestPackage(team.author, group.name),
    ];
    const elsewhere = await registerTestPackage(team.author, otherGroup.name);

    const older = await createCard({
      actor: team.author,
      name: uniqueCardName('older'),
      content: {
        business_details: { business_problem: 'OLDER problem' },
        intended_uses: { purpose_of_model: 'OLDER purpose' },
        model_package_details: { model_package_arn: v1.arn },
      },
    });
    // The group's most recently modified card is the embedded card of v2 (modified after `older`).
    const embedded = await updateEmbedded(v2.arn);
    // A card of another group, modified last of all, must not be the source.
    await createCard({
      actor: team.author,
      name: uniqueCardName('elsewhere'),
      content: { business_details: { business_problem: 'ELSEWHERE' }, model_package_details: { model_package_arn: elsewhere.arn } },
    });

    const prefill = await prefillCard({
      actor: team.author,
      modelPackageArn: v3.arn,
      content: { intended_uses: { purpose_of_model: 'Written for v3', risk_rating: 'High' } },
    });
    expect(prefill.content.business_details).toEqual({ business_problem: 'Latest problem', line_of_business: 'Retail' });
    expect(prefill.content.additional_information).toEqual({ caveats_and_recommendations: 'Retrain monthly' });
    // Not empty in the new card: kept, not overwritten.
    expect(prefill.content.intended_uses).toEqual({ purpose_of_model: 'Written for v3', risk_rating: 'High' });
    expect(prefill.sources.business_details).toEqual({ kind: 'carried-over', name: embedded.name, version: 2 });
    expect(prefill.sources.additional_information).toEqual({ kind: 'carried-over', name: embedded.name, version: 2 });
    expect(prefill.sources.intended_uses).toBeUndefined();
    expect(older.card.name).not.toBe(embedded.name);

    // An empty section ({}) counts as empty.
    const empty = await prefillCard({ actor: team.author, modelPackageArn: v3.arn, content: { business_details: {} } });
    expect(empty.content.business_details).toEqual({ business_problem: 'Latest problem', line_of_business: 'Retail' });
  });

  it('carries nothing into the first card of a group', async () => {
    const group = await createTestGroup(team.author);
    const pkg = await registerTestPackage(team.author, group.name);
    const prefill = await prefillCard({ actor: team.author, modelPackageArn: pkg.arn });
    expect(Object.keys(prefill.sources)).toEqual(['model_package_details']);
    expect(prefill.content.business_details).toBeUndefined();
  });
});

/** Gives the package an embedded card with two versions, so it is the group's most recently modified card. */
async function updateEmbedded(arn: string) {
  const { updateModelPackage } = await import('./update-model-package');
  const created = await updateModelPackage({ actor: team.author, arn, modelCard: { content: '{"business_details": {"business_problem": "First"}}' } });
  await saveVersion({
    actor: team.author,
    cardId: created.card!.id,
    baseVersion: 1,
    content: {
      business_details: { business_problem: 'Latest problem', line_of_business: 'Retail' },
      additional_information: { caveats_and_recommendations: 'Retrain monthly' },
      intended_uses: { purpose_of_model: 'Latest purpose' },
    },
  });
  return created.card!;
}

describe('prefill from a model', () => {
  it('fills model_id (the ARN), model_name, inference environment and artifacts, and training details from the job', async () => {
    const artifact = uniqueArtifact();
    const jobName = uniqueCardName('job');
    await recordTrainingJob({ actor: team.author, description: trainingJobDescription(jobName, artifact) });
    const model = await createTestModel(team.author, artifact, uniqueCardName('Churn-Model'));
    const prefill = await prefillCard({ actor: team.reviewer, modelName: model.name, content: { model_overview: { model_owner: 'risk-team' } } });
    expect(model.arn).toBe(`arn:aws:sagemaker:us-east-1:000000000000:model/${model.name.toLowerCase()}`);
    expect(prefill.content.model_overview).toEqual({
      model_owner: 'risk-team',
      model_id: model.arn,
      model_name: model.name,
      inference_environment: { container_image: [TRAINING_IMAGE] },
      model_artifact: [artifact],
    });
    expect(prefill.content.training_details).toEqual({ training_job_details: EXPECTED_JOB_DETAILS(jobName) });
    expect(prefill.sources).toMatchObject({
      model_overview: { kind: 'model', name: model.name, arn: model.arn },
      training_details: { kind: 'training-job', name: jobName },
    });
    expect(prefill.content.business_details).toBeUndefined();
  });

  it('a pipeline model (Containers) lists every artifact and looks up no training job', async () => {
    const [a, b] = [uniqueArtifact(), uniqueArtifact()];
    const model = await createModel({
      actor: team.author,
      name: uniqueCardName('pipeline'),
      containers: [
        { Image: 'img-a', ModelDataUrl: a },
        { Image: 'img-b', ModelDataUrl: b },
      ],
    });
    const prefill = await prefillCard({ actor: team.author, modelName: model.arn });
    expect(prefill.content.model_overview).toMatchObject({ inference_environment: { container_image: ['img-a', 'img-b'] }, model_artifact: [a, b] });
    expect(prefill.content.training_details).toBeUndefined();
  });

  it('refuses a model that already has a card, naming it; and wants exactly one of modelName and modelPackageArn', async () => {
    const model = await createTestModel(team.author);
    const card = await createCard({ actor: team.author, name: uniqueCardName(), content: sampleContent({ modelId: model.arn }) });
    await expect(prefillCard({ actor: team.author, modelName: model.name })).rejects.toMatchObject({ code: 'CONFLICT', details: { cardName: card.card.name } });
    await expect(prefillCard({ actor: team.author } as never)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(prefillCard({ actor: null, modelName: model.name })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
