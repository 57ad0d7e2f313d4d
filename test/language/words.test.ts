/**
 * What an owner reads, in the three languages: English plurals agree with their number,
 * 简体 strings are written in simplified characters and 繁體 ones in traditional, and the
 * default messages say nothing that may be untrue for a given shop.
 */
import * as counterMessages from '../../src/domain/counter/messages';
import * as followupTexts from '../../src/domain/followup/texts';
import * as switchTexts from '../../src/domain/followup/switch-texts';
import * as templates from '../../src/domain/followup/templates';
import {HOLIDAYS} from '../../src/domain/followup/holidays';
import {reasonText, renderDigest} from '../../src/domain/followup/render';
import {Occasion} from '../../src/domain/followup/occasions';
import {fill, Lang, LANGS, t, Texts} from '../../src/domain/i18n';
import * as sheetTexts from '../../src/sheets/texts';
import * as schema from '../../src/sheets/schema';
import {ALL_SETTINGS} from '../../src/sheets/settings-schema';
import {MENU_ITEMS} from '../../src/usecases/menu';
import {GRADE_TEXTS} from '../../src/usecases/grades/texts';
import {REMINDER_LOG} from '../../src/usecases/reminders-log';
import * as sidebarOptions from '../../sidebar/options';
import {PAGE} from '../../preview/texts';

function isTexts(v: unknown): v is Texts {
  return (
    typeof v === 'object' &&
    v !== null &&
    LANGS.every(l => typeof (v as Record<string, unknown>)[l] === 'string')
  );
}

/** Every Texts reachable from the catalogues, with a path for the failure message. */
function allTexts(): Array<[string, Texts]> {
  const out: Array<[string, Texts]> = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown, where: string) => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if (isTexts(v)) {
      out.push([where, v]);
      return;
    }
    for (const [k, x] of Object.entries(v)) walk(x, `${where}.${k}`);
  };
  const catalogues: Record<string, unknown> = {
    counterMessages,
    followupTexts,
    switchTexts,
    templates,
    HOLIDAYS,
    sheetTexts,
    schema,
    ALL_SETTINGS,
    MENU_ITEMS,
    GRADE_TEXTS,
    REMINDER_LOG,
    sidebarOptions,
    PAGE,
  };
  for (const [name, c] of Object.entries(catalogues)) walk(c, name);
  return out;
}

describe('plurals: {n|one|other}', () => {
  it('picks the word by the number', () => {
    const s = '{n} {n|day|days} ago';
    expect(fill(s, {n: 1})).toBe('1 day ago');
    expect(fill(s, {n: 2})).toBe('2 days ago');
    expect(fill(s, {n: 0})).toBe('0 days ago');
    expect(fill(s, {n: '1'})).toBe('1 day ago');
  });
  it("leaves an owner's placeholders and unknown names as they are", () => {
    expect(fill('{name}, {x|a|b} {name}', {name: 'Mei'})).toBe(
      'Mei, {x|a|b} Mei',
    );
  });
  it('no English text puts a counted noun after a number in the plural alone', () => {
    const bad = allTexts().filter(([, tx]) =>
      /\{\w+\} (?:more |sales )?(?:days|customers|reminders|emails|points|cells|settings|times|rows|items|tabs)\b/.test(
        tx.en,
      ),
    );
    expect(bad.map(([w, tx]) => `${w}: ${tx.en}`)).toEqual([]);
  });
  it('walks every catalogue', () => {
    expect(allTexts().length).toBeGreaterThan(300);
  });
});

describe('each Chinese text in its own script', () => {
  // Characters that exist in one script only (and common in this product's texts).
  const SIMPLIFIED =
    '们这个说还欢时后会发对开关经过设没请问题为务传达处动导么纪录览简礼数据办电话选择单删结买卖订记';
  const TRADITIONAL =
    '們這個說還歡時後會發對開關經過設沒請問題為務傳達處動導麼紀錄覽簡禮數據辦電話選擇單刪結買賣訂記';
  // The language's own name is written as its speakers write it.
  const own = (s: string) =>
    s.replace(/简体中文|繁體中文|簡體中文|繁体中文/g, '');
  it('简体 has no traditional-only characters, 繁體 no simplified-only ones', () => {
    const wrong: string[] = [];
    for (const [where, tx] of allTexts()) {
      for (const ch of own(tx['zh-CN'])) {
        if (TRADITIONAL.includes(ch))
          wrong.push(`${where} zh-CN “${ch}”: ${tx['zh-CN']}`);
      }
      for (const ch of own(tx['zh-TW'])) {
        if (SIMPLIFIED.includes(ch))
          wrong.push(`${where} zh-TW “${ch}”: ${tx['zh-TW']}`);
      }
    }
    expect(wrong).toEqual([]);
  });
  it('the check itself sees a mixed string', () => {
    expect([...'设定'].some(c => SIMPLIFIED.includes(c))).toBe(true);
    expect([...'設定'].some(c => TRADITIONAL.includes(c))).toBe(true);
  });
});

