import {
  KNOWN_SETTING_TYPES,
  settingsFromValues,
} from '../../src/sheets/settings';
import {ALL_SETTINGS, SettingType} from '../../src/sheets/settings-schema';

const TZ = 'Asia/Shanghai';

describe('reading Settings values', () => {
  test('a missing tab gives every default', () => {
    const {settings, problems, lang} = settingsFromValues([], 'zh-CN', TZ);
    expect(problems).toEqual([]);
    expect(lang).toBe('zh-CN');
    expect(settings.gradeA).toBe(15);
    expect(settings.gradeD).toBe(3);
    expect(settings.windowDays).toBe(90);
    expect(settings.cadenceB).toBe(14);
    expect(settings.currency).toBe('¥');
    expect(settings.language).toBeNull();
    expect(settings.asOf).toBeNull();
  });

  test('every key is there with the type its kind promises', () => {
    const {settings} = settingsFromValues([], 'en', TZ);
    const jsType: Record<SettingType, string[]> = {
      text: ['string'],
      email: ['string'],
      template: ['string'],
      status: ['string'],
      number: ['number'],
      boolean: ['boolean'],
      date: ['object'],
      lang: ['object', 'string'],
    };
    for (const def of ALL_SETTINGS) {
      expect([def.key, jsType[def.type]]).toEqual([
        def.key,
        expect.arrayContaining([typeof settings[def.key]]),
      ]);
    }
  });

  test('KnownSettings lists exactly the keys of settings-schema, same types', () => {
    expect(Object.fromEntries(ALL_SETTINGS.map(d => [d.key, d.type]))).toEqual(
      KNOWN_SETTING_TYPES,
    );
  });

  test('labels in any language, with a header or without, values typed by hand', () => {
    const rows = [
      ['項目', '值', '說明'],
      ['店名', '=好味小铺', ''],
      ['Grade A: purchases a month ≥', '20次', ''],
      ['b级：每月购买次数≥', '１２', ''],
      ['评级统计天数', 60, ''],
      ['Owner email', 'Boss@Example.com; helper@example.cn', ''],
      ['等级计算日期', '2025年3月5日', ''],
      ['語言', 'English', ''],
      ['my own row', 'whatever', ''],
    ];
    const {
      settings,
      problems,
      lang,
      rows: at,
    } = settingsFromValues(rows, 'zh-CN', TZ);
    expect(problems).toEqual([]);
    expect(lang).toBe('en');
    expect(settings.shopName).toBe('=好味小铺');
    expect(settings.gradeA).toBe(20);
    expect(settings.gradeB).toBe(12);
    expect(settings.windowDays).toBe(60);
    expect(settings.ownerEmail).toBe('Boss@Example.com, helper@example.cn');
    expect(settings.asOf?.toISOString()).toBe('2025-03-04T16:00:00.000Z');
    expect(settings.language).toBe('en');
    expect(at.get('gradeA')).toBe(3);
  });

  test('an unreadable value falls back to the default and is reported', () => {
    const rows = [
      ['A级：每月购买次数≥', '很多'],
      ['店长邮箱', 'not an address'],
      ['语言', 'Klingon'],
    ];
    const {settings, problems} = settingsFromValues(rows, 'zh-CN', TZ);
    expect(settings.gradeA).toBe(15);
    expect(settings.ownerEmail).toBe('');
    expect(settings.language).toBeNull();
    expect(problems.map(p => [p.key, p.row])).toEqual([
      ['ownerEmail', 2],
      ['language', 3],
      ['gradeA', 1],
    ]);
    const grade = problems.find(p => p.key === 'gradeA');
    expect(grade?.message).toBe(
      '设置「A级：每月购买次数≥」：不是数字（“很多”），已使用默认值 15',
    );
  });
});
