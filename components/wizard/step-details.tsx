'use client';

import type { ReactNode } from 'react';
import { RISK_RATINGS } from '@/lib/schemas/risk-rating';
import { fieldLabel } from '@/lib/model-cards/field-labels';
import { FieldGroup, SelectField, TextArea, TextInput } from './form-fields';
import { TextListEditor } from './rows-editor';
import { RegistryLookup } from './registry-lookup';

// SageMaker's SDK examples; problem type stays free text.
const PROBLEM_TYPES = ['Binary Classification', 'Multiclass Classification', 'Linear Regression', 'Computer Vision', 'Natural Language Processing'];

const label = (key: string) => fieldLabel(key);

/** Step 1: what the model is, who owns it, what it is for and how risky it is. `nameField` is the new card's name or the fixed one. */
export function StepDetails({ nameField }: { nameField: ReactNode }) {
  return (
    <div className="space-y-5">
      <FieldGroup title="Card">{nameField}</FieldGroup>

      <FieldGroup title="Model overview" description="Which model this card documents. Every field is optional.">
        <RegistryLookup />
        <div className="grid gap-4 md:grid-cols-3">
          <TextInput
            name="model_overview.model_id"
            label={label('model_id')}
            hint="Links the card to one model: a model has one card."
            className="md:col-span-3"
          />
          <TextInput name="model_overview.model_name" label={label('model_name')} />
          <TextInput name="model_overview.model_version" label={label('model_version')} inputMode="numeric" hint="A whole number, 1 or more." />
          <TextInput name="model_overview.algorithm_type" label={label('algorithm_type')} />
        </div>
        <TextArea name="model_overview.model_description" label={label('model_description')} />
        <div className="grid gap-4 md:grid-cols-3">
          <TextInput name="model_overview.model_owner" label={label('model_owner')} />
          <TextInput name="model_overview.model_creator" label={label('model_creator')} />
          <TextInput name="model_overview.problem_type" label={label('problem_type')} list="problem-types" hint="Choose a suggestion or type your own." />
          <datalist id="problem-types">
            {PROBLEM_TYPES.map((type) => (
              <option key={type} value={type} />
            ))}
          </datalist>
        </div>
        <div className="grid gap-5 lg:grid-cols-2">
          <TextListEditor name="model_overview.model_artifact" title={label('model_artifact')} what="artifact" placeholder="s3://bucket/model.tar.gz" />
          <TextListEditor
            name="model_overview.inference_environment.container_image"
            title="Inference images"
            what="inference image"
            placeholder="123456789012.dkr.ecr.us-east-1.amazonaws.com/image:tag"
          />
        </div>
      </FieldGroup>

      <FieldGroup title="Business details">
        <TextArea name="business_details.business_problem" label={label('business_problem')} rows={2} />
        <div className="grid gap-4 md:grid-cols-2">
          <TextArea name="business_details.business_stakeholders" label={label('business_stakeholders')} rows={2} />
          <TextArea name="business_details.line_of_business" label={label('line_of_business')} rows={2} />
        </div>
      </FieldGroup>

      <FieldGroup title="Intended uses">
        <TextArea name="intended_uses.purpose_of_model" label={label('purpose_of_model')} />
        <TextArea name="intended_uses.intended_uses" label="Intended uses" />
        <TextArea name="intended_uses.factors_affecting_model_efficiency" label={label('factors_affecting_model_efficiency')} />
        <div className="grid gap-4 md:grid-cols-3">
          <SelectField
            name="intended_uses.risk_rating"
            label={label('risk_rating')}
            hint="Not set counts as Unknown. High risk needs two reviewers."
            options={[{ value: '', label: 'Not set' }, ...RISK_RATINGS.map((rating) => ({ value: rating, label: rating }))]}
          />
          <TextArea name="intended_uses.explanations_for_risk_rating" label={label('explanations_for_risk_rating')} className="md:col-span-2" rows={2} />
        </div>
      </FieldGroup>
    </div>
  );
}
