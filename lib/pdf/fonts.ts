// PDFs use Noto Sans (Latin, Cyrillic, Greek), a TTF shipped in an npm package and read from node_modules at run time: Helvetica covers Latin-1 only and nothing may be downloaded.
import path from 'node:path';
import fs from 'node:fs';
import { Font } from '@react-pdf/renderer';
import { cacheShapedText } from './shaped-text-cache';

export const PDF_FONT = 'Noto Sans';

const FACES = [
  { file: '400Regular/NotoSans_400Regular.ttf', fontWeight: 400, fontStyle: 'normal' },
  { file: '400Regular_Italic/NotoSans_400Regular_Italic.ttf', fontWeight: 400, fontStyle: 'italic' },
  { file: '600SemiBold/NotoSans_600SemiBold.ttf', fontWeight: 600, fontStyle: 'normal' },
  { file: '700Bold/NotoSans_700Bold.ttf', fontWeight: 700, fontStyle: 'normal' },
] as const;

/** Tokens longer than this (ARNs, S3 URIs, e-mail addresses, hashes) get break points; shorter words never break. */
const UNBREAKABLE_CHARS = 20;
const CHUNK_CHARS = 10;

/**
 * Break points without a hyphen: react-pdf puts a "-" at every syllable break, which would change an
 * ARN or a number an auditor compares; an empty piece between two pieces is a zero-width glue instead.
 * Long tokens break after / : . @ - _ and, failing those, every few characters.
 */
function breakLongToken(word: string): string[] {
  if (word.length <= UNBREAKABLE_CHARS) return [word];
  const pieces = word
    .split(/(?<=[/:.@_-])/u)
    .flatMap((piece) => (piece.length <= CHUNK_CHARS * 1.5 ? [piece] : (piece.match(new RegExp(`.{1,${CHUNK_CHARS}}`, 'gsu')) ?? [piece])));
  return pieces.flatMap((piece, index) => (index === 0 ? [piece] : ['', piece]));
}

function fontDirectory(): string {
  // Resolved from the working directory, not import.meta: the server bundle no longer sits beside node_modules.
  const dir = path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans');
  if (!fs.existsSync(dir)) throw new Error(`The PDF font is missing: ${dir} does not exist. Run npm install.`);
  return dir;
}

let registered = false;

function registerPdfFonts(): void {
  if (registered) return;
  const dir = fontDirectory();
  Font.register({ family: PDF_FONT, fonts: FACES.map(({ file, fontWeight, fontStyle }) => ({ src: path.join(dir, file), fontWeight, fontStyle })) });
  Font.registerHyphenationCallback(breakLongToken);
  registered = true;
}

let loaded: Promise<void> | null = null;

/** Registers the faces and reads them now rather than during the first layout, so each face gets its cache of shaped text. */
export function loadPdfFonts(): Promise<void> {
  registerPdfFonts();
  loaded ??= Promise.all(
    FACES.map(async ({ fontWeight, fontStyle }) => {
      const descriptor = { fontFamily: PDF_FONT, fontWeight, fontStyle };
      await Font.load(descriptor);
      cacheShapedText(Font.getFont(descriptor).data as unknown as Parameters<typeof cacheShapedText>[0]);
    }),
  ).then(
    () => undefined,
    (error: unknown) => {
      loaded = null;
      throw error;
    },
  );
  return loaded;
}
