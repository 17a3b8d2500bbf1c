// A document uploaded with a form (a guiding document, a calibration case's attachment): its type is
// decided here from the name and the first bytes, never taken from the browser.
import { z } from 'zod';
import { invalid } from './service-error.ts';

export const DOCUMENT_FILE_TYPES = {
  pdf: { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: [0x50, 0x4b, 0x03, 0x04] },
  odt: { type: 'application/vnd.oasis.opendocument.text', magic: [0x50, 0x4b, 0x03, 0x04] },
  txt: { type: 'text/plain; charset=utf-8', magic: [] },
} as const;
/** Under the 1 MB body limit of a form, with room for the other fields. */
export const MAX_DOCUMENT_BYTES = 900 * 1024;

export const fileSchema = z.object({ name: z.string().trim().min(1).max(200), data: z.instanceof(Uint8Array) });
export type UploadedFile = z.infer<typeof fileSchema>;

/** The file's content type, or throws an error on `field` saying why the file is refused. */
export function checkedFileType(file: UploadedFile, field = 'file'): string {
  const refuse = (message: string) => invalid([{ field, message }]);
  const extension = file.name.toLowerCase().split('.').pop() ?? '';
  const known = Object.entries(DOCUMENT_FILE_TYPES).find(([ext]) => ext === extension)?.[1];
  if (!known) throw refuse('Filen skal være en PDF-, Word- (docx), OpenDocument- (odt) eller tekstfil.');
  if (file.data.length === 0) throw refuse('Filen er tom.');
  if (file.data.length > MAX_DOCUMENT_BYTES) throw refuse(`Filen må højst fylde ${MAX_DOCUMENT_BYTES / 1024} kB.`);
  if (!known.magic.every((b, i) => file.data[i] === b)) throw refuse(`Filens indhold passer ikke til endelsen .${extension}.`);
  if (extension === 'txt') {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(file.data);
    } catch {
      throw refuse('Tekstfilen skal være UTF-8.');
    }
  }
  return known.type;
}
