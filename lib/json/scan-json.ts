// A JSON syntax error is located by this one iterative scan, not by JSON.parse, whose positions differ by engine and which knows no extra literals.

export interface TJsonScanOptions {
  /** Bare words accepted as values besides true, false and null, e.g. the NaN / Infinity / -Infinity Python writes. */
  extraLiterals?: readonly string[];
}

export interface TJsonScan {
  /** Offset of the first character that breaks the grammar (text.length when the text ends early); undefined when the text is valid. */
  errorOffset: number | undefined;
  /** Every extra literal that stands as a value, in text order, so a caller can rewrite it into something JSON.parse takes. */
  literals: { start: number; literal: string }[];
}

const BASE_LITERALS = ['true', 'false', 'null'] as const;
const SIMPLE_ESCAPES = '"\\/bfnrt';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/** Iterative, with an explicit stack of closers, so deeply nested text cannot overflow the call stack. */
export function scanJson(text: string, options: TJsonScanOptions = {}): TJsonScan {
  const extras = options.extraLiterals ?? [];
  const words = [...BASE_LITERALS, ...extras];
  const literals: TJsonScan['literals'] = [];
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
        // The escape letter is the mistake, not the backslash before it.
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
  const readNumber = (): boolean => {
    // A lone minus sign is fine; what follows it is the mistake.
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (!readDigits()) return false;
    // An unfinished fraction or exponent is reported where it was cut short, as JSON.parse does.
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
    for (const word of words) {
      if (!text.startsWith(word, i)) continue;
      if (extras.includes(word)) literals.push({ start: i, literal: word });
      i += word.length;
      return true;
    }
    if (text[i] === '-' || isDigit(text[i])) return readNumber();
    // Point at the character that broke the word ("tru}" at the "}"), not at its first character.
    for (const word of words) {
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

/** 1-based, as editors number them; a column counts UTF-16 units, so a "\r" or half of an astral character is one column. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
