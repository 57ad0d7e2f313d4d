/**
 * Which zone's wall clock a Date handed to a custom function shows. Custom functions
 * guide, "Data types": "If the spreadsheet and the script use different time zones (a
 * rare problem), the custom function needs to compensate"; how a date crosses is not
 * documented, so it is read from the arguments.
 */
import fc from 'fast-check';
import {
  dateArgumentZone,
  localToInstant,
  parseDay,
  tzOffsetMs,
  wallSerial,
} from '../../src/domain/dates';

const SHEET = 'America/Vancouver';
const SCRIPT = 'Asia/Shanghai';
/** Midnight of a date in a zone, written with that day's offset. */
const inVancouver = (d: string) => new Date(`${d}T00:00:00-08:00`);
const inShanghai = (d: string) => new Date(`${d}T00:00:00+08:00`);

describe('dateArgumentZone', () => {
  it('the same zone needs no measuring', () => {
    expect(dateArgumentZone(inShanghai('2026-03-05'), [], SCRIPT, SCRIPT)).toBe(
      SCRIPT,
    );
  });

  it('"as of", a whole date, decides when it is midnight in one zone only', () => {
    const sales = [inVancouver('2026-03-01'), inVancouver('2026-03-02')];
    expect(
      dateArgumentZone(inShanghai('2026-03-05'), sales, SHEET, SCRIPT),
    ).toBe(SCRIPT);
    expect(
      dateArgumentZone(inVancouver('2026-03-05'), sales, SHEET, SCRIPT),
    ).toBe(SHEET);
  });

  it('without a Date "as of", the whole sale dates vote; times do not', () => {
    const carried = [
      inShanghai('2026-03-01'),
      inShanghai('2026-03-02'),
      new Date('2026-03-03T14:30:00+08:00'),
      '',
      '2026-03-04',
    ];
    expect(dateArgumentZone('', carried, SHEET, SCRIPT)).toBe(SCRIPT);
    expect(
      dateArgumentZone('', [inVancouver('2026-03-01')], SHEET, SCRIPT),
    ).toBe(SHEET);
    // No whole date at all: the spreadsheet's zone, the reading getValues shares.
    const timed = [new Date('2026-03-03T14:30:00+08:00')];
    expect(dateArgumentZone(null, timed, SHEET, SCRIPT)).toBe(SHEET);
    expect(dateArgumentZone(undefined, null, SHEET, SCRIPT)).toBe(SHEET);
  });

  it('read in the zone it names, a carried Date gives back the day and time typed', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 0, max: 40_000}),
        fc.integer({min: 0, max: 86_399}),
        fc.constantFrom(SCRIPT, 'Europe/London', 'America/Vancouver'),
        (day, second, zone) => {
          // The typed wall clock, carried as that wall clock in `zone`.
          const local = day * 86_400_000 + second * 1000;
          const carried = new Date(localToInstant(local, zone));
          if (carried.getTime() + tzOffsetMs(carried.getTime(), zone) !== local)
            return; // a wall-clock time a DST jump skips
          const serial = wallSerial(carried, zone);
          expect(parseDay(serial, SHEET)).toBe(day);
          expect(Math.round((serial % 1) * 86_400)).toBe(second);
        },
      ),
    );
  });
});