describe('default messages say only what is always true', () => {
  const UNTRUE = [
    /新到|新貨|新货|新品|到货|到貨/, // new stock the shop may not have
    /礼物|禮物|gift/i, // a gift the owner may not have
    /优惠|優惠|折扣|discount|treat|offer/i, // a discount the owner may not give
    /just got|new in/i,
  ];
  const defaults = Object.entries(templates.DEFAULT_TEMPLATES);
  it.each(defaults)('%s promises nothing', (_key, tx) => {
    for (const l of LANGS) {
      for (const re of UNTRUE) expect(tx[l]).not.toMatch(re);
    }
  });
  it('the holiday greeting thanks nobody for custom they may never have given', () => {
    for (const l of LANGS) {
      expect(templates.DEFAULT_TEMPLATES.msgHoliday[l]).not.toMatch(
        /一直以来|一直以來|照顾|照顧|支持|custom|being with us/,
      );
    }
  });
  it('no default puts a favourite into a sentence about it', () => {
    for (const [, tx] of defaults) {
      for (const l of LANGS) expect(tx[l]).not.toContain('{item}');
    }
  });
  it('the {item} fallback for owner templates claims no new stock', () => {
    for (const l of LANGS) {
      for (const re of UNTRUE) expect(t(templates.ANY_ITEM, l)).not.toMatch(re);
    }
  });
  it('every default says who writes: the shop and the owner', () => {
    for (const [key, tx] of defaults) {
      if (key === 'msgUnsubscribe') continue;
      for (const l of LANGS) {
        expect(tx[l]).toContain('{shop}');
        expect(tx[l]).toContain('{owner}');
      }
    }
  });
});

describe('the digest reads right for one and for many', () => {
  const occasion = (kind: Occasion['kind'], detail: Occasion['detail']) =>
    ({kind, detail}) as Occasion;
  it('one day, one customer, in English', () => {
    expect(
      reasonText(occasion('complaint', {days: 1, text: 'cold'}), 'en'),
    ).toBe('complaint open for 1 day: cold');
    expect(
      reasonText(occasion('complaint', {days: 0, text: 'cold'}), 'en'),
    ).toBe('complaint made today, still open: cold');
    expect(
      reasonText(
        occasion('birthday', {days: 1, date: '2026-03-11', calendar: 'solar'}),
        'en',
      ),
    ).toBe('birthday tomorrow (03-11, solar)');
    expect(
      reasonText(
        occasion('birthday', {days: 3, date: '2026-03-13', calendar: 'lunar'}),
        'zh-CN',
      ),
    ).toBe('3 天后生日（03-13，农历）');
    expect(reasonText(occasion('checkin', {grade: 'A', days: 1}), 'en')).toBe(
      'grade A, no contact for 1 day',
    );
  });

  function digest(lang: Lang, n: number) {
    return renderDigest({
      lang,
      shop: 'Lucky',
      today: 20522,
      lines: Array.from({length: n}, (_, i) => ({
        customer: {
          name: `C${i}`,
          grade: 'B',
          phone: '',
          wechat: '',
          lastVisit: null,
          favourites: [],
        },
        group: 'complaint' as const,
        why: ['x'],
        message: 'm',
      })),
      more: 0,
      emailsSent: 1,
      held: [],
      unsure: [],
      expired: [],
      problems: [],
    });
  }

  it('labels take the colon of their language', () => {
    expect(digest('zh-CN', 1).text).toContain('等级：B｜最近到店：从未购买');
    expect(digest('zh-TW', 1).text).toContain('可複製的訊息：m');
    expect(digest('en', 1).text).toContain(
      'Grade: B | Last visit: never bought',
    );
  });

  it.each([
    [
      'en',
      1,
      /: 1 customer \(/,
      'Open complaints (1)',
      '1 customer was greeted',
    ],
    [
      'en',
      2,
      /: 2 customers \(/,
      'Open complaints (2)',
      '1 customer was greeted',
    ],
    ['zh-CN', 2, /2 位顾客/, '投诉待处理（2）', '1 位顾客'],
    ['zh-TW', 1, /1 位顧客/, '投訴待處理（1）', '1 位顧客'],
  ] as const)('%s, %d line(s)', (lang, n, subject, heading, sent) => {
    const m = digest(lang, n);
    expect(m.subject).toMatch(subject);
    expect(m.text).toContain(heading);
    expect(m.html).toContain(heading);
    expect(m.text).toContain(sent);
    expect(m.text).not.toMatch(/\(first\)|\) \(\d|）（\d/);
  });
});
