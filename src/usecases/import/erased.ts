/**
 * The one place the import asks whether a phone number was erased from the book at its
 * owner's request (the privacy feature's Erasure log, read once per import), so an old
 * export never brings such a customer back. Asked only for customers the book lacks.
 */
import {Lang} from '../../domain/i18n';
import {erasedPhoneChecker} from '../privacy/erased-phones';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function erasedCheck(
  ss: Spreadsheet,
  lang: Lang,
): (phone: string) => boolean {
  return erasedPhoneChecker(ss, lang);
}
