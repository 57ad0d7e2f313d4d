/**
 * Killed executions, batched writes, forgetful caches and the simple-trigger limit.
 *
 * Sources:
 * - Spreadsheet service overview (developers.google.com/apps-script/reference/spreadsheet):
 *   "Sometimes, spreadsheet operations are bundled together to improve performance ... If
 *   you want to make sure that all pending changes are made right away ... call
 *   SpreadsheetApp.flush()."
 * - Lock reference, releaseLock() (developers.google.com/apps-script/reference/lock/lock):
 *   "if you are working with a spreadsheet, you should call SpreadsheetApp.flush() prior
 *   to releasing the lock, to commit all pending changes to the spreadsheet while you
 *   still have exclusive access to it."
 * - Quotas for Google Services: "Exceeded maximum execution time" ends an execution.
 * - Cache reference (developers.google.com/apps-script/reference/cache/cache): keys up to
 *   250 characters, values up to 100 KB, "a cache item cap of 1,000 entries"; items may
 *   be removed before they expire.
 * - Simple triggers guide, Restrictions (developers.google.com/apps-script/guides/triggers):
 *   "They cannot run for longer than 30 seconds."
 */
import {createEmulator, Emulator, MSG} from '../../emulator';

function shop(): Emulator {
  const emu = createEmulator({now: '2025-03-05T02:00:00Z', scopes: 'all'});
  emu.spreadsheet.insertSheet('Sales').appendRow(['Date', 'Amount']);
  return emu;
}

function rows(emu: Emulator): unknown[][] {
  return emu.spreadsheet.getSheetByName('Sales')!.getDataRange().getValues();
}

/** Appends one row, flushes if asked, then does one more call (a cache put). */
function sale(emu: Emulator, amount: number, flush: boolean): void {
  const {SpreadsheetApp, CacheService} = emu.globals;
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sales')!;
  sheet.appendRow(['2025-03-05', amount]);
  if (flush) SpreadsheetApp.flush();
  CacheService.getDocumentCache().put('done', String(amount));
}

describe('faults.killAt: an execution dies at any service call', () => {
  test('the n-th call throws "Exceeded maximum execution time", and so does every call after it', () => {
    const emu = shop();
    const {SpreadsheetApp} = emu.globals;
    emu.faults.killAt(2);
    const seen: string[] = [];
    expect(() =>
      emu.run(() => {
        const ss = SpreadsheetApp.getActiveSpreadsheet(); // call 1
        for (let i = 0; i < 3; i++) {
          try {
            ss.getSheets(); // call 2 dies; the script swallows it and goes on
            seen.push('ok');
          } catch (e) {
            seen.push((e as Error).message);
          }
        }
        return 'finished as if nothing happened';
      }),
    ).toThrow(MSG.timeout);
    expect(seen).toEqual([MSG.timeout, MSG.timeout, MSG.timeout]);
    expect(emu.faults.kills).toEqual([{call: 'Spreadsheet.getSheets', n: 2}]);
    expect(emu.faults.lastKilled).toBe(true);
    // Only the next execution is killed.
    expect(emu.run(() => SpreadsheetApp.getActiveSpreadsheet().getName())).toBe(
      'Shuke',
    );
    expect(emu.faults.lastKilled).toBe(false);
  });

  test('a predicate picks the call by class and method; lastCalls lets a test sweep every call', () => {
    const emu = shop();
    emu.run(() => sale(emu, 1, false));
    const n = emu.faults.lastCalls;
    expect(n).toBe(5); // getActiveSpreadsheet, getSheetByName, appendRow, getDocumentCache, put
    const killedAt: string[] = [];
    for (let k = 1; k <= n; k++) {
      emu.faults.killAt(k);
      expect(() => emu.run(() => sale(emu, 100 + k, false))).toThrow(
        MSG.timeout,
      );
      killedAt.push(emu.faults.kills[emu.faults.kills.length - 1].call);
    }
    expect(killedAt).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet',
      'Spreadsheet.getSheetByName',
      'Sheet.appendRow',
      'CacheService.getDocumentCache',
      'Cache.put',
    ]);
    emu.faults.killAt(c => c.cls === 'Cache' && c.method === 'put');
    expect(() => emu.run(() => sale(emu, 7, false))).toThrow(MSG.timeout);
    expect(emu.faults.kills.at(-1)).toEqual({call: 'Cache.put', n: 5});
  });

  test('a kill in an async execution (google.script.run) fails the call', async () => {
    const emu = shop();
    emu.functions.set('logIt', () => {
      try {
        sale(emu, 3, false);
      } catch {
        // swallowed by the script: Apps Script still ends the execution as failed
      }
      return 'ok';
    });
    emu.faults.killAt(3);
    await expect(emu.scriptRun('logIt')).rejects.toThrow(MSG.timeout);
    expect(rows(emu)).toHaveLength(1);
  });
});

