/**
 * The card's purchases-a-month tile agrees with the Customers tab (number format 0.0:
 * one decimal) and says what the figure counts, in each viewer language.
 */
import {perMonthFigure, UI} from '../../src/domain/counter/messages';
import {t} from '../../src/domain/i18n';

describe('purchases a month on the card', () => {
  it('shows one decimal, as the Customers tab does', () => {
    expect(perMonthFigure(21.666666)).toBe('21.7');
    expect(perMonthFigure(21.67)).toBe('21.7');
    expect(perMonthFigure(23.65)).toBe('23.7');
    expect(perMonthFigure(2)).toBe('2.0');
    expect(perMonthFigure(0.04)).toBe('0.0');
    expect(perMonthFigure(Number.NaN)).toBe('0.0');
  });

  it('says what it counts in each language', () => {
    const n = perMonthFigure(21.666666);
    const tile = (lang: 'zh-CN' | 'zh-TW' | 'en') =>
      `${t(UI.perMonthValue, lang, {n})} ${t(UI.perMonth, lang)}`;
    expect(tile('zh-CN')).toBe('约 21.7 次 每月');
    expect(tile('zh-TW')).toBe('約 21.7 次 每月');
    expect(tile('en')).toBe('21.7 visits a month');
    expect(t(UI.perMonthSaid, 'zh-CN', {n})).toBe('每月约 21.7 次');
    expect(t(UI.perMonthSaid, 'zh-TW', {n})).toBe('每月約 21.7 次');
    expect(t(UI.perMonthSaid, 'en', {n})).toBe('21.7 visits a month');
  });
});
