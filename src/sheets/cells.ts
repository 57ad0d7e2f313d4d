/**
 * One cell, read and written by the kind of its column. Owners type anything into a
 * sheet, so reading never throws: a cell that can't be read gives a blank value and a
 * reason, and the caller reports it with the row and the header the owner sees.
 */
import {isoDateIn, parseDate, tzOffsetMs, DAY_MS} from '../domain/dates';
import {Lang, t} from '../domain/i18n';
import {normaliseKey} from '../domain/keys';
import {ColumnKind, OptionSetKey} from './schema';
import {OPTIONS, optionLabel, parseOption} from './schema-options';
import {CELL_REASONS, CellReason} from './texts';

/** A typed cell: text and key columns give '' when blank, the others null. */
export type Typed = string | number | boolean | Date | null;

export interface ReadOutcome {
  value: Typed;
  /** Why the cell could not be read; absent when it could (or was blank). */
  reason?: CellReason;
  /** Values for the reason's placeholders. */
  detail?: Record<string, string>;
}

export interface CellContext {
  /** The spreadsheet's time zone: dates typed as text are local to it. */
  tz: string;
  lang: Lang;
}

const FORMULA_ERROR =
  /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/;

function isFormulaError(v: unknown): boolean {
  return typeof v === 'string' && FORMULA_ERROR.test(v.trim());
}

export function isBlank(v: unknown): boolean {
  return (
    v === '' ||
    v === null ||
    v === undefined ||
    (typeof v === 'string' && v.trim() === '')
  );
}

