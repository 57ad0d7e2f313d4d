/**
 * Every function the Apps Script runtime calls by name, and nothing else: menu items,
 * custom functions, trigger handlers and the sidebar's server API. The build turns this
 * list into top-level wrappers (tools/build.ts); a name missing here is unreachable.
 */
import {entry} from './entry-point';
import {onInstall, onOpen} from './usecases/menu';
import * as counter from './usecases/counter-api';
import * as cf from './usecases/custom-functions';
import {refreshGrades} from './usecases/grades';
import {setUpShop} from './usecases/setup-shop';
import * as reminders from './usecases/reminders-menu';

export const entryPoints = {
  // Menu and set-up
  onOpen: entry(onOpen, ['e']),
  onInstall: entry(onInstall, ['e']),
  setUpShop: entry(setUpShop, []),
  // Grades: custom functions and refresh
  refreshGrades: entry(refreshGrades, []),
  GRADE: entry(
    cf.GRADE,
    ['purchases_per_month', 'thresholds'],
    cf.docOf('GRADE'),
  ),
  CUSTOMER_GRADE: entry(
    cf.CUSTOMER_GRADE,
    [
      'customer_ids',
      'sale_customer_ids',
      'sale_dates',
      'as_of',
      'window_days',
      'thresholds',
      'customer_phones',
    ],
    cf.docOf('CUSTOMER_GRADE'),
  ),
  CUSTOMER_PER_MONTH: entry(
    cf.CUSTOMER_PER_MONTH,
    [
      'customer_ids',
      'sale_customer_ids',
      'sale_dates',
      'as_of',
      'window_days',
      'customer_phones',
    ],
    cf.docOf('CUSTOMER_PER_MONTH'),
  ),
  CUSTOMER_LAST_VISIT: entry(
    cf.CUSTOMER_LAST_VISIT,
    [
      'customer_ids',
      'sale_customer_ids',
      'sale_dates',
      'as_of',
      'customer_phones',
    ],
    cf.docOf('CUSTOMER_LAST_VISIT'),
  ),
  CUSTOMER_DAYS_SINCE: entry(
    cf.CUSTOMER_DAYS_SINCE,
    [
      'customer_ids',
      'sale_customer_ids',
      'sale_dates',
      'as_of',
      'customer_phones',
    ],
    cf.docOf('CUSTOMER_DAYS_SINCE'),
  ),
  CUSTOMER_SPEND: entry(
    cf.CUSTOMER_SPEND,
    [
      'customer_ids',
      'sale_customer_ids',
      'sale_amounts',
      'sale_dates',
      'as_of',
      'customer_phones',
    ],
    cf.docOf('CUSTOMER_SPEND'),
  ),
  CUSTOMER_SEGMENT: entry(
    cf.CUSTOMER_SEGMENT,
    [
      'customer_ids',
      'sale_customer_ids',
      'sale_dates',
      'sale_amounts',
      'as_of',
      'window_days',
      'thresholds',
      'segment_rules',
      'language',
      'customer_phones',
    ],
    cf.docOf('CUSTOMER_SEGMENT'),
  ),
  CUSTOMER_LIFECYCLE: entry(
    cf.CUSTOMER_LIFECYCLE,
    [
      'customer_ids',
      'sale_customer_ids',
      'sale_dates',
      'as_of',
      'segment_rules',
      'language',
      'customer_phones',
    ],
    cf.docOf('CUSTOMER_LIFECYCLE'),
  ),
  CUSTOMER_VALUE: entry(
    cf.CUSTOMER_VALUE,
    [
      'customer_ids',
      'sale_customer_ids',
      'sale_dates',
      'sale_amounts',
      'as_of',
      'window_days',
      'thresholds',
      'segment_rules',
      'language',
      'customer_phones',
    ],
    cf.docOf('CUSTOMER_VALUE'),
  ),
  // Counter: the sidebar's server API
  openCounter: entry(counter.openCounter, []),
  counterBootstrap: entry(counter.counterBootstrap, []),
  customerCard: entry(counter.customerCard, ['key']),
  logSale: entry(counter.logSale, ['request']),
  logFeedback: entry(counter.logFeedback, ['request']),
  resolveFeedback: entry(counter.resolveFeedback, ['request']),
  recordContact: entry(counter.recordContact, ['request']),
  // Reminders: the daily trigger and its menu items
  turnOnReminders: entry(reminders.turnOnReminders, []),
  turnOffReminders: entry(reminders.turnOffReminders, []),
  sendRemindersNow: entry(reminders.sendRemindersNow, []),
  dailyReminders: entry(reminders.dailyReminders, ['e']),
};

export type EntryPoints = typeof entryPoints;
