// The sections that are plain fields: model overview, intended uses, business details, additional information (custom details as a table) and model package details.
import type { TModelCardContent } from '@/lib/schemas/model-card-content';
import { FieldList, fieldsOf } from './field-list';
import { DataTable } from './data-table';
import { sectionTitle } from '@/lib/model-cards/field-labels';
import { hasValue } from '@/lib/model-cards/display';
import { Section } from './section';

export function ModelOverviewSection({ number, content }: { number: number; content: TModelCardContent }) {
  return (
    <Section number={number} title={sectionTitle('model_overview')} empty={!hasValue(content.model_overview)}>
      <FieldList fields={fieldsOf(content.model_overview)} />
    </Section>
  );
}

export function IntendedUsesSection({ number, content }: { number: number; content: TModelCardContent }) {
  return (
    <Section number={number} title={sectionTitle('intended_uses')} empty={!hasValue(content.intended_uses)}>
      <FieldList fields={fieldsOf(content.intended_uses)} />
    </Section>
  );
}

export function BusinessDetailsSection({ number, content }: { number: number; content: TModelCardContent }) {
  return (
    <Section number={number} title={sectionTitle('business_details')} empty={!hasValue(content.business_details)}>
      <FieldList fields={fieldsOf(content.business_details)} />
    </Section>
  );
}

export function AdditionalInformationSection({ number, content }: { number: number; content: TModelCardContent }) {
  const info = content.additional_information;
  const custom = Object.entries(info?.custom_details ?? {}).filter(([, value]) => hasValue(value));
  return (
    <Section number={number} title={sectionTitle('additional_information')} empty={!hasValue(info)}>
      <FieldList fields={fieldsOf(info, { skip: ['custom_details'] })} />
      {custom.length > 0 ? (
        <DataTable
          title="Custom details"
          columns={[
            { header: 'Key', width: 0.35 },
            { header: 'Value', width: 0.65 },
          ]}
          rows={custom.map(([key, value]) => [key, value])}
        />
      ) : null}
    </Section>
  );
}

export function ModelPackageSection({ number, content }: { number: number; content: TModelCardContent }) {
  return (
    <Section number={number} title={sectionTitle('model_package_details')} empty={!hasValue(content.model_package_details)}>
      <FieldList fields={fieldsOf(content.model_package_details)} />
    </Section>
  );
}
