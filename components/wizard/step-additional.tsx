'use client';

import { fieldLabel } from '@/lib/model-cards/field-labels';
import { FieldGroup, TextArea } from './form-fields';
import { RowsEditor } from './rows-editor';

/** Step 4: ethics, caveats and anything else, as key/value rows. */
export function StepAdditional() {
  return (
    <div className="space-y-5">
      <FieldGroup title="Additional information">
        <TextArea name="additional_information.ethical_considerations" label={fieldLabel('ethical_considerations')} rows={4} />
        <TextArea name="additional_information.caveats_and_recommendations" label={fieldLabel('caveats_and_recommendations')} rows={4} />
      </FieldGroup>
      <FieldGroup title={fieldLabel('custom_details')} description="Anything else your organisation records, as key/value pairs.">
        <RowsEditor
          name="additional_information.custom_details"
          title="Details"
          what="detail"
          columns={[
            { key: 'key', label: 'Key', width: 'w-1/3' },
            { key: 'value', label: 'Value' },
          ]}
          newRow={{ key: '', value: '' }}
          emptyText="No custom details yet."
        />
      </FieldGroup>
    </div>
  );
}
