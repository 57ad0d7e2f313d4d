// Owned by the grades work: the custom-function formulas in the Customers tab and the
// "Refresh grades" menu item. setUpShop calls installGradeFormulas after the tabs exist.
import {Lang} from '../domain/i18n';

export function installGradeFormulas(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
): void {
  void ss;
  void lang;
}
