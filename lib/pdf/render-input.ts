// The render input crosses a process boundary as JSON: Dates (createdAt of the version, reviews, status changes) are tagged on the way out and revived on the way in, so the document prints the same dates as an in-process render.
import type { VersionDto } from '@/lib/server/model-cards/card-dto';

/** A key no card content uses (content keys are SageMaker field names or the author's custom_details, which hold strings). */
const DATE_TAG = '$cardinal.date';

export function encodeRenderInput(version: VersionDto): string {
  return JSON.stringify(version, function (this: Record<string, unknown>, key, value) {
    const raw = this[key];
    return raw instanceof Date ? { [DATE_TAG]: raw.toISOString() } : value;
  });
}

export function decodeRenderInput(json: string): VersionDto {
  return JSON.parse(json, (_key, value) => {
    if (value !== null && typeof value === 'object' && typeof value[DATE_TAG] === 'string' && Object.keys(value).length === 1) return new Date(value[DATE_TAG]);
    return value;
  }) as VersionDto;
}
