// Readable names for content keys and plain text for values, so every field of any card prints without a list that falls behind the schema.
const WORDS: Record<string, string> = { arn: 'ARN', id: 'ID', url: 'URL', s3: 'S3', kms: 'KMS' };

/** model_package_arn → "Model package ARN". */
export function humanizeKey(key: string): string {
  const words = key.split(/[_\s]+/).filter(Boolean);
  return words.map((word, index) => WORDS[word.toLowerCase()] ?? (index === 0 ? word[0].toUpperCase() + word.slice(1) : word)).join(' ');
}

/** Numbers print exactly as stored (an auditor compares them with the source); booleans as Yes / No. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Dates print in UTC with seconds, the precision audit records are compared at. */
export function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

export function hasValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value).some(hasValue);
  return true;
}
