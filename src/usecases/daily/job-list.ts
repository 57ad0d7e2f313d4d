/**
 * The daily run's jobs, in the order they run (daily/jobs.ts). One line per feature.
 */
import {DailyJob} from './jobs';
import {JUDGE_PROMOTIONS_JOB} from '../promotions/judge-promotions';
import {PENDING_NEWS_JOB} from '../recommend/something-new';
import {DASHBOARD_JOB} from '../dashboard/dashboard-menu';

export const DAILY_JOBS: readonly DailyJob[] = [
  JUDGE_PROMOTIONS_JOB,
  PENDING_NEWS_JOB,
  DASHBOARD_JOB,
];