/** Digits as Sheets shows a number: 13800138000, never 1.38e10. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) >= 1e21) return BigInt(n).toString();
  return String(n);
}

/** A cell value as the text an owner would read in it. */
export function cellText(v: unknown, tz: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return '';
    const local = v.getTime() + tzOffsetMs(v.getTime(), tz);
    const msOfDay = ((local % DAY_MS) + DAY_MS) % DAY_MS;
    const date = isoDateIn(v, tz);
    if (msOfDay === 0) return date;
    const h = Math.floor(msOfDay / 3_600_000);
    const m = Math.floor(msOfDay / 60_000) % 60;
    return `${date} ${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  }
  return String(v);
}

// ---------------------------------------------------------------------------------------
// Numbers and money typed as text

const CURRENCY_BEFORE =
  /^(?:rmb|cny|usd|hkd|twd|nt\$|hk\$|us\$|mop\$?|[¥$€£])\s*/i;
const CURRENCY_AFTER = /\s*(?:元|块|塊|圆|圓|rmb|cny|yuan|[¥$€£])$/i;

function groupedInteger(s: string, sep: string): string | null {
  const parts = s.split(sep);
  if (!/^\d{1,3}$/.test(parts[0])) return null;
  for (const p of parts.slice(1)) if (!/^\d{3}$/.test(p)) return null;
  return parts.join('');
}

/**
 * A number an owner typed: '12.50', '¥12.50', '12,5' (decimal comma), '1,234.00',
 * '1.234,50', '-3', '(12)' for a refund as accountants write it. With one separator,
 * a comma followed by exactly three digits groups thousands ('1,234' is 1234) and a dot
 * is a decimal point ('1.234' is 1.234), as a Chinese till prints them.
 */
export function parseNumberText(raw: string, money: boolean): number | null {
  let s = raw.normalize('NFKC').trim();
  if (!s) return null;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1].trim();
  }
  const sign = (): void => {
    if (/^[-−]/.test(s)) {
      negative = !negative;
      s = s.slice(1).trim();
    } else if (s.startsWith('+')) {
      s = s.slice(1).trim();
    }
  };
  sign();
  if (money) {
    const bare = s.replace(CURRENCY_BEFORE, '');
    // A sign may follow the symbol ("¥-3") but not stand after another sign.
    if (bare !== s) {
      s = bare;
      sign();
    }
    s = s.replace(CURRENCY_AFTER, '');
  }
  s = s.replace(/(?<=\d)[\s\u00a0\u202f'’](?=\d{3}\b)/g, '');
  let digits: string | null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma < 0 && lastDot < 0) {
    digits = /^\d+$/.test(s) ? s : null;
  } else if (lastComma >= 0 && lastDot >= 0) {
    const dec = lastComma > lastDot ? ',' : '.';
    const thou = dec === ',' ? '.' : ',';
    const i = s.lastIndexOf(dec);
    const int = groupedInteger(s.slice(0, i), thou);
    const frac = s.slice(i + 1);
    digits = int !== null && /^\d+$/.test(frac) ? `${int}.${frac}` : null;
  } else {
    const sep = lastComma >= 0 ? ',' : '.';
    const parts = s.split(sep);
    if (parts.length > 2) {
      digits = groupedInteger(s, sep);
    } else if (sep === ',' && /^\d{1,3},\d{3}$/.test(s)) {
      digits = parts.join('');
    } else {
      digits =
        /^\d*$/.test(parts[0]) && /^\d+$/.test(parts[1])
          ? `${parts[0] || '0'}.${parts[1]}`
          : null;
    }
  }
  if (digits === null) return null;
  const n = Number(digits);
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}

const YES = new Set([
  'true',
  'yes',
  'y',
  '1',
  '是',
  '对',
  '對',
  '✓',
  '✔',
  'x',
  '√',
]);
const NO = new Set(['false', 'no', 'n', '0', '否', '不', '✗', '✘']);

export function parseBoolean(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : null;
  const s = String(v ?? '')
    .normalize('NFKC')
    .trim()
    .toLowerCase();
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return null;
}

function optionList(set: OptionSetKey, lang: Lang): string {
  const sep = lang === 'en' ? ', ' : '、';
  return OPTIONS[set].map(o => optionLabel(set, o.key, lang)).join(sep);
}

// ---------------------------------------------------------------------------------------
// Reading

/** Reads one raw cell value (as getValues gives it) by the kind of its column. */
export function readCell(
  kind: ColumnKind,
  raw: unknown,
  ctx: CellContext,
  options?: OptionSetKey,
): ReadOutcome {
  if (isBlank(raw)) {
    return {value: kind === 'text' || kind === 'key' ? '' : null};
  }
  switch (kind) {
    case 'text':
      return {
        value: typeof raw === 'string' ? raw.trim() : cellText(raw, ctx.tz),
      };
    case 'key':
      // An apostrophe Shuke wrote into a plain-text cell stays visible there; it is
      // never part of a phone number or member number.
      return {
        value: normaliseKey(
          typeof raw === 'string' ? raw.replace(/^'/, '') : raw,
        ),
      };
    case 'formula':
      return {
        value:
          raw instanceof Date || typeof raw !== 'object'
            ? (raw as Typed)
            : String(raw),
      };
    case 'date':
    case 'datetime': {
      const d = parseDate(raw, ctx.tz);
      if (d) return {value: d};
      break;
    }
    case 'number':
    case 'money': {
      if (typeof raw === 'number' && Number.isFinite(raw)) return {value: raw};
      if (typeof raw === 'string') {
        const n = parseNumberText(raw, kind === 'money');
        if (n !== null) return {value: n};
      }
      break;
    }
    case 'boolean': {
      const b = parseBoolean(raw);
      if (b !== null) return {value: b};
      break;
    }
    case 'enum': {
      const set = options as OptionSetKey;
      const key = parseOption(set, cellText(raw, ctx.tz));
      if (key !== null) return {value: key};
      if (isFormulaError(raw)) break;
      return {
        value: null,
        reason: 'option',
        detail: {options: optionList(set, ctx.lang)},
      };
    }
  }
  if (isFormulaError(raw)) {
    return {value: null, reason: 'formulaError', detail: {value: String(raw)}};
  }
  const reason: CellReason =
    kind === 'datetime' ? 'date' : (kind as CellReason);
  return {value: null, reason};
}

export function reasonText(
  reason: CellReason,
  lang: Lang,
  detail?: Record<string, string>,
): string {
  return t(CELL_REASONS[reason], lang, detail);
}

// ---------------------------------------------------------------------------------------
// Writing

/**
 * Words that can stand in text Sheets reads as a number, a date, a time or an amount:
 * month and weekday names, am/pm, ordinals, the exponent "e", ISO's "T", currency codes
 * and the characters of Chinese dates, times and amounts.
 */
const NUMERIC_WORDS = new Set(
  (
    'january february march april may june july august september sept october ' +
    'november december jan feb mar apr jun jul aug sep oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'mon tue tues wed thu thur thurs fri sat sun ' +
    'am pm st nd rd th e t z utc gmt ' +
    'rmb cny usd hkd twd ntd mop rm myr sgd gbp aud eur ' +
    '年 月 日 号 號 时 時 分 秒 点 點 上 下 午 晚 早 元 圆 圓 块 塊 周 週 星 期 礼 禮 拜 一 二 三 四 五 六 天'
  ).split(/\s+/),
);

/** True when some word of the text is none of NUMERIC_WORDS: Sheets keeps it as text. */
function hasPlainWord(n: string): boolean {
  // A currency's letters before "$" (HK$, NT$, US$, C$) are part of the symbol, and
  // "a.m." is "am". Han
  // characters are words of one character each; other letters run into words.
  const words =
    n
      .toLowerCase()
      .replace(/\p{L}{1,3}\$/gu, '$')
      .replace(/\b([ap])\.m\b\.?/g, '$1m')
      .match(/\p{Script=Han}|[\p{L}\p{M}]+/gu) ?? [];
  return words.some(w => !NUMERIC_WORDS.has(w));
}

/**
 * Text Sheets might not keep as typed. Google documents no grammar for how typed input
 * is read (Range.setValue; ValueInputOption USER_ENTERED: "strings may be converted to
 * numbers, dates, etc."), and the family is wide: "1e5", "(12)", "HK$5", "3/5",
 * "5 Mar 2025", "2025年3月5日", "10am", "12%", full-width digits. So the rule is not a
 * list of forms but what they share: every number, date, time, percentage and amount
 * has a digit, and no word other than a month, a weekday, am/pm, a currency and the
 * like. Such text, text starting with a formula or error sign (= + - @ #, or an
 * apostrophe Sheets would eat) and TRUE/FALSE are written with a leading apostrophe,
 * which Sheets hides and which makes it store the rest as text ("Add an apostrophe to
 * keep text as text"). "冰红茶 ×2" or a request id has a word of its own and is written
 * as is, which spares the counter a read of the tab's formats.
 *
 * Month names are English only: a spreadsheet in a French locale might read "5 mars"
 * as a date. Shuke's books are Chinese or English; the docs are silent on other
 * locales' words, so a text like that is the one case this rule leaves to Sheets.
 */
export function needsTextGuard(s: string): boolean {
  if (s === '') return false;
  const n = s.normalize('NFKC');
  const first = n.trimStart()[0] ?? '';
  if ("=+-@'#".includes(first)) return true;
  if (/^\s*(?:true|false)\s*$/i.test(n)) return true;
  return /\p{Nd}/u.test(n) && !hasPlainWord(n);
}

/**
 * A string as it must be handed to setValues so that the cell holds exactly that text.
 * `plainTextCell`: the target cell is formatted as plain text ('@'), where Sheets stores
 * what it is given as is and an apostrophe would stay visible.
 */
export function guardText(s: string, plainTextCell = false): string {
  if (plainTextCell) return s;
  return needsTextGuard(s) ? `'${s}` : s;
}

