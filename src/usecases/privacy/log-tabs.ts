/**
 * The Privacy and Erasure logs, opened for a write: a book set up before they existed
 * gets the tab made on the spot, as Set up shop would make it.
 */
import {Lang} from '../../domain/i18n';
import {TabDef} from '../../sheets/schema';
import {ensureDataTab} from '../../sheets/setup';
import {listSheets} from '../../sheets/tabs';
import {openTable, Table} from '../../sheets/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function openLog(
  ss: Spreadsheet,
  def: TabDef,
  lang: Lang,
  tz: string,
): Table {
  const have = openTable(ss, def, lang, {tz});
  if (have && def.columns.every(c => have.has(c.key))) return have;
  const {sheet} = ensureDataTab(ss, def, {
    lang,
    currency: '¥',
    sheets: listSheets(ss),
    used: new Set(),
  });
  return openTable(ss, def, lang, {tz, sheet}) as Table;
}
