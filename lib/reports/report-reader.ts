// Report JSON is untrusted: every read sees own properties only, and a shape the parser cannot walk is an INVALID_REPORT naming its path.
import { formatPath } from '../schemas/validation-error';
import { ReportParseError } from './errors';
import { describeJson, pathText } from './report-messages';
import { pythonStr, type JsonScalar } from './python-str';

export type JsonObject = Record<string, unknown>;
export type JsonPath = readonly (string | number)[];

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Without the own-property check, a report key such as "constructor" would read Object.prototype. */
export function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Reads one report, naming it ("Clarify bias report") in every error. */
export class ReportReader {
  constructor(private readonly reportName: string) {}

  invalid(path: JsonPath, message: string): ReportParseError {
    return new ReportParseError('INVALID_REPORT', `Invalid ${this.reportName} at ${pathText(path)}: ${message}.`, {
      path: formatPath(path),
    });
  }

  object(value: unknown, path: JsonPath): JsonObject {
    if (isJsonObject(value)) return value;
    throw this.invalid(path, `expected an object, found ${describeJson(value)}`);
  }

  array(value: unknown, path: JsonPath): unknown[] {
    if (Array.isArray(value)) return value;
    throw this.invalid(path, `expected an array, found ${describeJson(value)}`);
  }

  /** A value the SDK formats into a name with an f-string; it needs the key (KeyError otherwise) and a scalar. */
  nameText(parent: JsonObject, key: string, path: JsonPath): string {
    const value = own(parent, key);
    if (value === undefined) throw this.invalid([...path, key], 'this field is required');
    return this.scalarText(value, [...path, key]);
  }

  scalarText(value: unknown, path: JsonPath): string {
    if (typeof value === 'object' && value !== null) throw this.invalid(path, `expected text or a number, found ${describeJson(value)}`);
    return pythonStr(value as JsonScalar);
  }
}
