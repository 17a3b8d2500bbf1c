// The PDFs' font: IBM Plex Sans, the typeface of the Danish design system (DKFDS ships it; its
// licence is the SIL Open Font License). Embedded and subset by pdfkit, so the PDF shows every
// Danish letter and the typographic characters the texts use, where the built-in Helvetica knew
// only WinAnsi. A character the font has no glyph for is replaced by a near equivalent or "?",
// never written as an empty box.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import type PDFDocument from 'pdfkit';

export const FONT = 'PlexSans';
export const BOLD = 'PlexSans-Bold';
export const ITALIC = 'PlexSans-Italic';

const FILES: Record<string, string> = { [FONT]: 'IBMPlexSans-Regular.ttf', [BOLD]: 'IBMPlexSans-Bold.ttf', [ITALIC]: 'IBMPlexSans-Italic.ttf' };

let loaded: { files: Map<string, Buffer>; covers: (codePoint: number) => boolean } | null = null;

function fonts() {
  if (loaded) return loaded;
  // dkfds exports only its script; the fonts lie beside it in its dist folder.
  const dist = join(dirname(createRequire(import.meta.url).resolve('dkfds')), '..');
  const files = new Map(Object.entries(FILES).map(([name, file]) => [name, readFileSync(join(dist, 'fonts', 'IBMPlexSans', 'complete', 'ttf', file))]));
  const faces = [...files.values()].map((bytes) => fontkit.create(bytes)).map((f) => ('hasGlyphForCodePoint' in f ? f : null));
  const covers = (codePoint: number) => faces.every((f) => f !== null && f.hasGlyphForCodePoint(codePoint));
  loaded = { files, covers };
  return loaded;
}

/** Registers the three faces with a document. */
export function registerFonts(doc: InstanceType<typeof PDFDocument>): void {
  for (const [name, bytes] of fonts().files) doc.registerFont(name, bytes);
}

const REPLACEMENTS: Record<string, string> = { '\u2264': '<=', '\u2265': '>=', '\u2192': '->', '\u2248': '~', '\u2010': '-', '\u2011': '-' };

/** Text the embedded font can show: control characters dropped, characters without a glyph replaced. */
export function printable(text: string): string {
  const { covers } = fonts();
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\n' || ch === '\t') out += ch;
    else if (code < 32 || (code >= 127 && code < 160)) continue;
    else if (covers(code)) out += ch;
    else out += REPLACEMENTS[ch] ?? '?';
  }
  return out;
}
