/**
 * The counter's side of promotions: the ones running today for the sale form's choice,
 * and the check of the one a sale names. The Sales tab's Promo column gets the name as
 * the Promotions tab writes it (the book's own words), never what the device sent.
 */
import {Lang, t} from '../../domain/i18n';
import {itemKey, Promotion} from '../../domain/promotions/judge';
import {PROMO_TEXTS} from '../../domain/promotions/texts';
import {PROMOTIONS} from '../../sheets/schema-promotions';
import {openTable} from '../../sheets/table';
import {runningOn} from './judge-promotions';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function running(
  ss: Spreadsheet,
  lang: Lang,
  tz: string,
  today: number,
): Promotion[] {
  const table = openTable(ss, PROMOTIONS, lang, {tz});
  return table ? runningOn(table, today) : [];
}

/** Names of the promotions running on `today`, as written, each once. */
export function promotionsToday(
  ss: Spreadsheet,
  lang: Lang,
  tz: string,
  today: number,
): string[] {
  const seen = new Set<string>();
  return running(ss, lang, tz, today)
    .filter(p => !seen.has(itemKey(p.name)) && !!seen.add(itemKey(p.name)))
    .map(p => p.name);
}

export type PromoCheck =
  {ok: true; name: string | undefined} | {ok: false; message: string};

/**
 * The promotion a sale names, as the tab writes it; undefined when none is named. A
 * name no promotion running today has is refused (in `ui`), not stored as typed.
 */
export function promoOfSale(
  ss: Spreadsheet,
  promo: unknown,
  book: {lang: Lang; tz: string},
  today: number,
  ui: Lang,
): PromoCheck {
  if (promo === null || promo === undefined) return {ok: true, name: undefined};
  const wanted = typeof promo === 'string' ? promo.trim() : '';
  if (wanted === '' && typeof promo === 'string')
    return {ok: true, name: undefined};
  const found = running(ss, book.lang, book.tz, today).find(
    p => itemKey(p.name) === itemKey(wanted),
  );
  if (found) return {ok: true, name: found.name};
  return {
    ok: false,
    message: t(PROMO_TEXTS.unknownPromo, ui, {name: wanted.slice(0, 60)}),
  };
}
