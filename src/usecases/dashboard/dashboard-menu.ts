/**
 * The dashboard from the menu ("更新看板 / Update dashboard"), which makes the tab, and
 * from the daily run, which refreshes it once it is there. Both hold the document lock
 * (the daily run already does when its jobs run), so two builds never insert the same
 * chart twice.
 */
import {DASH} from '../../domain/dashboard/texts';
import {t} from '../../domain/i18n';
import {userLang} from '../../services/locale';
import {BusyError, documentLocker} from '../../services/lock';
import {documentProperties} from '../../services/properties';
import {DailyJob} from '../daily/jobs';
import {
  buildDashboard,
  dashboardDoneMessage,
  refreshDashboard,
} from './build-dashboard';

export function updateDashboard(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = userLang();
  try {
    const outcome = documentLocker(30_000).withLock(() =>
      buildDashboard(ss, new Date(), documentProperties()),
    );
    outcome.sheet.activate();
    ss.toast(dashboardDoneMessage(outcome, ui));
  } catch (err) {
    if (err instanceof BusyError) {
      ss.toast(t(DASH.busy, ui));
      return;
    }
    throw err;
  }
}

export const DASHBOARD_JOB: DailyJob = {
  id: 'dashboard',
  name: DASH.jobName,
  run: ctx => {
    refreshDashboard(ctx.ss, ctx.start, documentProperties(), ctx.read);
  },
};
