/** What the dashboard's figures are computed from: the tabs' columns and the shop's rules. */
import {GradeRules} from '../grading';
import {SegmentRules} from '../segments';

/** The columns the dashboard reads, each as the tab's cells (data rows only). */
export interface DashboardInput {
  sales: {
    dates: readonly unknown[];
    customers: readonly unknown[];
    items: readonly unknown[];
    amounts: readonly unknown[];
    voids: readonly unknown[];
  };
  customers: {
    ids: readonly unknown[];
    names: readonly unknown[];
    phones: readonly unknown[];
  };
  feedback: {
    dates: readonly unknown[];
    types: readonly unknown[];
    ratings: readonly unknown[];
    statuses: readonly unknown[];
    resolvedOn: readonly unknown[];
  };
  /** Compacted old sales, when the book has a Sales history. */
  history?: DashboardHistory;
  /** The option readers of the sheets layer, passed in to keep this pure of sheets. */
  isComplaint: (type: unknown) => boolean;
  isResolved: (status: unknown) => boolean;
}

/**
 * The Sales history's purchases as sales (customer, date, amount cells, as replayed for
 * the card), and the day before which the Sales tab's rows were folded (null: none).
 */
export interface DashboardHistory {
  customers: unknown[];
  dates: unknown[];
  amounts: unknown[];
  cut: number | null;
}

export interface DashboardOptions {
  today: number;
  tz: string;
  grade: GradeRules;
  segments: SegmentRules;
}
