// The personal-data guard on a calibration round's texts: the case is anonymised material, so a CPR
// number, an e-mail address or a phone number is refused.
import { findPersonalData, maskPersonalData, PERSONAL_DATA_LABEL } from '../../core/report/personal-data.ts';
import { invalid } from '../service-error.ts';

/** Throws a field error when the text holds personal data (naming the kind, never repeating it). */
export function refusePersonalData(field: string, text: string, what = 'Teksten'): void {
  const [hit] = findPersonalData(text);
  if (hit) throw invalid([{ field, message: `${what} ser ud til at indeholde ${PERSONAL_DATA_LABEL[hit.kind]} (${maskPersonalData(hit.match)}). Sagen skal være anonymiseret.` }]);
}
