/** A1 references for the formulas Shuke writes. */

export function columnLetter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) {
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  }
  return s;
}

/** Always quoted: names like 销售, "Sales 2025" or O'Brien's all work. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/** Rows 2 to the end of a column (0-based index), on `sheet` when given. */
export function wholeColumn(index: number, sheet?: string): string {
  const c = columnLetter(index + 1);
  return `${sheet ? sheetRef(sheet) : ''}$${c}$2:$${c}`;
}
