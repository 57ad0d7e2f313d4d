/**
 * The daily run's jobs, in the order they run (daily/jobs.ts). One line per feature.
 */
import {DailyJob} from './jobs';
import {REFERRAL_JOB} from '../loyalty/referrals';
import {TIER_JOB} from '../loyalty/tiers';
import {POINTS_EXPIRY_JOB} from '../loyalty/expiry-job';
import {JUDGE_PROMOTIONS_JOB} from '../promotions/judge-promotions';
import {PENDING_NEWS_JOB} from '../recommend/something-new';
import {RETENTION_JOB} from '../privacy/retention-job';
import {DASHBOARD_JOB} from '../dashboard/dashboard-menu';
import {COMPACTION_JOB} from '../compaction/compaction-job';
import {UNRECORDED_SPENDS_JOB} from '../loyalty/unrecorded-spends-job';

export const DAILY_JOBS: readonly DailyJob[] = [
  // First: an unfinished compaction's sales count again before anything reads them.
  COMPACTION_JOB,
  JUDGE_PROMOTIONS_JOB,
  PENDING_NEWS_JOB,
  RETENTION_JOB,
  DASHBOARD_JOB,
  // Before the tiers and expiry read balances: what a lost sale took is back.
  UNRECORDED_SPENDS_JOB,
  // Referral points first: a points tier then counts them the same morning.
  REFERRAL_JOB,
  // Points expire before a points tier reads the balances.
  POINTS_EXPIRY_JOB,
  TIER_JOB,
];
