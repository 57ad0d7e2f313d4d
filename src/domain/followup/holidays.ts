/**
 * Holidays a shop greets its customers on: the traditional lunar ones and a few solar
 * ones. Which to greet is the shop's choice (Settings lists them by name, in any of the
 * three languages); the defaults are the four every article names plus New Year.
 */
import {Lang, Texts} from '../i18n';
import {civilDay, dayToIso} from '../dates';
import {lunarAnniversary, lunarOfDay} from './lunar';
import {normaliseLabel} from './text';

export interface HolidayDef {
  key: string;
  names: Texts;
  aliases: readonly string[];
  /** Lunar month/day, or solar month/day. Day 30 of month 12 is New Year's Eve. */
  calendar: 'lunar' | 'solar';
  month: number;
  day: number;
  greeting: Texts;
}

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const HOLIDAYS: readonly HolidayDef[] = [
  {
    key: 'newYear',
    names: tx('元旦', '元旦', "New Year's Day"),
    aliases: ['new year', '新年'],
    calendar: 'solar',
    month: 1,
    day: 1,
    greeting: tx('元旦快乐', '元旦快樂', 'Happy New Year'),
  },
  {
    key: 'springEve',
    names: tx('除夕', '除夕', "Chinese New Year's Eve"),
    aliases: ['大年三十', 'new years eve', 'nye'],
    calendar: 'lunar',
    month: 12,
    day: 30,
    greeting: tx(
      '除夕快乐，阖家团圆',
      '除夕快樂，闔家團圓',
      "Happy Chinese New Year's Eve",
    ),
  },
  {
    key: 'spring',
    names: tx('春节', '春節', 'Spring Festival'),
    aliases: [
      '过年',
      '過年',
      '农历新年',
      '農曆新年',
      'chinese new year',
      'lunar new year',
      'cny',
    ],
    calendar: 'lunar',
    month: 1,
    day: 1,
    greeting: tx(
      '新春快乐，万事如意',
      '新春快樂，萬事如意',
      'Happy Spring Festival',
    ),
  },
  {
    key: 'lantern',
    names: tx('元宵节', '元宵節', 'Lantern Festival'),
    aliases: ['元宵', '上元节', '上元節'],
    calendar: 'lunar',
    month: 1,
    day: 15,
    greeting: tx('元宵节快乐', '元宵節快樂', 'Happy Lantern Festival'),
  },
  {
    key: 'dragonBoat',
    names: tx('端午节', '端午節', 'Dragon Boat Festival'),
    aliases: ['端午', 'dragon boat', 'duanwu'],
    calendar: 'lunar',
    month: 5,
    day: 5,
    greeting: tx('端午安康', '端午安康', 'Happy Dragon Boat Festival'),
  },
  {
    key: 'qixi',
    names: tx('七夕', '七夕', 'Qixi Festival'),
    aliases: ['七夕节', '七夕節', 'qixi', 'double seventh'],
    calendar: 'lunar',
    month: 7,
    day: 7,
    greeting: tx('七夕快乐', '七夕快樂', 'Happy Qixi Festival'),
  },
  {
    key: 'midAutumn',
    names: tx('中秋节', '中秋節', 'Mid-Autumn Festival'),
    aliases: ['中秋', 'mid autumn', 'moon festival'],
    calendar: 'lunar',
    month: 8,
    day: 15,
    greeting: tx(
      '中秋快乐，花好月圆',
      '中秋快樂，花好月圓',
      'Happy Mid-Autumn Festival',
    ),
  },
  {
    key: 'doubleNinth',
    names: tx('重阳节', '重陽節', 'Double Ninth Festival'),
    aliases: ['重阳', '重陽', 'double ninth', 'chongyang'],
    calendar: 'lunar',
    month: 9,
    day: 9,
    greeting: tx(
      '重阳安康',
      '重陽安康',
      'Best wishes for the Double Ninth Festival',
    ),
  },
];

export const DEFAULT_HOLIDAYS = [
  'newYear',
  'spring',
  'lantern',
  'dragonBoat',
  'midAutumn',
];

/**
 * Reads the Settings list ("春节、中秋, Qixi"): names in any language, separated by
 * commas, 、 or spaces. Returns the keys understood and the words that were not.
 */
export function parseHolidayList(text: unknown): {
  keys: string[];
  unknown: string[];
} {
  const s = String(text ?? '').trim();
  if (!s) return {keys: [...DEFAULT_HOLIDAYS], unknown: []};
  const keys: string[] = [];
  const unknown: string[] = [];
  for (const word of s.split(/[,，、;；\n]+/)) {
    const w = normaliseLabel(word);
    if (!w) continue;
    const h = HOLIDAYS.find(d =>
      [d.key, ...Object.values(d.names), ...d.aliases].some(
        n => normaliseLabel(n) === w,
      ),
    );
    if (h) {
      if (!keys.includes(h.key)) keys.push(h.key);
    } else {
      unknown.push(word.trim().slice(0, 40));
    }
  }
  return {keys, unknown};
}

export interface HolidayOccurrence {
  def: HolidayDef;
  day: number;
  /** Stable id of this year's occurrence, e.g. "spring:2026-02-17". */
  id: string;
}

/** The enabled holidays falling on any day of [from, to]. */
export function holidaysBetween(
  from: number,
  to: number,
  enabled: readonly string[],
): HolidayOccurrence[] {
  const out: HolidayOccurrence[] = [];
  for (let day = from; day <= to; day++) {
    for (const def of HOLIDAYS) {
      if (!enabled.includes(def.key)) continue;
      if (holidayDayNear(def, day) === day) {
        out.push({def, day, id: `${def.key}:${dayToIso(day)}`});
      }
    }
  }
  return out;
}

/** The day of `def` in the (lunar or solar) year that `day` belongs to. */
function holidayDayNear(def: HolidayDef, day: number): number | null {
  if (def.calendar === 'solar') {
    const y = new Date(day * 86_400_000).getUTCFullYear();
    return civilDay(y, def.month, def.day);
  }
  const l = lunarOfDay(day);
  if (!l) return null;
  return lunarAnniversary(l.year, def.month, def.day);
}

export function holidayName(def: HolidayDef, lang: Lang): string {
  return def.names[lang];
}
