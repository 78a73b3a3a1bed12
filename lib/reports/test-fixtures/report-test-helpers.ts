// Tests read report files as the endpoint receives them (text) and look at errors only through ReportParseError.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ReportParseError } from '../errors';

export function sagemakerFixture(name: string): string {
  return readFileSync(path.resolve(__dirname, '../../../../shared/fixtures/sagemaker-reports', name), 'utf8');
}

export function ownFixture(name: string): string {
  return readFileSync(path.resolve(__dirname, name), 'utf8');
}

/** The ReportParseError that `run` throws; any other outcome fails the test. */
export function parseError(run: () => unknown): ReportParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof ReportParseError) return error;
    throw error;
  }
  throw new Error('expected a ReportParseError, but nothing was thrown');
}
