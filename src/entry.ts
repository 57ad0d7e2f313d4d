/**
 * Every function the Apps Script runtime calls by name, and nothing else: menu items,
 * custom functions, trigger handlers and the sidebar's server API. The build turns this
 * list into top-level wrappers (tools/build.ts); a name missing here is unreachable.
 */
import {entry} from './entry-point';
import {onInstall, onOpen} from './usecases/menu';
import * as counter from './usecases/counter-api';
import {setUpShop} from './usecases/setup-shop';

export const entryPoints = {
  // Menu and set-up
  onOpen: entry(onOpen, ['e']),
  onInstall: entry(onInstall, ['e']),
  setUpShop: entry(setUpShop, []),
  // Grades: custom functions and refresh
  // Counter: the sidebar's server API
  openCounter: entry(counter.openCounter, []),
  counterBootstrap: entry(counter.counterBootstrap, []),
  customerCard: entry(counter.customerCard, ['key']),
  logSale: entry(counter.logSale, ['request']),
  logFeedback: entry(counter.logFeedback, ['request']),
  resolveFeedback: entry(counter.resolveFeedback, ['request']),
  recordContact: entry(counter.recordContact, ['request']),
  // Reminders: the daily trigger and its menu items
};

export type EntryPoints = typeof entryPoints;
