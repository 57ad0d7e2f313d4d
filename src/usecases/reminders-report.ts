/**
 * How a daily run went: its outcome, whether it did its job, and the line Settings shows
 * for it.
 */
import {dayNumber, dayToIso} from '../domain/dates';
import {Lang, t} from '../domain/i18n';
import {RUN_TEXTS} from '../domain/followup/texts';
import {FAILURE_TEXTS} from '../domain/followup/switch-texts';

export type RunOutcome =
  'done' | 'partial' | 'quota' | 'already' | 'busy' | 'noOwner' | 'failed';

export interface RunReport {
  outcome: RunOutcome;
  day: string;
  /** Customers on today's digest. */
  lines: number;
  /** Customer emails sent by this run. */
  emails: number;
  /** Customer emails held back for the next run. */
  held: number;
  /** Emails recorded as unsure after an interrupted run. */
  unsure: number;
  digest: 'sent' | 'none' | 'already' | 'held';
  error?: string;
  /** The owner's warning at 80 % of the spreadsheet's 10,000,000 cells. */
  cells?: string;
}

/**
 * Whether a run did its job. A run that didn't is recorded and then thrown by the trigger
 * handler, since Google emails a trigger's owner only when its function throws.
 */
export function runFailed(r: RunReport): boolean {
  return (
    r.outcome === 'failed' ||
    r.outcome === 'busy' ||
    r.outcome === 'noOwner' ||
    r.digest === 'held'
  );
}

/** The run's summary as Settings shows it, in `lang`. */
export function lastRunText(
  lang: Lang,
  when: Date,
  tz: string,
  r: RunReport,
  lockWaitMs: number,
): string {
  const outcome =
    r.outcome === 'failed'
      ? t(RUN_TEXTS.failed, lang, {error: r.error ?? ''})
      : r.digest === 'held'
        ? t(FAILURE_TEXTS.digestHeld, lang)
        : r.outcome === 'partial'
          ? t(RUN_TEXTS.partial, lang)
          : r.outcome === 'quota'
            ? t(RUN_TEXTS.quota, lang)
            : r.outcome === 'already'
              ? t(RUN_TEXTS.already, lang)
              : r.outcome === 'noOwner'
                ? t(RUN_TEXTS.noOwnerEmail, lang)
                : r.outcome === 'busy'
                  ? t(FAILURE_TEXTS.busyFailed, lang, {
                      seconds: Math.round(lockWaitMs / 1000),
                    })
                  : t(RUN_TEXTS.done, lang);
  const local = new Date(when.getTime());
  const iso = dayToIso(dayNumber(local, tz));
  const hhmm = hourMinute(local, tz);
  const text = t(RUN_TEXTS.lastRun, lang, {
    when: `${iso} ${hhmm}`,
    outcome,
    lines: r.lines,
    emails: r.emails,
    held: r.held ? t(RUN_TEXTS.heldSuffix, lang, {count: r.held}) : '',
  });
  return r.cells ? `${text}\n${r.cells}` : text;
}

/** HH:MM of an instant in `tz`, without Utilities (pure, so tests need no globals). */
function hourMinute(d: Date, tz: string): string {
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone: tz,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return f.format(d);
}
