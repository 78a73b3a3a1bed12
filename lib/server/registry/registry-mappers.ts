// Rows selected with the registry selects become DTOs: ARNs filled in from this server's region and account, lifecycle columns folded back into ModelLifeCycle.
import 'server-only';
import type { Prisma } from '@/lib/server/generated/prisma/client';
import type { TArnContext } from './registry-arns';
import { modelArn, modelPackageArn, modelPackageGroupArn, trainingJobArn } from './registry-arns';
import { GROUP_SELECT, MODEL_SELECT, PACKAGE_SELECT, TRAINING_JOB_SELECT } from './registry-dto';
import type { ModelPackageDto, ModelPackageGroupDto, RegisteredModelDto, TrainingJobDto } from './registry-dto';

type GroupRow = Prisma.ModelPackageGroupGetPayload<{ select: typeof GROUP_SELECT }>;
type PackageRow = Prisma.ModelPackageGetPayload<{ select: typeof PACKAGE_SELECT }>;
type ModelRow = Prisma.RegisteredModelGetPayload<{ select: typeof MODEL_SELECT }>;
type TrainingJobRow = Prisma.TrainingJobRecordGetPayload<{ select: typeof TRAINING_JOB_SELECT }>;

export function toGroupDto(context: TArnContext, row: GroupRow, packageCount: number): ModelPackageGroupDto {
  return { ...row, arn: modelPackageGroupArn(context, row.name), packageCount };
}

export function toPackageDto(context: TArnContext, row: PackageRow): ModelPackageDto {
  const { lifecycleStage, lifecycleStageStatus, lifecycleStageDescription, customerMetadataProperties, ...rest } = row;
  return {
    ...rest,
    arn: modelPackageArn(context, row.groupName, row.version),
    customerMetadataProperties: (customerMetadataProperties as Record<string, string> | null) ?? null,
    modelLifeCycle:
      lifecycleStage && lifecycleStageStatus
        ? {
            Stage: lifecycleStage,
            StageStatus: lifecycleStageStatus,
            ...(lifecycleStageDescription !== null ? { StageDescription: lifecycleStageDescription } : {}),
          }
        : null,
  };
}

export function toModelDto(context: TArnContext, row: ModelRow): RegisteredModelDto {
  return { ...row, arn: modelArn(context, row.name) };
}

export function toTrainingJobDto(context: TArnContext, row: TrainingJobRow): TrainingJobDto {
  const { description, ...rest } = row;
  return { ...rest, descriptionText: description, arn: trainingJobArn(context, row.name) };
}
