/**
 * The Sales tab shows a voided sale: one conditional format rule strikes the row
 * through and greys it while its Void cell has anything in it (a custom formula,
 * "=$N2<>\"\"", over whole columns so rows appended later are covered). Google's
 * references: Class ConditionalFormatRuleBuilder (whenFormulaSatisfied, setStrikethrough,
 * setFontColor, setRanges) and Sheet.setConditionalFormatRules, which replaces the
 * sheet's whole list: the owner's own rules are read first and kept as they are.
 *
 * Ours is known by its formula's shape; a rule of that shape pointing at another column
 * (the owner moved the Void column) is replaced, so running Set up shop again leaves one.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

const OURS = /^=\$([A-Z]{1,3})2<>""$/;
export const VOID_FONT = '#9ca3af';

function letter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function formulaOf(rule: Rule): string | null {
  const c = rule.getBooleanCondition();
  if (!c || String(c.getCriteriaType()) !== 'CUSTOM_FORMULA') return null;
  const v = c.getCriteriaValues()[0];
  return typeof v === 'string' ? v.replace(/\s+/g, '') : null;
}

/** Adds or repoints the rule; true when the sheet's rules were written. */
export function ensureVoidFormat(sheet: Sheet, voidIndex: number): boolean {
  const col = letter(voidIndex + 1);
  const formula = `=$${col}2<>""`;
  const rules = sheet.getConditionalFormatRules();
  const ours = rules.filter(r => OURS.test(formulaOf(r) ?? ''));
  if (ours.length === 1 && formulaOf(ours[0]) === formula) return false;
  const last = letter(Math.max(sheet.getMaxColumns(), voidIndex + 1));
  const rule = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(formula)
    .setStrikethrough(true)
    .setFontColor(VOID_FONT)
    .setRanges([sheet.getRange(`A2:${last}`)])
    .build();
  sheet.setConditionalFormatRules([
    ...rules.filter(r => !ours.includes(r)),
    rule,
  ]);
  return true;
}
