/**
 * The daily run gives back what a sale spent when the sale itself was never recorded.
 * A sale writes its spending rows ("<id>:pay" on Stored value, "<id>:redeem" on Points)
 * before its Sales row (sale.ts says why); an execution that dies in between and a till
 * that never sends the sale again leave the customer charged for nothing. A spending row
 * older than a day whose request id is on no Sales row gets a give-back row with ref
 * "void:<id>" on the same ledger: the run's lock makes the check and the write one step,
 * and the ref makes it once-only (a run killed and run again finds it). The counter then
 * refuses a late retry of that sale (sale.ts), so the payment is never both returned and
 * kept.
 *
 * Rows older than the Sales tab's oldest dated row, or than GIVE_BACK_DAYS, are left
 * alone: compaction (compaction/compact-sales.ts) takes old sales off the Sales tab, and
 * their spending rows must not look unrecorded.
 */
import {dayNumber} from '../../domain/dates';
import {Texts, t} from '../../domain/i18n';
import {LEDGER_NOTE, moneyWith} from '../../domain/loyalty/messages';
import {LedgerKind} from '../../domain/loyalty/wire';
import {SALES} from '../../sheets/schema';
import {cellText} from '../../sheets/cells';
import {DailyJob, DailyJobContext, DailyJobResult} from '../daily/jobs';
import {openLedger} from './ledger-tab';
import {readColumns} from './tiers-read';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

const TITLE = tx(
  '未记录的消费：已退回',
  '未記錄的消費：已退回',
  'Spending with no sale recorded: given back',
);
const LINE: Record<LedgerKind, Texts> = {
  stored: tx(
    '{customer}：储值 {amount} 已退回（单号 {id}）',
    '{customer}：儲值 {amount} 已退回（單號 {id}）',
    '{customer}: {amount} of stored value given back (request {id})',
  ),
  points: tx(
    '{customer}：{amount} 分已退回（单号 {id}）',
    '{customer}：{amount} 分已退回（單號 {id}）',
    '{customer}: {amount} points given back (request {id})',
  ),
};

/** A sale's retry may come a day late from the sidebar's outbox; not later than this. */
const MIN_AGE_MS = 24 * 3600 * 1000;
/** Older spending rows are the compaction's business, not a lost sale's. */
const GIVE_BACK_DAYS = 31;

const SPEND_REF: Record<LedgerKind, RegExp> = {
  stored: /^(.+):pay$/,
  points: /^(.+):redeem$/,
};

export function giveBackUnrecordedSpends(ctx: DailyJobContext): DailyJobResult {
  const sales = readColumns(ctx.ss, SALES, ctx.lang, ['date', 'requestId']);
  // No Sales tab, or one without request ids: nothing can be told unrecorded.
  if (!sales || !sales.has('requestId')) return {};
  const recorded = new Set<string>();
  let oldestSale = Infinity;
  sales.rows.forEach((_, i) => {
    const id = cellText(sales.get('requestId', i), ctx.tz).trim();
    if (id !== '') recorded.add(id);
    const d = sales.get('date', i);
    if (d instanceof Date && !Number.isNaN(d.getTime()))
      oldestSale = Math.min(oldestSale, dayNumber(d, ctx.tz));
  });
  const now = ctx.clock.now();
  const lines: string[] = [];
  for (const kind of ['stored', 'points'] as const) {
    const tab = openLedger(ctx.ss, kind, {
      lang: ctx.lang,
      tz: ctx.tz,
      tabs: {},
    });
    if (!tab) continue;
    for (const e of [...tab.ledger.entries]) {
      const m = SPEND_REF[kind].exec(e.ref.trim());
      if (!m || e.units >= 0 || !e.when) continue;
      const id = m[1];
      const age = now.getTime() - e.when.getTime();
      if (age < MIN_AGE_MS) continue;
      const day = dayNumber(e.when, ctx.tz);
      if (day < ctx.today - GIVE_BACK_DAYS || day < oldestSale) continue;
      const ref = `void:${id}`;
      if (recorded.has(id) || tab.ledger.hasRef(ref)) continue;
      const amount = tab.ledger.fromUnits(-e.units);
      tab.write(
        {
          when: now,
          customer: e.customer,
          change: amount,
          reason: 'void',
          ref,
          note: t(LEDGER_NOTE.spendGivenBack, ctx.lang),
        },
        ctx.lang,
      );
      lines.push(
        t(LINE[kind], ctx.lang, {
          customer: e.customer,
          amount:
            kind === 'stored'
              ? moneyWith(amount, String(ctx.read.settings.currency ?? ''))
              : amount,
          id,
        }),
      );
    }
  }
  return {sections: [{title: t(TITLE, ctx.lang), lines}]};
}

export const UNRECORDED_SPENDS_JOB: DailyJob = {
  id: 'unrecordedSpends',
  name: tx(
    '退回未记录的消费',
    '退回未記錄的消費',
    'Give back unrecorded spending',
  ),
  run: giveBackUnrecordedSpends,
};
