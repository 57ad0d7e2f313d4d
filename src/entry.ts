/**
 * Every function the Apps Script runtime calls by name, and nothing else: menu items,
 * custom functions, trigger handlers and the sidebar's server API. The build turns this
 * list into top-level wrappers (tools/build.ts); a name missing here is unreachable.
 */
import {entry} from './entry-point';
import {onInstall, onOpen} from './usecases/menu';
import * as counter from './usecases/counter-api';
import * as privacy from './usecases/privacy/customer-data';
import {customerDataMenu} from './usecases/privacy/data-menu';
import * as cf from './usecases/custom-functions/sheet-functions';
import * as figures from './usecases/customer-figures';
import * as loyaltyPoints from './usecases/loyalty/points-function';
import {compactOldSales} from './usecases/compaction/compact-menu';
import {refreshGrades} from './usecases/grades/refresh-menu';
import {setUpShop} from './usecases/setup-shop';
import * as reminders from './usecases/reminders-menu';
import * as selfCheck from './usecases/self-check-menu';
import * as importer from './usecases/import/import-menu';
import {judgePromotions} from './usecases/promotions/judge-promotions';
import {somethingNew} from './usecases/recommend/something-new';
import {updateDashboard} from './usecases/dashboard/dashboard-menu';
import {doGet} from './webapp/page';

export const entryPoints = {
  // Menu and set-up
  onOpen: entry(onOpen, ['e']),
  onInstall: entry(onInstall, ['e']),
  setUpShop: entry(setUpShop, []),
  // Grades: custom functions and refresh
  refreshGrades: entry(refreshGrades, []),
  compactOldSales: entry(compactOldSales, []),
  GRADE: entry(
    cf.GRADE,
    ['purchases_per_month', 'thresholds'],
    cf.docOf('GRADE'),
  ),
  CUSTOMER_GRADE: customerFunction('CUSTOMER_GRADE'),
  CUSTOMER_PER_MONTH: customerFunction('CUSTOMER_PER_MONTH'),
  CUSTOMER_LAST_VISIT: customerFunction('CUSTOMER_LAST_VISIT'),
  CUSTOMER_DAYS_SINCE: customerFunction('CUSTOMER_DAYS_SINCE'),
  CUSTOMER_SPEND: customerFunction('CUSTOMER_SPEND'),
  CUSTOMER_SEGMENT: customerFunction('CUSTOMER_SEGMENT'),
  CUSTOMER_LIFECYCLE: customerFunction('CUSTOMER_LIFECYCLE'),
  CUSTOMER_VALUE: customerFunction('CUSTOMER_VALUE'),
  CUSTOMER_FIGURES: entry(
    figures.CUSTOMER_FIGURES,
    [...figures.FIGURES_PARAMS],
    figures.figuresDoc(),
  ),
  CUSTOMER_POINTS: entry(
    loyaltyPoints.CUSTOMER_POINTS,
    [...loyaltyPoints.POINTS_PARAMS],
    loyaltyPoints.POINTS_DOC,
  ),
  // Counter: the sidebar's server API
  openCounter: entry(counter.openCounter, []),
  counterBootstrap: entry(counter.counterBootstrap, []),
  counterCustomers: entry(counter.counterCustomers, []),
  customerCard: entry(counter.customerCard, ['key']),
  logSale: entry(counter.logSale, ['request']),
  logFeedback: entry(counter.logFeedback, ['request']),
  resolveFeedback: entry(counter.resolveFeedback, ['request']),
  recordContact: entry(counter.recordContact, ['request']),
  counterTill: entry(counter.counterTill, []),
  voidSale: entry(counter.voidSale, ['request']),
  // Points and stored value: a top-up, a refund, the owner's adjustment
  topUp: entry(counter.topUp, ['request']),
  refundStored: entry(counter.refundStored, ['request']),
  adjustPoints: entry(counter.adjustPoints, ['request']),
  // A customer's data from the counter card: copy, correct, consent, keep, erase
  customerExport: entry(privacy.customerExport, ['key']),
  erasurePreview: entry(privacy.erasurePreview, ['key']),
  eraseCustomer: entry(privacy.eraseCustomer, ['request']),
  recordConsent: entry(privacy.recordConsent, ['request']),
  correctCustomer: entry(privacy.correctCustomer, ['request']),
  keepCustomer: entry(privacy.keepCustomer, ['request']),
  customerDataMenu: entry(customerDataMenu, []),
  tellFans: entry(counter.tellFans, ['request']),
  // The phone page: the same counter as a web app (its own project: phone/appsscript.json)
  doGet: entry(doGet, ['e']),
  // Reminders: the daily trigger and its menu items
  turnOnReminders: entry(reminders.turnOnReminders, []),
  turnOffReminders: entry(reminders.turnOffReminders, []),
  sendRemindersNow: entry(reminders.sendRemindersNow, []),
  dailyReminders: entry(reminders.dailyReminders, ['e']),
  // Promotions judged, and fans told about something new
  judgePromotions: entry(judgePromotions, []),
  somethingNew: entry(somethingNew, []),
  // Self-check: the menu item, and the custom function its date probe calls
  // Import from a till's export: the menu item and the dialog's calls
  openImport: entry(importer.openImport, []),
  previewImport: entry(importer.previewImport, ['sheet']),
  runImport: entry(importer.runImport, ['request']),
  undoImport: entry(importer.undoImport, ['request']),
  checkSpreadsheet: entry(selfCheck.checkSpreadsheet, []),
  // The Dashboard tab
  updateDashboard: entry(updateDashboard, []),
  SHUKE_PROBE: entry(
    selfCheck.SHUKE_PROBE,
    ['value'],
    [
      "熟客诊断用：单元格传给自定义函数的值。Used by Shuke's self-check: what a cell hands a custom function.",
      '@param value 任一单元格 Any cell',
      '@return date:毫秒，或 类型:值 date:milliseconds, or type:value',
    ].join('\n'),
  ),
};

/** A CUSTOMER_* custom function: its parameters and JSDoc from CUSTOMER_FUNCTIONS. */
function customerFunction(name: cf.CustomerFunctionName) {
  return entry(cf[name], cf.paramsOf(name), cf.docOf(name));
}

export type EntryPoints = typeof entryPoints;
