// A report is read as the SageMaker SDK reads it (Python's json module): strict JSON plus the bare NaN / Infinity / -Infinity that Python writes for undefined metrics.
import { lineAndColumn, scanJson, type TJsonScan } from '../json/scan-json';
import { ReportParseError } from './errors';

const NON_FINITE_LITERALS = ['NaN', 'Infinity', '-Infinity'] as const;

/**
 * Parses report text. Non-finite literals become the strings "NaN", "Infinity", "-Infinity",
 * which is how Model Monitor already writes them, so every parser meets one spelling.
 */
export function readReportJson(text: string): unknown {
  // Editors on Windows save UTF-8 with a byte-order mark; it is not part of the JSON.
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return JSON.parse(source);
  } catch {
    // JSON.parse's messages differ by engine and often carry no position (V8: "Unexpected token ']'"),
    // and it rejects Python's literals; one scan answers both questions.
    const scan = scanJson(source, { extraLiterals: NON_FINITE_LITERALS });
    if (scan.errorOffset !== undefined) throw malformedJson(source, scan.errorOffset);
    return JSON.parse(quoteLiterals(source, scan.literals));
  }
}

function malformedJson(text: string, offset: number): ReportParseError {
  const { line, column } = lineAndColumn(text, offset);
  const found = offset >= text.length ? 'end of file' : JSON.stringify(String.fromCodePoint(text.codePointAt(offset)!));
  return new ReportParseError('MALFORMED_JSON', `The file is not valid JSON: unexpected ${found} at line ${line}, column ${column}.`, { line, column });
}

function quoteLiterals(text: string, literals: TJsonScan['literals']): string {
  let out = '';
  let from = 0;
  for (const { start, literal } of literals) {
    out += `${text.slice(from, start)}"${literal}"`;
    from = start + literal.length;
  }
  return out + text.slice(from);
}
