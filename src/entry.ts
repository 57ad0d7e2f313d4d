/**
 * Every function the Apps Script runtime calls by name, and nothing else: menu items,
 * custom functions, trigger handlers and the sidebar's server API. The build turns this
 * list into top-level wrappers (tools/build.ts); a name missing here is unreachable.
 */
import {entry} from './entry-point';
import {onInstall, onOpen} from './usecases/menu';

export const entryPoints = {
  // Menu and set-up
  onOpen: entry(onOpen, ['e']),
  onInstall: entry(onInstall, ['e']),
  // Grades: custom functions and refresh
  // Counter: the sidebar's server API
  // Reminders: the daily trigger and its menu items
};

export type EntryPoints = typeof entryPoints;
