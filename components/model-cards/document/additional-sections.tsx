import type { TAdditionalInformation, TModelPackageDetails } from '@/lib/schemas/model-card-content';
import { fieldLabel } from '@/lib/model-cards/field-labels';
import { hasValue } from '@/lib/model-cards/display';
import { DataTable, DocSection, FieldList, KeyValueTable, Mono, SubSection } from './parts';

export function AdditionalInformationSection({ info }: { info: TAdditionalInformation }) {
  return (
    <DocSection sectionKey="additional_information">
      <FieldList
        rows={[
          { key: 'ethical_considerations', value: info.ethical_considerations },
          { key: 'caveats_and_recommendations', value: info.caveats_and_recommendations },
        ]}
      />
      {info.custom_details && hasValue(info.custom_details) ? (
        <SubSection title={fieldLabel('custom_details')}>
          <KeyValueTable caption={fieldLabel('custom_details')} entries={info.custom_details} />
        </SubSection>
      ) : null}
    </DocSection>
  );
}

/** SageMaker's enum values are PascalCase words ("PendingManualApproval"); people read them as words. */
function enumWords(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const words = value.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type TContainer = NonNullable<TModelPackageDetails['inference_specification']>['containers'][number];

/** AWS shapes Cardinal only stores (model_data_source, base_model): compact JSON is the honest rendering. */
function Stored({ value }: { value: unknown }) {
  return <Mono value={JSON.stringify(value)} />;
}

function Container({ container, index }: { container: TContainer; index: number }) {
  return (
    <SubSection title={`Container ${index + 1}`} level={4}>
      <FieldList
        rows={[
          { key: 'image', value: container.image },
          { key: 'model_data_url', value: container.model_data_url },
          { key: 'nearest_model_name', value: container.nearest_model_name },
          { key: 'is_checkpoint', value: container.is_checkpoint },
          { key: 'model_data_source', value: container.model_data_source, render: <Stored value={container.model_data_source} /> },
          { key: 'base_model', value: container.base_model, render: <Stored value={container.base_model} /> },
        ]}
      />
    </SubSection>
  );
}

export function ModelPackageSection({ pkg }: { pkg: TModelPackageDetails }) {
  const algorithms = (pkg.source_algorithms ?? []).filter(hasValue);
  const containers = pkg.inference_specification?.containers ?? [];
  return (
    <DocSection sectionKey="model_package_details">
      <FieldList
        rows={[
          { key: 'model_package_name', value: pkg.model_package_name },
          { key: 'model_package_group_name', value: pkg.model_package_group_name },
          { key: 'model_package_version', value: pkg.model_package_version },
          { key: 'model_package_arn', value: pkg.model_package_arn, render: <Mono value={pkg.model_package_arn ?? ''} /> },
          { key: 'model_package_description', value: pkg.model_package_description },
          { key: 'model_package_status', value: enumWords(pkg.model_package_status) },
          { key: 'model_approval_status', value: enumWords(pkg.model_approval_status) },
          { key: 'approval_description', value: pkg.approval_description },
          { key: 'created_by', value: pkg.created_by?.user_profile_name },
          { key: 'domain', value: pkg.domain },
          { key: 'task', value: pkg.task },
        ]}
      />
      {algorithms.length > 0 ? (
        <SubSection title={fieldLabel('source_algorithms')}>
          <DataTable
            caption={fieldLabel('source_algorithms')}
            columns={[fieldLabel('algorithm_name'), fieldLabel('model_data_url')]}
            mono={[1]}
            rows={algorithms.map((algorithm) => [algorithm.algorithm_name, algorithm.model_data_url ?? ''])}
          />
        </SubSection>
      ) : null}
      {containers.length > 0 ? (
        <SubSection title={`${fieldLabel('inference_specification')}: ${fieldLabel('containers').toLowerCase()}`}>
          {containers.map((container, i) => (
            <Container key={i} container={container} index={i} />
          ))}
        </SubSection>
      ) : null}
    </DocSection>
  );
}
