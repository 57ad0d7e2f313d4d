/**
 * The counter's entry points as the Apps Script runtime calls them: each builds the real
 * services (spreadsheet, document lock, document cache, clock) and hands them to the use
 * case. Nothing here runs at load time.
 */
import {UI} from '../domain/counter/messages';
import {
  Bootstrap,
  Card,
  ContactDone,
  ContactRequest,
  CustomerRefresh,
  FeedbackDone,
  FeedbackRequest,
  Outcome,
  ResolveDone,
  ResolveRequest,
  SaleDone,
  SaleRequest,
  TillView,
  VoidDone,
  VoidRequest,
} from '../domain/counter/wire';
import {t} from '../domain/i18n';
import {documentLocker} from '../services/lock';
import {userLang} from '../services/locale';
import * as counter from './counter';
import {counterTill as tillOf} from './counter-till';
import {voidSale as voidOf} from './counter-void';
import * as loyalty from './loyalty/writes';
import {
  AdjustDone,
  AdjustRequest,
  RefundDone,
  RefundRequest,
  TopUpDone,
  TopUpRequest,
} from '../domain/loyalty/wire';
import {documentCache} from './counter-context';
import {MENU_TITLE} from './menu';
import {phoneBook, scriptCache, scriptLocker} from '../webapp/book';
import {
  NewsDone,
  NewsRequest,
  tellFansAtCounter,
} from './recommend/counter-news';

/**
 * The sidebar's services, or the phone page's where there is no containing document: the
 * document cache is null in a web app (CacheService reference), which tells the two
 * apart without an extra call (src/webapp/book.ts).
 */
function deps(): counter.CounterDeps {
  const docCache = CacheService.getDocumentCache();
  if (!docCache) return phoneDeps();
  return {
    spreadsheet: () => SpreadsheetApp.getActiveSpreadsheet(),
    locker: documentLocker(),
    cache: documentCache(docCache),
    now: () => new Date(),
    flush: () => SpreadsheetApp.flush(),
    viewerLang: userLang,
  };
}

function phoneDeps(): counter.CounterDeps {
  const book = phoneBook();
  return {
    spreadsheet: book.open,
    locker: scriptLocker(),
    cache: scriptCache(),
    now: () => new Date(),
    flush: () => SpreadsheetApp.flush(),
    viewerLang: userLang,
  };
}

/** Shuke ▸ Open counter: the sidebar, titled in the language of whoever opens it. */
export function openCounter(): void {
  const lang = userLang();
  const html = HtmlService.createHtmlOutputFromFile('sidebar')
    .setTitle(`${t(MENU_TITLE, lang)} · ${t(UI.title, lang)}`)
    .setWidth(300);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function counterBootstrap(): Bootstrap {
  return counter.counterBootstrap(deps());
}

export function counterCustomers(): CustomerRefresh {
  return counter.counterCustomers(deps());
}

export function customerCard(key: string): Card | null {
  return counter.customerCard(key, deps());
}

export function logSale(request: SaleRequest): Outcome<SaleDone> {
  return counter.logSale(request, deps());
}

export function logFeedback(request: FeedbackRequest): Outcome<FeedbackDone> {
  return counter.logFeedback(request, deps());
}

export function resolveFeedback(request: ResolveRequest): Outcome<ResolveDone> {
  return counter.resolveFeedback(request, deps());
}

export function recordContact(request: ContactRequest): Outcome<ContactDone> {
  return counter.recordContact(request, deps());
}

export function counterTill(): TillView {
  return tillOf(deps());
}

export function voidSale(request: VoidRequest): Outcome<VoidDone> {
  return voidOf(request, deps());
}

export function topUp(request: TopUpRequest): Outcome<TopUpDone> {
  return loyalty.topUp(request, deps());
}

export function refundStored(request: RefundRequest): Outcome<RefundDone> {
  return loyalty.refundStored(request, deps());
}

export function adjustPoints(request: AdjustRequest): Outcome<AdjustDone> {
  return loyalty.adjustPoints(request, deps());
}

export function tellFans(request: NewsRequest): Outcome<NewsDone> {
  return tellFansAtCounter(request, deps());
}
