/**
 * A customer's copy of their data as one CSV file: a block per tab (its name, its header
 * row, their rows), UTF-8 with a byte-order mark so Excel and WPS open Chinese correctly.
 * A field that a spreadsheet would run as a formula (=, +, -, @, a tab or a return first)
 * gets a leading apostrophe (OWASP, "CSV Injection"): the file's reader sees the text,
 * and no spreadsheet that opens it runs it.
 */
export interface CsvBlock {
  title: string;
  headers: readonly string[];
  rows: ReadonlyArray<readonly string[]>;
}

const RISKY_FIRST = /^[=+\-@\t\r]/;

export function csvField(s: string): string {
  const safe = RISKY_FIRST.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) || safe !== safe.trim()
    ? `"${safe.replace(/"/g, '""')}"`
    : safe;
}

function line(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

export function toCsv(
  heading: readonly string[],
  blocks: readonly CsvBlock[],
): string {
  const out: string[] = heading.map(h => line([h]));
  for (const b of blocks) {
    out.push('');
    out.push(line([b.title]));
    out.push(line(b.headers));
    for (const r of b.rows) out.push(line(r));
  }
  return `\ufeff${out.join('\r\n')}\r\n`;
}

/** The fields of a CSV made by toCsv, for tests and for reading a copy back. */
export function parseCsv(text: string): string[][] {
  const s = text.replace(/^\ufeff/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
