// A card version as a readable document: sections in the one order (SECTION_ORDER), only fields that hold a value, card text always as plain text.
import type { ReactNode } from 'react';
import type { TModelCardContent } from '@/lib/schemas/model-card-content';
import type { TSectionKey } from '@/lib/model-cards/field-labels';
import { AdditionalInformationSection, ModelPackageSection } from './additional-sections';
import { EvaluationSection } from './evaluation-section';
import { hasValue, SECTION_ORDER } from '@/lib/model-cards/display';
import { BusinessDetailsSection, IntendedUsesSection, ModelOverviewSection } from './overview-sections';
import { TrainingSection } from './training-section';

export function CardDocument({ content }: { content: TModelCardContent }) {
  const jobs = (content.evaluation_details ?? []).filter(hasValue);
  const render: Record<TSectionKey, () => ReactNode> = {
    model_overview: () => <ModelOverviewSection key="overview" overview={content.model_overview!} />,
    intended_uses: () => <IntendedUsesSection key="uses" uses={content.intended_uses!} />,
    business_details: () => <BusinessDetailsSection key="business" business={content.business_details!} />,
    training_details: () => <TrainingSection key="training" training={content.training_details!} />,
    evaluation_details: () => <EvaluationSection key="evaluation" jobs={jobs} />,
    additional_information: () => <AdditionalInformationSection key="additional" info={content.additional_information!} />,
    model_package_details: () => <ModelPackageSection key="package" pkg={content.model_package_details!} />,
  };
  const sections = SECTION_ORDER.filter((key) => hasValue(content[key])).map((key) => render[key]());

  if (sections.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-line bg-surface px-6 py-12 text-center">
        <p className="text-sm font-medium text-fg">This card has no content yet</p>
        <p className="mt-1 text-sm text-muted">Edit the card to describe the model, its intended uses, training and evaluation.</p>
      </div>
    );
  }
  return <div className="space-y-6 text-sm text-fg">{sections}</div>;
}
