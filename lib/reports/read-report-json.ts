// A report is read as the SageMaker SDK reads it (Python's json module): strict JSON plus the bare NaN / Infinity / -Infinity that Python writes for undefined metrics.
import { ReportParseError } from './errors';

type NonFiniteLiteral = 'NaN' | 'Infinity' | '-Infinity';

interface JsonScan {
  /** Offset of the first character that breaks the grammar (text.length when the text ends early); undefined when the text is valid. */
  errorOffset: number | undefined;
  literals: { start: number; literal: NonFiniteLiteral }[];
}

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
    const scan = scanJson(source);
    if (scan.errorOffset !== undefined) throw malformedJson(source, scan.errorOffset);
    return JSON.parse(quoteLiterals(source, scan.literals));
  }
}

function malformedJson(text: string, offset: number): ReportParseError {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const found = offset >= text.length ? 'end of file' : JSON.stringify(String.fromCodePoint(text.codePointAt(offset)!));
  return new ReportParseError(
    'MALFORMED_JSON',
    `The file is not valid JSON: unexpected ${found} at line ${line}, column ${column}.`,
    { line, column },
  );
}

function quoteLiterals(text: string, literals: JsonScan['literals']): string {
  let out = '';
  let from = 0;
  for (const { start, literal } of literals) {
    out += `${text.slice(from, start)}"${literal}"`;
    from = start + literal.length;
  }
  return out + text.slice(from);
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);
const SIMPLE_ESCAPES = '"\\/bfnrt';
const WORDS = ['true', 'false', 'null', 'NaN', 'Infinity', '-Infinity'] as const;

/** Iterative, so a deeply nested file cannot overflow the stack. */
function scanJson(text: string): JsonScan {
  const literals: JsonScan['literals'] = [];
  const closers: string[] = [];
  let i = 0;

  const skipSpace = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const readString = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i++;
        return true;
      }
      if (c < ' ') return false;
      if (c !== '\\') {
        i++;
        continue;
      }
      const escape = text[i + 1];
      if (escape === 'u') {
        i += 2;
        for (const end = i + 4; i < end; i++) if (!isHex(text[i])) return false;
      } else if (escape !== undefined && SIMPLE_ESCAPES.includes(escape)) i += 2;
      else {
        i += 1;
        return false;
      }
    }
    return false;
  };
  const readKey = (): boolean => {
    if (!readString()) return false;
    skipSpace();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  const readDigits = (): boolean => {
    if (!isDigit(text[i])) return false;
    while (isDigit(text[i])) i++;
    return true;
  };
  // Stops at the first character a number cannot continue with, which is where JSON.parse points too.
  const readNumber = (): boolean => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (!readDigits()) return false;
    if (text[i] === '.') {
      i++;
      if (!readDigits()) return false;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!readDigits()) return false;
    }
    return true;
  };
  const readScalar = (): boolean => {
    if (text[i] === '"') return readString();
    for (const word of WORDS) {
      if (!text.startsWith(word, i)) continue;
      if (word !== 'true' && word !== 'false' && word !== 'null') literals.push({ start: i, literal: word });
      i += word.length;
      return true;
    }
    if (text[i] === '-' || isDigit(text[i])) return readNumber();
    // Point at the character that broke the word, not at its first character.
    for (const word of WORDS) {
      if (text[i] !== word[0]) continue;
      let matched = 0;
      while (matched < word.length && text[i + matched] === word[matched]) matched++;
      i += matched;
      return false;
    }
    return false;
  };

  let expectValue = true;
  for (;;) {
    skipSpace();
    if (expectValue) {
      const open = text[i];
      if (open === '{' || open === '[') {
        const closer = open === '{' ? '}' : ']';
        i++;
        skipSpace();
        if (text[i] === closer) {
          i++;
          expectValue = false;
          continue;
        }
        closers.push(closer);
        if (open === '{' && !readKey()) return { errorOffset: i, literals };
        continue;
      }
      if (!readScalar()) return { errorOffset: i, literals };
      expectValue = false;
      continue;
    }
    if (closers.length === 0) return { errorOffset: i < text.length ? i : undefined, literals };
    const closer = closers[closers.length - 1];
    if (text[i] === closer) {
      closers.pop();
      i++;
    } else if (text[i] === ',') {
      i++;
      skipSpace();
      if (closer === '}' && !readKey()) return { errorOffset: i, literals };
      expectValue = true;
    } else return { errorOffset: i, literals };
  }
}
