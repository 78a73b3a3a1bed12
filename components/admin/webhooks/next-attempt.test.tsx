import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { textOf } from '@/test/html-text';
import { NextAttempt } from './delivery-log';

const at = '2026-12-07T10:00:00.000Z';
const shown = (status: string, endpointEnabled: boolean) =>
  textOf(renderToStaticMarkup(<NextAttempt delivery={{ status, nextAttemptAt: at }} endpointEnabled={endpointEnabled} />)).trim();

describe('the next attempt of a delivery', () => {
  it('is a time while the endpoint is enabled, "held" while it is disabled, and nothing once the delivery ended', () => {
    expect(shown('Pending', true)).toMatch(/2026/);
    expect(shown('Pending', false)).toBe('Held: endpoint disabled');
    expect(shown('Succeeded', true)).toBe('—');
    expect(shown('Failed', false)).toBe('—');
  });
});
