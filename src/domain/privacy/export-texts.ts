/**
 * What the customer's copy says about cells that are not plain facts they gave: yes/no
 * cells in words, and the columns the book works out from their purchases explained
 * beside their header, in the book's language.
 */
import {Texts} from '../i18n';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const EXPORT_TEXTS = {
  yes: tx('是', '是', 'Yes'),
  no: tx('否', '否', 'No'),
  /** Appended to a header: "Grade (…)". */
  explained: tx('{header}（{why}）', '{header}（{why}）', '{header} ({why})'),
} as const;

/**
 * Columns of the Customers tab the book works out from the customer's purchases: a
 * profile of them (PIPL Art. 24 asks that such use be open), so the copy keeps them and
 * says what they are.
 */
export const DERIVED_COLUMNS: Readonly<Record<string, Texts>> = {
  grade: tx(
    '本店按您多久来买一次算出的等级，A 最常来，E 最少来',
    '本店按您多久來買一次算出的等級，A 最常來，E 最少來',
    'worked out by the shop from how often you buy: A most often, E least',
  ),
  perMonth: tx(
    '按您的购买记录算出',
    '按您的購買紀錄算出',
    'worked out from your purchases',
  ),
  lastVisit: tx(
    '按您的购买记录算出',
    '按您的購買紀錄算出',
    'worked out from your purchases',
  ),
  totalSpend: tx(
    '按您的购买记录算出',
    '按您的購買紀錄算出',
    'worked out from your purchases',
  ),
  segment: tx(
    '本店按您最近一次、多常、花多少来分的客户类别，只用于决定何时问候您',
    '本店按您最近一次、多常、花多少來分的客戶類別，只用於決定何時問候您',
    'the group the shop puts you in by how recently, how often and how much you buy, used only to decide when to get in touch',
  ),
};

/**
 * Columns of Shuke's own bookkeeping, about the record rather than the customer: which
 * import added a row, the counter's request id that makes a write once-only. Left out
 * of the copy; an owner's own column is always kept.
 */
export const BOOKKEEPING_COLUMNS: ReadonlySet<string> = new Set([
  'batch',
  'requestId',
]);