export type Writable = string | number | boolean | Date;

/**
 * A value as setValues should receive it for a column of `kind`, in the sheet's
 * language for option sets. Returns the text still to be guarded as `text` when the
 * value is a string (the guard depends on the target cell's format).
 */
export function toCell(
  kind: ColumnKind,
  value: unknown,
  lang: Lang,
  options?: OptionSetKey,
): {value: Writable; text: boolean} {
  if (value === null || value === undefined) return {value: '', text: false};
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return {value: '', text: false};
    if (kind === 'text' || kind === 'key') {
      return {value: value.toISOString(), text: true};
    }
    return {value, text: false};
  }
  if (kind === 'enum' && options && typeof value === 'string') {
    const known = OPTIONS[options].some(o => o.key === value);
    return {
      value: known ? optionLabel(options, value, lang) : value,
      text: !known,
    };
  }
  if ((kind === 'number' || kind === 'money') && typeof value === 'number') {
    return {value: Number.isFinite(value) ? value : '', text: false};
  }
  if (kind === 'boolean' && typeof value === 'boolean')
    return {value, text: false};
  if (typeof value === 'number') {
    // Keys and texts given as numbers are written as the text of their digits, so a
    // phone number written by Shuke reads back the same way a typed one does.
    if (kind === 'text' || kind === 'key')
      return {value: numberText(value), text: true};
    return {value, text: false};
  }
  if (typeof value === 'boolean') return {value, text: false};
  return {value: String(value), text: true};
}
