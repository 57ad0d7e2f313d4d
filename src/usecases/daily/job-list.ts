/**
 * The daily run's jobs, in the order they run (daily/jobs.ts). One line per feature.
 */
import {DailyJob} from './jobs';

export const DAILY_JOBS: readonly DailyJob[] = [];
