/**
 * The custom functions as Sheets sees them: GRADE and the CUSTOMER_* functions, bound to
 * the real host, with their parameter names and autocomplete text. Each takes whole
 * ranges and returns one row per row of `customer_ids`; only a wrong argument fails the
 * whole call (arguments.ts). src/entry.ts lists them; the build writes each one's JSDoc
 * and adds @customfunction. Chinese first: the owners are Chinese-speaking shops; English
 * after it for everyone else.
 */
import {gradeFn} from './grade';
import {appsScriptHost, Grid} from './host';
import {
  LAST_VISIT_PARAMS,
  PARAMS,
  ParamName,
  RFM_PARAMS,
  THRESHOLDS_DOC,
} from './params';
import {SalesArgs} from './per-customer';
import {customerFn, PICKS} from './picks';

export function GRADE(
  purchases_per_month: unknown,
  thresholds?: unknown,
): Grid {
  return gradeFn(appsScriptHost, purchases_per_month, thresholds);
}

const GRADE_DOC = [
  '按每月购买次数给出等级 A–E。Grade A–E for purchases a month.',
  '@param {number} purchases_per_month 每月购买次数（一个或一列） Purchases a month (a number or a range)',
  THRESHOLDS_DOC,
  '@return 等级 A–E，空白得空白 Grades A–E; blank for blank',
];

interface CustomerFunction {
  /** What it shows for each customer. */
  pick: keyof typeof PICKS;
  summary: string;
  /** The parameters in Sheets' order. */
  params: readonly ParamName[];
  /** Lines of this function that differ from PARAMS'. */
  docs?: Partial<Record<ParamName, string>>;
  returns: string;
}

/** The CUSTOMER_* functions: what each shows, its parameters and its autocomplete text. */
const CUSTOMER_FUNCTIONS = {
  CUSTOMER_GRADE: {
    pick: 'grade',
    summary:
      '客户等级 A–E：按近 90 天的购买频率推算每月购买次数。Customer grade A–E from expected purchases a month.',
    params: [
      'customer_ids',
      'sale_customer_ids',
      'sale_dates',
      'as_of',
      'window_days',
      'thresholds',
      'customer_phones',
      'sale_voids',
    ],
    returns:
      '@return 每位客户一个等级；从未购买为空白 One grade per customer; blank if never bought',
  },
  CUSTOMER_PER_MONTH: {
    pick: 'perMonth',
    summary:
      '每位客户预计每月购买次数。Expected purchases a month of each customer.',
    params: [
      'customer_ids',
      'sale_customer_ids',
      'sale_dates',
      'as_of',
      'window_days',
      'customer_phones',
      'sale_voids',
    ],
    returns: '@return 每月购买次数 Purchases a month',
  },
  CUSTOMER_LAST_VISIT: {
    pick: 'lastVisit',
    summary:
      '每位客户最近一次购买的日期。Date of each customer’s last purchase.',
    params: LAST_VISIT_PARAMS,
    returns: '@return 日期 Dates',
  },
  CUSTOMER_DAYS_SINCE: {
    pick: 'daysSince',
    summary:
      '每位客户距上次购买的天数。Days since each customer’s last purchase.',
    params: LAST_VISIT_PARAMS,
    returns: '@return 天数 Days',
  },
  CUSTOMER_SPEND: {
    pick: 'spend',
    summary: '每位客户的累计消费。Total spend of each customer.',
    params: [
      'customer_ids',
      'sale_customer_ids',
      'sale_amounts',
      'sale_dates',
      'as_of',
      'customer_phones',
      'sale_voids',
    ],
    docs: {
      sale_dates:
        "@param {range} sale_dates [可选] 销售表的日期列，只计 as_of 及以前 [optional] The Sales tab's date column: only sales up to as_of count",
    },
    returns: '@return 金额 Amounts',
  },
  CUSTOMER_SEGMENT: {
    pick: 'segment',
    summary:
      '客户分群（RFM）：核心熟客、常客、新客、流失预警等。Customer segment (RFM): champion, regular, new, at risk…',
    params: RFM_PARAMS,
    returns: '@return 每位客户一个分群 One segment per customer',
  },
  CUSTOMER_LIFECYCLE: {
    pick: 'lifecycle',
    summary:
      '客户生命周期：潜在、新客、活跃、流失。Lifecycle stage: potential, new, active, lapsed.',
    params: [
      'customer_ids',
      'sale_customer_ids',
      'sale_dates',
      'as_of',
      'segment_rules',
      'language',
      'customer_phones',
      'sale_voids',
    ],
    returns: '@return 每位客户一个阶段 One stage per customer',
  },
  CUSTOMER_VALUE: {
    pick: 'valueClass',
    summary:
      '客户价值：VIP、普通客户、潜在客户。Value class: VIP, ordinary, potential.',
    params: RFM_PARAMS,
    returns: '@return 每位客户一个类别 One class per customer',
  },
} as const satisfies Record<string, CustomerFunction>;

export type CustomerFunctionName = keyof typeof CUSTOMER_FUNCTIONS;

/** A CUSTOMER_* function: its arguments, in its parameters' order, to customerFn. */
function customerFunction(
  name: CustomerFunctionName,
): (...values: unknown[]) => Grid {
  const f: CustomerFunction = CUSTOMER_FUNCTIONS[name];
  return (...values) => {
    const args: Partial<Record<keyof SalesArgs, unknown>> = {};
    f.params.forEach((p, i) => {
      args[PARAMS[p].arg] = values[i];
    });
    return customerFn(appsScriptHost, f.pick, args as SalesArgs);
  };
}

export const CUSTOMER_GRADE = customerFunction('CUSTOMER_GRADE');
export const CUSTOMER_PER_MONTH = customerFunction('CUSTOMER_PER_MONTH');
export const CUSTOMER_LAST_VISIT = customerFunction('CUSTOMER_LAST_VISIT');
export const CUSTOMER_DAYS_SINCE = customerFunction('CUSTOMER_DAYS_SINCE');
export const CUSTOMER_SPEND = customerFunction('CUSTOMER_SPEND');
export const CUSTOMER_SEGMENT = customerFunction('CUSTOMER_SEGMENT');
export const CUSTOMER_LIFECYCLE = customerFunction('CUSTOMER_LIFECYCLE');
export const CUSTOMER_VALUE = customerFunction('CUSTOMER_VALUE');

/** The parameter names of a custom function, as Sheets shows them. */
export function paramsOf(name: CustomerFunctionName): string[] {
  return [...CUSTOMER_FUNCTIONS[name].params];
}

/** The JSDoc body of a custom function, as entry() takes it. */
export function docOf(name: 'GRADE' | CustomerFunctionName): string {
  if (name === 'GRADE') return GRADE_DOC.join('\n');
  const f: CustomerFunction = CUSTOMER_FUNCTIONS[name];
  return [
    f.summary,
    ...f.params.map(p => f.docs?.[p] ?? PARAMS[p].doc),
    f.returns,
  ].join('\n');
}
