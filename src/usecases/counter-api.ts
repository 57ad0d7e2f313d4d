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
  FeedbackDone,
  FeedbackRequest,
  Outcome,
  ResolveDone,
  ResolveRequest,
  SaleDone,
  SaleRequest,
} from '../domain/counter/wire';
import {t} from '../domain/i18n';
import {documentLocker} from '../services/lock';
import {userLang} from '../services/locale';
import * as counter from './counter';
import {documentCache} from './counter-context';
import {MENU_TITLE} from './menu';

function deps(): counter.CounterDeps {
  return {
    spreadsheet: () => SpreadsheetApp.getActiveSpreadsheet(),
    locker: documentLocker(),
    cache: documentCache(),
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