describe('writes are batched: a killed execution loses what it had not flushed', () => {
  test('the same execution sees its own writes at once', () => {
    const emu = shop();
    const {SpreadsheetApp} = emu.globals;
    const seen = emu.run(() => {
      const s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sales')!;
      s.appendRow(['2025-03-05', 12]);
      return s.getLastRow();
    });
    expect(seen).toBe(2);
  });

  test('killed after the append and before a flush: the row is gone', () => {
    const emu = shop();
    emu.faults.killAt(c => c.cls === 'Cache' && c.method === 'put');
    expect(() => emu.run(() => sale(emu, 12, false))).toThrow(MSG.timeout);
    expect(rows(emu)).toHaveLength(1);
    // ...while the cache put before the kill would have survived: cache and sheet disagree.
  });

  test('killed after SpreadsheetApp.flush(): the row stays', () => {
    const emu = shop();
    emu.faults.killAt(c => c.cls === 'Cache' && c.method === 'put');
    expect(() => emu.run(() => sale(emu, 12, true))).toThrow(MSG.timeout);
    expect(rows(emu)).toHaveLength(2);
    expect(rows(emu)[1][1]).toBe(12);
  });

  test('killed at the flush itself: the flush did not happen', () => {
    const emu = shop();
    emu.faults.killAt(c => c.method === 'flush');
    expect(() => emu.run(() => sale(emu, 12, true))).toThrow(MSG.timeout);
    expect(rows(emu)).toHaveLength(1);
  });

  test('an execution that ends normally, or with an ordinary error, keeps its writes', () => {
    const emu = shop();
    emu.run(() => sale(emu, 1, false));
    expect(() =>
      emu.run(() => {
        sale(emu, 2, false);
        throw new Error('a bug after the write');
      }),
    ).toThrow('a bug after the write');
    expect(rows(emu).map(r => r[1])).toEqual(['Amount', 1, 2]);
  });

  test('keepUnflushed: Google may have applied part of the batch before the kill', () => {
    const twoRows = (emu: Emulator) => {
      const s =
        emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(
          'Sales',
        )!;
      s.appendRow(['2025-03-05', 1]);
      s.getRange(1, 3).setValue('seen');
      s.appendRow(['2025-03-05', 2]);
      s.getName();
    };
    const outcomes = [0, 1, 2, 'all' as const].map(keep => {
      const emu = shop();
      emu.faults.killAt(c => c.method === 'getName', {keepUnflushed: keep});
      expect(() => emu.run(() => twoRows(emu))).toThrow(MSG.timeout);
      return rows(emu).map(r => r.slice(1).join('|'));
    });
    expect(outcomes).toEqual([
      ['Amount'],
      ['Amount', '1'],
      ['Amount|seen', '1|'],
      ['Amount|seen', '1|', '2|'],
    ]);
  });

  test('timing out is a kill too: unflushed writes are lost', () => {
    const emu = shop();
    const {SpreadsheetApp, Utilities} = emu.globals;
    expect(() =>
      emu.run(() => {
        const s =
          SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sales')!;
        s.appendRow(['2025-03-05', 1]);
        SpreadsheetApp.flush();
        s.appendRow(['2025-03-05', 2]);
        Utilities.sleep(300_000);
        Utilities.sleep(61_000);
        s.getLastRow();
      }),
    ).toThrow(MSG.timeout);
    expect(rows(emu).map(r => r[1])).toEqual(['Amount', 1]);
  });

  test('everything a sheet write can do is undone: values, formats, notes, validation, inserted rows and tabs', () => {
    const emu = shop();
    const {SpreadsheetApp} = emu.globals;
    const sheet = emu.spreadsheet.getSheetByName('Sales')!;
    sheet.appendRow(['2025-03-04', 5]);
    const before = emu.serialize();
    emu.faults.killAt(c => c.method === 'getSheets');
    expect(() =>
      emu.run(() => {
        const ss = SpreadsheetApp.getActiveSpreadsheet();
        const s = ss.getSheetByName('Sales')!;
        s.getRange('A2:B2').setValues([['x', '=1+1']]);
        s.getRange('B2')
          .setNumberFormat('0.00')
          .setNote('n')
          .setFontWeight('bold');
        s.insertRowsBefore(2, 3);
        s.insertColumnsAfter(1, 2);
        s.setFrozenRows(1);
        s.setName('Sales 2');
        s.appendRow([1, 2, 3]);
        s.getRange('A1:B1').clearContent();
        ss.insertSheet('Extra').appendRow(['e']);
        ss.getSheets();
      }),
    ).toThrow(MSG.timeout);
    expect(JSON.parse(emu.serialize())).toEqual(JSON.parse(before));
  });

  test('releasing the lock with unflushed writes is recorded: the next holder may not see them', () => {
    const emu = shop();
    const {SpreadsheetApp, LockService} = emu.globals;
    const write = (flush: boolean) =>
      emu.run(() => {
        const lock = LockService.getDocumentLock();
        lock.waitLock(1000);
        SpreadsheetApp.getActiveSpreadsheet()
          .getSheetByName('Sales')!
          .appendRow(['2025-03-05', 1]);
        if (flush) SpreadsheetApp.flush();
        lock.releaseLock();
      });
    write(true);
    expect(emu.locks.unflushedReleases).toEqual([]);
    write(false);
    expect(emu.locks.unflushedReleases).toEqual([
      expect.objectContaining({kind: 'document', pendingWrites: 1}),
    ]);
  });
});

