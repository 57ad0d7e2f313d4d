/**
 * "Something new" from the counter: the same list as the menu item (something-new.ts),
 * under the counter's lock and request id, answered in the viewer's language.
 */
import {Outcome} from '../../domain/counter/wire';
import {dayNumber} from '../../domain/dates';
import {loadSettings} from '../../sheets/settings';
import {CounterDeps, failure, guardedWrite} from '../counter';
import {checkItem, listFans, newsSummary} from './something-new';

export interface NewsRequest {
  requestId: string;
  item: string;
}

export interface NewsDone {
  item: string;
  listed: number;
  already: number;
  withheld: number;
  tab: string;
  /** What happened, in the viewer's language. */
  summary: string;
  day: number;
}

export function tellFansAtCounter(
  req: NewsRequest,
  deps: CounterDeps,
): Outcome<NewsDone> {
  return guardedWrite<NewsDone>(deps, req?.requestId, (ss, _ctx, ui) => {
    const checked = checkItem(req.item, ui);
    if (!checked.ok) return failure(checked.message, {item: checked.message});
    const read = loadSettings(ss);
    const now = deps.now();
    const o = listFans(ss, checked.item, now, read);
    return {
      ok: true,
      repeated: false,
      value: {...o, summary: newsSummary(o, ui), day: dayNumber(now, read.tz)},
    };
  });
}
