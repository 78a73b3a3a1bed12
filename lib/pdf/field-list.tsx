// Label / value rows for every field of a section that has a value, nested objects and lists included, in the content's own order.
import { Text, View } from '@react-pdf/renderer';
import { styles } from './theme';
import { fieldLabel } from '@/lib/model-cards/field-labels';
import { displayValue, hasValue, shownItems } from '@/lib/model-cards/display';

export type Field = { label: string; value: string | string[] };

/** Flattens an object into rows: nested objects prefix their parent's label, lists of text become one row of lines. */
export function fieldsOf(
  object: Record<string, unknown> | undefined,
  { skip = [], prefix = '', parentKey }: { skip?: string[]; prefix?: string; parentKey?: string } = {},
): Field[] {
  if (!object) return [];
  const fields: Field[] = [];
  for (const [key, value] of Object.entries(object)) {
    if (skip.includes(key) || !hasValue(value)) continue;
    const label = prefix ? `${prefix} › ${fieldLabel(key, parentKey)}` : fieldLabel(key, parentKey);
    if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
      fields.push({ label, value: shownItems(value).map(displayValue) });
    } else if (Array.isArray(value)) {
      shownItems(value).forEach((item, index) => {
        const itemLabel = `${label} ${index + 1}`;
        if (typeof item === 'object' && item !== null) fields.push(...fieldsOf(item as Record<string, unknown>, { prefix: itemLabel, parentKey: key }));
        else fields.push({ label: itemLabel, value: displayValue(item) });
      });
    } else if (typeof value === 'object') {
      fields.push(...fieldsOf(value as Record<string, unknown>, { prefix: label, parentKey: key }));
    } else {
      fields.push({ label, value: displayValue(value) });
    }
  }
  return fields;
}

export function FieldList({ fields }: { fields: Field[] }) {
  if (fields.length === 0) return null;
  return (
    <View>
      {fields.map((field) => (
        <View key={field.label} style={styles.fieldRow} wrap={false}>
          <Text style={styles.fieldLabel}>{field.label}</Text>
          {/* A list's items are lines of one text, not a box of texts. */}
          <Text style={styles.fieldValue}>{Array.isArray(field.value) ? field.value.join('\n') : field.value}</Text>
        </View>
      ))}
    </View>
  );
}
