// A card name is SageMaker's EntityName: 1 to 63 letters, digits and hyphens, starting and ending with a letter or digit (export-job names too).

/** The pattern unanchored, as SageMaker states it, for patterns (ARNs) that embed a name. */
export const CARD_NAME_EXPRESSION = '[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}';
export const CARD_NAME_PATTERN = new RegExp(`^${CARD_NAME_EXPRESSION}$`);
/** The pattern alone allows repeated hyphens past 63 characters, so the length is checked too. */
export const CARD_NAME_MAX_CHARS = 63;

export function isCardName(value: string): boolean {
  return value.length <= CARD_NAME_MAX_CHARS && CARD_NAME_PATTERN.test(value);
}
