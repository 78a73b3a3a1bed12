// One id per form field, so labels, messages, the review's links and focus after a step change all find the same element.
export function fieldId(name: string): string {
  return `field-${name.replaceAll('.', '-')}`;
}

/** The content path a form field edits, without list indexes: "evaluation_details.0.datasets" → "evaluation_details.datasets". */
export function schemaPathOf(name: string): string {
  return name
    .split('.')
    .filter((segment) => !/^\d+$/.test(segment))
    .join('.');
}

/** Moves focus to a field once the step that shows it has rendered. */
export function focusField(name: string) {
  requestAnimationFrame(() => {
    const element = document.getElementById(fieldId(name));
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.focus();
  });
}
