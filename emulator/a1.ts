/**
 * A1 notation: 'B3', 'A2:C9', open-ended 'A2:A' and 'A:C', whole rows '2:5', absolute
 * '$B$3', and sheet-qualified "Sales!A2:A" or "'My Sheet'!A2:A" (quotes doubled inside).
 */
export interface A1 {
  sheet?: string;
  row: number;
  col: number;
  /** undefined: open to the sheet's last row/column. */
  endRow?: number;
  endCol?: number;
  /** 'A2:A' names rows 2 and beyond; 'A:A' from row 1. */
  openRows: boolean;
  openCols: boolean;
}

export function columnLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function rangeA1(
  row: number,
  col: number,
  rows: number,
  cols: number,
): string {
  const a = cellA1(row, col);
  return rows === 1 && cols === 1
    ? a
    : `${a}:${cellA1(row + rows - 1, col + cols - 1)}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

interface Part {
  col?: number;
  row?: number;
}

function part(s: string): Part | null {
  const m = PART.exec(s);
  if (!m || (!m[1] && !m[2])) return null;
  return {
    col: m[1] ? columnNumber(m[1]) : undefined,
    row: m[2] ? Number(m[2]) : undefined,
  };
}

/** Splits "'My Sheet'!A1:B2" into sheet and range text. */
export function splitSheet(text: string): {sheet?: string; ref: string} {
  const t = text.trim();
  if (t.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < t.length) {
      if (t[i] === "'") {
        if (t[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += t[i++];
    }
    if (t[i + 1] !== '!') return {ref: t};
    return {sheet: name, ref: t.slice(i + 2)};
  }
  const bang = t.lastIndexOf('!');
  if (bang > 0) return {sheet: t.slice(0, bang), ref: t.slice(bang + 1)};
  return {ref: t};
}

export function parseA1(text: string): A1 | null {
  const {sheet, ref} = splitSheet(text);
  const [a, b, extra] = ref.split(':');
  if (extra !== undefined || !a) return null;
  const p = part(a);
  if (!p) return null;
  if (b === undefined) {
    if (p.col === undefined || p.row === undefined) return null;
    return {
      sheet,
      row: p.row,
      col: p.col,
      endRow: p.row,
      endCol: p.col,
      openRows: false,
      openCols: false,
    };
  }
  const q = part(b);
  if (!q) return null;
  // 'A:C' (columns), '2:5' (rows), 'A2:C' (open at the bottom), 'A2:9'? not valid.
  if (p.col === undefined && q.col === undefined) {
    if (p.row === undefined || q.row === undefined) return null;
    return {
      sheet,
      row: Math.min(p.row, q.row),
      col: 1,
      endRow: Math.max(p.row, q.row),
      openRows: false,
      openCols: true,
    };
  }
  if (p.col === undefined || q.col === undefined) return null;
  const col = Math.min(p.col, q.col);
  const endCol = Math.max(p.col, q.col);
  if (p.row === undefined && q.row === undefined) {
    return {sheet, row: 1, col, endCol, openRows: true, openCols: false};
  }
  if (q.row === undefined) {
    return {sheet, row: p.row!, col, endCol, openRows: true, openCols: false};
  }
  if (p.row === undefined) {
    return {sheet, row: q.row, col, endCol, openRows: true, openCols: false};
  }
  return {
    sheet,
    row: Math.min(p.row, q.row),
    col,
    endRow: Math.max(p.row, q.row),
    endCol,
    openRows: false,
    openCols: false,
  };
}
