/**
 * The Customers tab as books set up before CUSTOMER_FIGURES have it: one CUSTOMER_*
 * formula in row 2 of each computed column, each receiving the whole Sales columns. Made
 * from today's CUSTOMER_FIGURES formula (same references), for the migration test and
 * the "before" of the recalculation figures.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The arguments of a formula's outer call, split at its top-level commas. */
function argsOf(formula: string): string[] {
  const body = formula.slice(
    formula.indexOf('(') + 1,
    formula.lastIndexOf(')'),
  );
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (const ch of body) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur.trim());
  return out;
}

/** Row 2 of grade, per month, last visit, spend, segment, the way older books had them. */
export function legacyFormulas(figures: string): string[] {
  const [ids, key, date, amount, asOf, win, th, rules, lang, phones, voids] =
    argsOf(figures);
  const call = (fn: string, a: string[]) =>
    `=${fn}(${[...a, phones, voids].join(', ')})`;
  return [
    call('CUSTOMER_GRADE', [ids, key, date, asOf, win, th]),
    call('CUSTOMER_PER_MONTH', [ids, key, date, asOf, win]),
    call('CUSTOMER_LAST_VISIT', [ids, key, date, asOf]),
    call('CUSTOMER_SPEND', [ids, key, amount, date, asOf]),
    call('CUSTOMER_SEGMENT', [
      ids,
      key,
      date,
      amount,
      asOf,
      win,
      th,
      rules,
      lang,
    ]),
  ];
}

/**
 * Puts the older layout in place of the one CUSTOMER_FIGURES formula whose cell is
 * row 2 of `gradeColumn` (1-based), as an older Set up shop left it.
 */
export function toLegacyLayout(sheet: Sheet, gradeColumn: number): void {
  const head = sheet.getRange(2, gradeColumn);
  const list = legacyFormulas(head.getFormula());
  head.clearContent();
  list.forEach((f, i) => sheet.getRange(2, gradeColumn + i).setFormula(f));
}
