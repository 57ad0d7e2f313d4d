/**
 * The shop's tabs and columns. Tabs and columns are found by any of their names in the
 * three languages (plus aliases owners and cash-register exports use), never by position,
 * so an owner can rename to another language, reorder, or add columns of their own.
 * Each tab is defined in a module of its own (schema-customers.ts, schema-sales.ts, …);
 * option sets are in schema-options.ts and the matching by name in schema-labels.ts.
 * This module keeps the shared types and TABS, the tabs Set up shop creates.
 */
import {Texts} from '../domain/i18n';
import {CONTACTS} from './schema-contacts';
import {CUSTOMERS} from './schema-customers';
import {FEEDBACK} from './schema-feedback';
import {POINTS_LEDGER, STORED_LEDGER} from './schema-loyalty';
import {PROMOTIONS} from './schema-promotions';
import {ERASURE_LOG, PRIVACY_LOG} from './schema-privacy';
import {SALES} from './schema-sales';
import {SETTINGS} from './schema-settings-tab';
import {TIER_LOG, TIERS} from './schema-tiers';

export type TabKey =
  | 'customers'
  | 'sales'
  | 'feedback'
  | 'contacts'
  | 'settings'
  | 'reminderLog'
  | 'points'
  | 'stored'
  | 'promotions'
  | 'somethingNew'
  | 'privacyLog'
  | 'erasureLog'
  | 'tiers'
  | 'tierLog'
  | 'salesHistory';

export type ColumnKind =
  | 'text' // stays text: written with a leading apostrophe when it could be read as a formula
  | 'key' // a customer key: phone numbers may arrive as numbers
  | 'date'
  | 'datetime'
  | 'number'
  | 'money'
  | 'boolean'
  | 'enum'
  | 'formula'; // filled by a formula Shuke writes (grades and companions)

export interface ColumnDef {
  key: string;
  names: Texts;
  /** More headers recognised for this column (any language, any case). */
  aliases?: readonly string[];
  kind: ColumnKind;
  /** For kind 'enum': the option set in OPTIONS. */
  options?: OptionSetKey;
  /** Column width in pixels when Shuke creates the column. */
  width?: number;
}

export interface TabDef {
  key: TabKey;
  names: Texts;
  aliases?: readonly string[];
  columns: readonly ColumnDef[];
}

export type OptionSetKey =
  | 'payment'
  | 'feedbackType'
  | 'feedbackStatus'
  | 'channel'
  | 'consent'
  | 'birthdayKind'
  | 'pointsReason'
  | 'storedReason';

export interface OptionDef {
  key: string;
  names: Texts;
  aliases?: readonly string[];
}

export const TABS: readonly TabDef[] = [
  CUSTOMERS,
  SALES,
  FEEDBACK,
  CONTACTS,
  SETTINGS,
  POINTS_LEDGER,
  STORED_LEDGER,
  PROMOTIONS,
  PRIVACY_LOG,
  ERASURE_LOG,
  TIERS,
  TIER_LOG,
];

// Importable from here too, as before the tabs had modules of their own: code of the
// counter, loyalty and import imports them from this module.
export {CONTACTS, CUSTOMERS, FEEDBACK, SALES, SETTINGS};
export {OPTIONS, optionLabel, parseOption} from './schema-options';
export {
  columnName,
  findColumn,
  normaliseLabel,
  tabMatches,
} from './schema-labels';
