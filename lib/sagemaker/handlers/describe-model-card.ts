// DescribeModelCard: one version (the latest unless asked) exactly as saved, its status, who created the card and who last changed that version; MetadataOnly keeps only the five paths SageMaker keeps.
import 'server-only';
import { getVersion } from '@/lib/server/model-cards/get-version';
import type { TModelCardContent } from '@/lib/schemas/model-card-content';
import { toEpochSeconds } from '../protocol';
import type { TDescribeModelCardRequest, TDescribeModelCardResponse } from '../operations';
import { cardArn, cardNameOf, findCard, userContext } from './handler-context';
import type { THandlerContext } from './handler-context';

/** The JSON paths IncludedData=MetadataOnly returns when present (reference §2.2); everything else is left out. */
function metadataOnly(content: TModelCardContent): string {
  const kept: Record<string, Record<string, unknown>> = {};
  const keep = (section: 'model_overview' | 'intended_uses' | 'model_package_details', field: string) => {
    const value = (content[section] as Record<string, unknown> | undefined)?.[field];
    if (value !== undefined) kept[section] = { ...kept[section], [field]: value };
  };
  keep('model_overview', 'model_id');
  keep('model_overview', 'model_name');
  keep('intended_uses', 'risk_rating');
  keep('model_package_details', 'model_package_group_name');
  keep('model_package_details', 'model_package_arn');
  return JSON.stringify(kept);
}

export async function describeModelCard(context: THandlerContext, request: TDescribeModelCardRequest): Promise<TDescribeModelCardResponse> {
  const card = await findCard(context, cardNameOf(context, 'ModelCardName', request.ModelCardName));
  const version = await getVersion({ actor: context.actor, cardId: card.id, version: request.ModelCardVersion });
  // A version changes after it is written only in status; its last change is its last status change, or its creation.
  const lastChange = version.statusChanges.at(-1);
  const changedSince = lastChange && lastChange.createdAt > version.createdAt ? lastChange : null;
  return {
    ModelCardArn: cardArn(context, card.name),
    ModelCardName: card.name,
    ModelCardVersion: version.version,
    Content: request.IncludedData === 'MetadataOnly' ? metadataOnly(version.content) : version.contentText,
    ModelCardStatus: version.status,
    CreationTime: toEpochSeconds(card.createdAt),
    CreatedBy: userContext(card.createdBy),
    LastModifiedTime: toEpochSeconds(changedSince?.createdAt ?? version.createdAt),
    LastModifiedBy: userContext(changedSince?.actor ?? version.author),
  };
}
