import type { TBusinessDetails, TIntendedUses, TModelOverview } from '@/lib/schemas/model-card-content';
import { fieldLabel } from '@/lib/model-cards/field-labels';
import { RiskBadge } from '../hub/badges';
import { hasValue } from '@/lib/model-cards/display';
import { DocSection, FieldList, Mono, Text } from './parts';

export function ModelOverviewSection({ overview }: { overview: TModelOverview }) {
  return (
    <DocSection sectionKey="model_overview">
      {hasValue(overview.model_description) ? <Text value={overview.model_description!} /> : null}
      <FieldList
        rows={[
          { key: 'model_name', value: overview.model_name },
          { key: 'model_id', value: overview.model_id, render: <Mono value={overview.model_id ?? ''} /> },
          { key: 'model_version', value: overview.model_version },
          { key: 'model_owner', value: overview.model_owner },
          { key: 'model_creator', value: overview.model_creator },
          { key: 'problem_type', value: overview.problem_type },
          { key: 'algorithm_type', value: overview.algorithm_type },
          { key: 'model_artifact', value: overview.model_artifact },
          { key: 'container_image', label: `${fieldLabel('inference_environment')}: container images`, value: overview.inference_environment?.container_image },
        ]}
      />
    </DocSection>
  );
}

/** The risk rating leads the section: reviewers and auditors look for it first. */
function RiskPanel({ uses }: { uses: TIntendedUses }) {
  const rating = uses.risk_rating;
  return (
    <div className="rounded-md border border-line bg-sunken/60 px-4 py-3">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="text-sm font-medium text-fg">{fieldLabel('risk_rating')}</span>
        {rating ? <RiskBadge risk={rating} /> : <span className="text-sm text-muted">Not rated</span>}
      </div>
      {hasValue(uses.explanations_for_risk_rating) ? (
        <div className="mt-2 text-sm text-fg">
          <span className="sr-only">{fieldLabel('explanations_for_risk_rating')}: </span>
          <Text value={uses.explanations_for_risk_rating!} />
        </div>
      ) : null}
    </div>
  );
}

export function IntendedUsesSection({ uses }: { uses: TIntendedUses }) {
  return (
    <DocSection sectionKey="intended_uses">
      {hasValue(uses.risk_rating) || hasValue(uses.explanations_for_risk_rating) ? <RiskPanel uses={uses} /> : null}
      <FieldList
        rows={[
          { key: 'purpose_of_model', value: uses.purpose_of_model },
          { key: 'intended_uses', value: uses.intended_uses },
          { key: 'factors_affecting_model_efficiency', value: uses.factors_affecting_model_efficiency },
        ]}
      />
    </DocSection>
  );
}

export function BusinessDetailsSection({ business }: { business: TBusinessDetails }) {
  return (
    <DocSection sectionKey="business_details">
      <FieldList
        rows={[
          { key: 'business_problem', value: business.business_problem },
          { key: 'business_stakeholders', value: business.business_stakeholders },
          { key: 'line_of_business', value: business.line_of_business },
        ]}
      />
    </DocSection>
  );
}