describe('CacheService forgets', () => {
  test('at most 1,000 items a cache: the oldest go first', () => {
    const emu = createEmulator({now: '2025-03-05T02:00:00Z'});
    const {CacheService} = emu.globals;
    emu.run(() => {
      const c = CacheService.getDocumentCache();
      for (let i = 0; i < 1005; i++) c.put(`k${i}`, String(i));
      c.put('k10', 'again'); // a put makes a key the newest
      c.put('k1005', 'x');
    });
    expect(emu.caches.document.size).toBe(1000);
    const c = emu.cache('document');
    expect(c.get('k0')).toBeNull();
    expect(c.get('k5')).toBeNull();
    expect(c.get('k6')).toBe('6');
    expect(c.get('k10')).toBe('again');
    expect(c.get('k1005')).toBe('x');
    expect(emu.cache('script').get('k6')).toBeNull();
  });

  test('evictAll drops entries long before they expire; forgetPuts keeps nothing', () => {
    const emu = createEmulator({now: '2025-03-05T02:00:00Z'});
    const {CacheService} = emu.globals;
    emu.run(() => CacheService.getDocumentCache().put('a', '1', 21_600));
    emu.cacheControl.evictAll();
    expect(emu.run(() => CacheService.getDocumentCache().get('a'))).toBeNull();
    emu.cacheControl.forgetPuts = true;
    expect(
      emu.run(() => {
        const c = CacheService.getDocumentCache();
        c.put('b', '2');
        c.putAll({c: '3'});
        return [c.get('b'), c.get('c')];
      }),
    ).toEqual([null, null]);
    emu.cacheControl.forgetPuts = false;
    emu.run(() => CacheService.getDocumentCache().put('d', '4'));
    emu.cacheControl.evict(k => k === 'd');
    expect(emu.cache('document').get('d')).toBeNull();
    expect(emu.cacheControl.evicted).toBe(4);
  });
});

describe('simple triggers have 30 seconds', () => {
  test.each(['NONE', 'LIMITED'] as const)(
    'AuthMode.%s (onOpen, onEdit): the call after 30 s throws',
    authMode => {
      const emu = createEmulator({now: '2025-03-05T02:00:00Z'});
      const {Utilities} = emu.globals;
      expect(() =>
        emu.run(
          () => {
            Utilities.sleep(29_000);
            Utilities.sleep(2_000);
            Utilities.getUuid();
          },
          {authMode},
        ),
      ).toThrow(MSG.timeout);
    },
  );

  test('onInstall is a simple trigger in FULL: 30 s too; a menu item in FULL has 6 minutes', () => {
    const emu = createEmulator({now: '2025-03-05T02:00:00Z'});
    const {Utilities} = emu.globals;
    const slow = () => {
      Utilities.sleep(31_000);
      return Utilities.getUuid();
    };
    expect(() =>
      emu.run(slow, {authMode: 'FULL', simpleTrigger: true}),
    ).toThrow(MSG.timeout);
    expect(typeof emu.run(slow, {authMode: 'FULL'})).toBe('string');
  });
});
