/**
 * A Loyverse export whose dates never show a day above 12 (03/02/2026 09:15) through the
 * built bundle: nothing is guessed; the preview asks once how the tab's dates read, in
 * the viewer's language, and the answer reads the whole tab. A row that can't be read
 * that way is listed; importing again with the same answer adds nothing.
 */
import {bundleShop, rowsOf} from '../counter/shop';
import {SALES} from '../../src/sheets/schema-sales';
import {LOYVERSE_RECEIPTS_HEADER, putExport} from './exports';

type Question = {
  question: string;
  choices: Array<{order: string; label: string}>;
  chosen: string | null;
};
type Preview = {
  ok: boolean;
  order: string | null;
  dateQuestion: Question | null;
  unreadable: boolean;
  summary: string;
  sample: Array<{row: string; cells: string[]}>;
  problems: string[];
  problemCount: number;
  canImport: boolean;
};
type Done = {ok: boolean; sales: number; message: string};

function receipt(date: string, no: string, total: string, phone: string) {
  const line = LOYVERSE_RECEIPTS_HEADER.map(() => '');
  line[0] = date;
  line[1] = no;
  line[2] = 'Sale';
  line[7] = total;
  line[10] = 'Cash';
  line[11] = '1 x Tea';
  line[16] = 'Wang';
  line[17] = phone;
  line[18] = 'Closed';
  return line;
}

const AMBIGUOUS = [
  LOYVERSE_RECEIPTS_HEADER,
  receipt('03/02/2026 09:15', '1-1001', '18.00', '13912345678'),
  receipt('05/02/2026 10:00', '1-1002', '20.00', '13912345678'),
  receipt('11/03/2026 12:30', '1-1003', '9.50', '13800001111'),
];

function shop(locale: string) {
  const s = bundleShop(locale, '2026-03-25T04:00:00Z');
  const preview = (sheet: string, order?: string) =>
    s.app.call('previewImport', [
      order === undefined ? sheet : {sheet, order},
    ]) as Preview;
  const run = (sheet: string, order?: string) =>
    s.app.call('runImport', [{sheet, order}]) as Done;
  return {...s, preview, run, sales: () => rowsOf(s.emu, SALES)};
}

test('all dates ambiguous: asked once in 简体, nothing read until answered, never said to be "nothing new"', () => {
  const s = shop('zh_CN');
  putExport(s.emu, 'receipts', AMBIGUOUS);
  const p = s.preview('receipts');
  expect(p.ok).toBe(true);
  expect(p.dateQuestion).toEqual({
    question: '03/02/2026 是 2月3日 还是 3月2日？',
    choices: [
      {order: 'dmy', label: '2月3日'},
      {order: 'mdy', label: '3月2日'},
    ],
    chosen: null,
  });
  expect(p.canImport).toBe(false);
  expect(p.unreadable).toBe(true);
  expect(p.problemCount).toBe(3);
  expect(s.run('receipts').ok).toBe(false);
  expect(s.sales()).toHaveLength(0);
});

test('an English viewer of a 简体 book is asked in English', () => {
  // (An en_US book never gets here: Sheets itself turns 03/02/2026 into a date there.)
  const s = shop('zh_CN');
  s.emu.session.userLocale = 'en_US';
  putExport(s.emu, 'receipts', AMBIGUOUS);
  const p = s.preview('receipts');
  expect(p).toMatchObject({ok: true});
  expect(p.dateQuestion?.question).toBe('03/02/2026 is 3 February or March 2?');
});

test('the answer reads the whole tab; the same answer again adds nothing; the other answer is other dates', () => {
  const s = shop('zh_CN');
  putExport(s.emu, 'receipts', AMBIGUOUS);
  const dmy = s.preview('receipts', 'dmy');
  expect(dmy.canImport).toBe(true);
  expect(dmy.order).toBe('dmy');
  expect(dmy.dateQuestion?.chosen).toBe('dmy');
  expect(dmy.problemCount).toBe(0);
  expect(dmy.sample.map(r => r.cells[0])).toEqual([
    '2026-02-03 09:15',
    '2026-02-05 10:00',
    '2026-03-11 12:30',
  ]);
  const mdy = s.preview('receipts', 'mdy');
  expect(mdy.sample.map(r => r.cells[0])).toEqual([
    '2026-03-02 09:15',
    '2026-05-02 10:00',
    '2026-11-03 12:30',
  ]);
  expect(s.run('receipts', 'dmy')).toMatchObject({ok: true, sales: 3});
  expect(s.sales()).toHaveLength(3);
  const again = s.preview('receipts', 'dmy');
  expect(again.canImport).toBe(false);
  expect(again.unreadable).toBe(false);
  expect(s.run('receipts', 'dmy').ok).toBe(false);
  expect(s.sales()).toHaveLength(3);
});

test('a tab writing some dates day first and others month first: the answer reads it, rows against it are listed', () => {
  const s = shop('zh_CN');
  putExport(s.emu, 'receipts', [
    ...AMBIGUOUS,
    receipt('25/02/2026 08:00', '1-1004', '7.00', '13912345678'),
    receipt('02/26/2026 08:00', '1-1005', '7.00', '13912345678'),
  ]);
  const p = s.preview('receipts');
  expect(p.dateQuestion?.question).toBe('03/02/2026 是 2月3日 还是 3月2日？');
  const dmy = s.preview('receipts', 'dmy');
  expect(dmy.problems).toEqual([
    '第 6 行：与所选的日期读法不符（月份会大于 12）：02/26/2026 08:00',
  ]);
  expect(dmy.summary).toMatch(/新购买 4 笔/);
  expect(s.run('receipts', 'dmy')).toMatchObject({ok: true, sales: 4});
});

test('a tab whose own dates tell the order is not asked, and an answer sent anyway changes nothing', () => {
  const s = shop('zh_CN');
  putExport(s.emu, 'receipts', [
    ...AMBIGUOUS,
    receipt('25/02/2026 08:00', '1-1004', '7.00', '13912345678'),
  ]);
  const p = s.preview('receipts');
  expect(p.dateQuestion).toBeNull();
  expect(p.order).toBeNull();
  expect(p.sample[0].cells[0]).toBe('2026-02-03 09:15');
  expect(s.preview('receipts', 'mdy').sample[0].cells[0]).toBe(
    '2026-02-03 09:15',
  );
});
