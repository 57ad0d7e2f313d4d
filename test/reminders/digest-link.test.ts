/**
 * The owner's digest opens the customer book: a link to the spreadsheet
 * (Spreadsheet.getUrl) at the top of the text and a button in the HTML, and only a Google
 * Sheets address is ever linked.
 */
import {renderDigest} from '../../src/domain/followup/render';
import {cst, makeShop, Shop} from './shop';

describe('the digest links to the spreadsheet', () => {
  let shop: Shop;
  afterEach(() => shop?.uninstall());

  it('in the text and as a button, with the address Google gives', () => {
    shop = makeShop({
      now: cst('2026-03-10T08:00:00'),
      customers: [
        {id: 'B1', name: '寿星', phone: '13800000001', birthday: '1990-03-10'},
      ],
    });
    shop.run();
    const url = `https://docs.google.com/spreadsheets/d/${shop.emu.workbook.id}/edit`;
    const d = shop.digests()[0];
    expect(d.body.split('\n')[1]).toMatch(
      /^打开顾客簿[:：] ?https:\/\/docs\.google\.com\//,
    );
    expect(d.body.split('\n')[1].endsWith(url)).toBe(true);
    expect(d.html).toContain(`<a href="${url}"`);
    expect(d.html).toContain('>打开顾客簿</a>');
  });

  it('links nothing but a Google Sheets address', () => {
    const base = {
      lang: 'en' as const,
      shop: 'S',
      today: 20000,
      lines: [],
      more: 0,
      emailsSent: 0,
      held: [],
      unsure: [],
      expired: [],
      problems: [],
    };
    for (const url of [
      'javascript:alert(1)',
      'https://docs.google.com.evil.example/x',
      'https://docs.google.com/x" onclick="y',
    ]) {
      const d = renderDigest({...base, url});
      expect(d.text).not.toContain('Open the customer book');
      expect(d.html).not.toContain('Open the customer book');
    }
    expect(renderDigest(base).html).not.toContain('<a href');
  });
});
