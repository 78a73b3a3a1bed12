import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { signInAsAdmin } from './support/accounts';

const fixtures = path.resolve('../shared/fixtures/sagemaker-reports');
const ENDPOINT = '/api/v1/evaluation-reports/parse';

test('the report-import endpoint parses real reports and answers bad files with clear 4xx errors', async ({ page, playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const refused = await anonymous.post(ENDPOINT, { data: '{}' });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe('UNAUTHENTICATED');
  await anonymous.dispose();

  await signInAsAdmin(page);
  const api = page.request;

  const bias = await api.post(ENDPOINT, {
    data: fs.readFileSync(path.join(fixtures, 'clarify_bias.json'), 'utf8'),
    headers: { 'content-type': 'application/json' },
  });
  expect(bias.status()).toBe(200);
  const expected = JSON.parse(fs.readFileSync(path.join(fixtures, 'translated_clarify_bias.json'), 'utf8'));
  expect(await bias.json()).toEqual({ format: 'clarify-bias', metric_groups: expected.metric_groups, warnings: [] });

  const monitor = await api.post(`${ENDPOINT}?format=model-monitor`, {
    data: fs.readFileSync(path.join(fixtures, 'model_monitor_model_quality_binary_classification.json'), 'utf8'),
  });
  expect(monitor.status()).toBe(200);
  expect((await monitor.json()).format).toBe('model-monitor');

  const malformed = await api.post(ENDPOINT, { data: '{\n  "metric_groups": [\n    {"name": "a",,}\n  ]\n}' });
  expect(malformed.status()).toBe(400);
  const malformedBody = await malformed.json();
  expect(malformedBody.error).toMatchObject({ code: 'MALFORMED_JSON', line: 3 });
  expect(malformedBody.error.message).toMatch(/line 3/);

  const unknown = await api.post(ENDPOINT, { data: '{"hello": "world"}' });
  expect(unknown.status()).toBe(422);
  expect((await unknown.json()).error.code).toBe('UNRECOGNISED');

  const mismatch = await api.post(`${ENDPOINT}?format=clarify-explainability`, { data: fs.readFileSync(path.join(fixtures, 'clarify_bias.json'), 'utf8') });
  expect(mismatch.status()).toBe(422);
  expect((await mismatch.json()).error).toMatchObject({ code: 'FORMAT_MISMATCH', expected: 'clarify-explainability', found: 'clarify-bias' });

  const badFormat = await api.post(`${ENDPOINT}?format=pdf`, { data: '{}' });
  expect(badFormat.status()).toBe(400);
  expect((await badFormat.json()).error).toMatchObject({ code: 'INVALID_INPUT', path: 'format' });

  const tooLarge = await api.post(ENDPOINT, { data: 'x'.repeat(5 * 1024 * 1024 + 1) });
  expect(tooLarge.status()).toBe(413);
  expect((await tooLarge.json()).error.code).toBe('TOO_LARGE');
});
