/**
 * CUSTOMER_FIGURES: every computed column of the Customers tab from one pass of the Sales
 * tab. Each CUSTOMER_* function receives the whole Sales columns; five of them in the
 * Customers tab passed those columns five times on every recalculation. This one returns
 * the columns side by side as a 2-D array, which Sheets spills to the right and down
 * (custom functions guide, "Return values": a 2-D array overflows into adjacent cells as
 * long as they are empty; otherwise the formula shows #REF!, "Array result was not
 * expanded because it would overwrite data").
 *
 * `fields` names the columns and their order, so a book whose computed columns stand in
 * another order, or apart, still gets one formula per run of adjacent columns.
 */
import {Lang, t, Texts} from '../domain/i18n';
import {
  appsScriptHost,
  Cell,
  CustomFunctionHost,
  Grid,
} from './custom-functions/host';
import {PARAMS, ParamName, RFM_PARAMS} from './custom-functions/params';
import {perCustomerRows, SalesArgs} from './custom-functions/per-customer';
import {PICKS} from './custom-functions/picks';

/** The field names an owner types, and what each shows. */
export const FIELDS = {
  grade: 'grade',
  per_month: 'perMonth',
  last_visit: 'lastVisit',
  days_since: 'daysSince',
  spend: 'spend',
  segment: 'segment',
  lifecycle: 'lifecycle',
  value: 'valueClass',
} as const satisfies Record<string, keyof typeof PICKS>;
export type FieldName = keyof typeof FIELDS;

/** The Customers tab's computed columns in the order Set up shop creates them. */
export const DEFAULT_FIELDS: readonly FieldName[] = [
  'grade',
  'per_month',
  'last_visit',
  'spend',
  'segment',
];

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const FIELD_ERROR = tx(
  'fields 应为以逗号分隔的 {known} 之一：{value}',
  'fields 應為以逗號分隔的 {known} 之一：{value}',
  'fields should be a comma-separated list of {known}: {value}',
);

/** "grade, per_month" (any case, commas, semicolons or spaces) as field names. */
export function parseFields(v: unknown, lang: Lang): FieldName[] {
  const cell = Array.isArray(v) ? v.flat(2)[0] : v;
  if (cell === undefined || cell === null || String(cell).trim() === '') {
    return [...DEFAULT_FIELDS];
  }
  const names = String(cell)
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s,;，；]+/)
    .filter(Boolean);
  const known = Object.keys(FIELDS);
  const bad = names.find(n => !known.includes(n));
  if (bad !== undefined || names.length === 0) {
    throw new Error(
      t(FIELD_ERROR, lang, {known: known.join(', '), value: String(cell)}),
    );
  }
  return names as FieldName[];
}

export function figuresFn(
  host: CustomFunctionHost,
  args: SalesArgs,
  fields?: unknown,
): Grid {
  const list = parseFields(fields, host.lang());
  const picks = list.map(f => PICKS[FIELDS[f]]);
  return perCustomerRows(host, args, list.length, (s, ctx, lang) =>
    picks.map(p => p(s, ctx, lang) as Cell),
  );
}

/** The parameters in Sheets' order: those of CUSTOMER_SEGMENT, `fields`, `history`. */
export const FIGURES_PARAMS = [...RFM_PARAMS, 'fields', 'history'] as const;

const FIELDS_DOC =
  '@param {string} fields [可选] 要返回的列，以逗号分隔，默认 grade,per_month,last_visit,spend,segment；另有 days_since、lifecycle、value [optional] Columns to return, comma-separated; default grade,per_month,last_visit,spend,segment; also days_since, lifecycle, value';

export function figuresDoc(): string {
  return [
    '客户的各项数字一次算出（等级、每月次数、最近购买、累计消费、分群），向右向下填充；只读一遍销售表。Every customer figure at once (grade, purchases a month, last visit, spend, segment), spilling right and down; one pass of the Sales tab.',
    ...RFM_PARAMS.map(p => PARAMS[p as ParamName].doc),
    FIELDS_DOC,
    PARAMS.history.doc,
    '@return 每位客户一行 One row per customer',
  ].join('\n');
}

export function CUSTOMER_FIGURES(
  customer_ids: unknown,
  sale_customer_ids: unknown,
  sale_dates?: unknown,
  sale_amounts?: unknown,
  as_of?: unknown,
  window_days?: unknown,
  thresholds?: unknown,
  segment_rules?: unknown,
  language?: unknown,
  customer_phones?: unknown,
  sale_voids?: unknown,
  fields?: unknown,
  history?: unknown,
): Grid {
  return figuresFn(
    appsScriptHost,
    {
      customerIds: customer_ids,
      saleCustomerIds: sale_customer_ids,
      saleDates: sale_dates,
      saleAmounts: sale_amounts,
      asOf: as_of,
      windowDays: window_days,
      thresholds,
      rules: segment_rules,
      language,
      customerPhones: customer_phones,
      saleVoids: sale_voids,
      history,
    },
    fields,
  );
}
