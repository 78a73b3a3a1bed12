// How the wizard says where each prefilled section came from ("carried over from churn-v3 version 4", "from training job …").
import type { PrefillDto, PrefillSource, TPrefillSection } from '@/lib/server/registry/prefill-card';

export const SECTION_LABELS: Record<TPrefillSection, string> = {
  model_overview: 'Model overview',
  intended_uses: 'Intended uses',
  business_details: 'Business details',
  training_details: 'Training details',
  evaluation_details: 'Evaluation details',
  additional_information: 'Additional information',
  model_package_details: 'Model package details',
};

export function sourceText(source: PrefillSource): string {
  if (source.kind === 'carried-over') return `carried over from ${source.name} version ${source.version}`;
  if (source.kind === 'training-job') return `from training job ${source.name}`;
  if (source.kind === 'model') return `from model ${source.name}`;
  return `from model package ${source.name} version ${source.version}`;
}

export function prefilledSections(prefill: Pick<PrefillDto, 'sources'>): { section: string; source: string }[] {
  return (Object.entries(prefill.sources) as [TPrefillSection, PrefillSource][]).map(([section, source]) => ({
    section: SECTION_LABELS[section] ?? section,
    source: sourceText(source),
  }));
}
