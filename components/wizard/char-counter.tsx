'use client';

/** Characters left, shown once a text is near its limit (80 %) so long fields are not cluttered while there is room. */
export function CharCounter({ id, length, max }: { id: string; length: number; max: number }) {
  const left = max - length;
  if (length < max * 0.8) return null;
  const over = left < 0;
  return (
    <p id={id} className={`text-xs tabular-nums ${over ? 'font-medium text-danger' : 'text-muted'}`} aria-live={over ? 'polite' : 'off'}>
      {over
        ? `${(-left).toLocaleString('en-US')} characters over the limit of ${max.toLocaleString('en-US')}`
        : `${left.toLocaleString('en-US')} characters left`}
    </p>
  );
}
