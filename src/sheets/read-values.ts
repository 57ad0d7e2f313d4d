/**
 * A tab's whole grid of values (A1 to the last row and column with data) in one round
 * trip, where getDataRange().getValues() takes two.
 *
 * Sheet.getSheetValues (developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetValues(Integer,Integer,Integer,Integer)):
 * "Returns the rectangular grid of values for this range starting at the given
 * coordinates. A -1 value given as the row or column position is equivalent to getting
 * the very last row or column that has data in the sheet." Whether -1 as a count means
 * "through the last row" or "the last row's position" does not matter from row and column
 * 1, where both give the same grid, so the start is always A1.
 *
 * The page is silent on a sheet with no data at all (its last row is 0): Google may
 * throw there, or give an empty grid. Either way the read falls back to
 * getDataRange().getValues(), which gives [['']] for an empty sheet, so callers see
 * what they always saw. The fallback costs two calls, and only on a sheet with no data,
 * or when the first read failed for another reason, in which case the second read fails
 * too (or, if it works, reads what is really there): a failure is never taken for an
 * empty tab.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
/** What Range.getValues returns (Date, number, boolean or '' in each cell). */
export type SheetGrid = ReturnType<
  GoogleAppsScript.Spreadsheet.Range['getValues']
>;

export function readSheetValues(sheet: Sheet): SheetGrid {
  let values: SheetGrid | null | undefined;
  try {
    values = sheet.getSheetValues(1, 1, -1, -1);
  } catch {
    values = null;
  }
  if (
    Array.isArray(values) &&
    values.length > 0 &&
    (values[0]?.length ?? 0) > 0
  )
    return values;
  return sheet.getDataRange().getValues();
}

/**
 * The header row (row 1 through the last column with data) in one call, where
 * getRange('1:1').getValues() takes two; the same fallback as readSheetValues, here to
 * the whole first row (trailing blanks included, as getRange('1:1') gives them).
 */
export function readHeaderRow(sheet: Sheet): SheetGrid {
  let values: SheetGrid | null | undefined;
  try {
    values = sheet.getSheetValues(1, 1, 1, -1);
  } catch {
    values = null;
  }
  if (
    Array.isArray(values) &&
    values.length === 1 &&
    (values[0]?.length ?? 0) > 0
  )
    return values;
  return sheet.getRange('1:1').getValues();
}
