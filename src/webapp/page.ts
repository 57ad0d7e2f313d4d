/**
 * doGet: the phone page. The counter itself is the sidebar's file (dist/sidebar.html),
 * the same code and server API; its CSS lays it out for a 300-px sidebar and for a phone.
 * HtmlService ignores meta tags written in the file, so the viewport comes from
 * HtmlOutput.addMetaTag (HtmlOutput reference); without it a phone would draw the page
 * at desktop width and shrink it.
 *
 * Nothing of the request is used: the book is the one named in the project's Script
 * properties (book.ts), never one named in the URL.
 */
import {escapeHtml} from '../domain/html';
import {t} from '../domain/i18n';
import {userLang} from '../services/locale';
import {PHONE, refusalText} from './texts';
import {phoneBook, RefusedError} from './book';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

const VIEWPORT = 'width=device-width, initial-scale=1, viewport-fit=cover';

export function doGet(e?: unknown): HtmlOutput {
  void e;
  const lang = userLang();
  try {
    // Opening the book here makes a visitor it is not shared with (the staff option) see
    // a plain page now, not a failure at their first sale.
    phoneBook().open();
  } catch (err) {
    if (!(err instanceof RefusedError)) throw err;
    return refusedPage(refusalText(err.refusal, err.who, lang), lang);
  }
  return HtmlService.createHtmlOutputFromFile('sidebar')
    .setTitle(t(PHONE.title, lang))
    .addMetaTag('viewport', VIEWPORT)
    .addMetaTag('mobile-web-app-capable', 'yes')
    .addMetaTag('apple-mobile-web-app-capable', 'yes');
}

function refusedPage(message: string, lang: ReturnType<typeof userLang>) {
  const e = escapeHtml;
  const html = `<!doctype html><html lang="${e(lang)}"><head><meta charset="utf-8"><style>
body{font:16px/1.5 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC",sans-serif;margin:0;padding:24px 20px;color:#202124}
h1{font-size:20px;margin:0 0 12px}p{margin:0 0 12px}.quiet{color:#5f6368;font-size:14px}
</style></head><body><main id="refused" role="alert"><h1>${e(t(PHONE.refusedTitle, lang))}</h1>
<p>${e(message)}</p><p class="quiet">${e(t(PHONE.nothingTouched, lang))}</p></main></body></html>`;
  return HtmlService.createHtmlOutput(html)
    .setTitle(t(PHONE.title, lang))
    .addMetaTag('viewport', VIEWPORT);
}
