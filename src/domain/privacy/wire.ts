/**
 * What crosses google.script.run for a customer's rights (plain JSON, as
 * domain/counter/wire.ts explains).
 */
import type {ConsentHow, ConsentPurpose, ConsentStatus} from './consent';

/** The card's part: their consent now, and whether they are past the retention period. */
export interface CardPrivacy {
  email: ConsentStatus | null;
  messages: ConsentStatus | null;
  /** When their consent was last recorded ('YYYY-MM-DD'), '' when never. */
  recordedOn: string;
  /** Past Settings' retention period and not kept with a reason. */
  pastRetention: boolean;
}

export interface CustomerExport {
  /** e.g. "熟客-张三-2025-03-05.csv": the name the download gets. */
  fileName: string;
  csv: string;
  /** Rows per tab, in the book's tab names. */
  tabs: Array<{tab: string; rows: number}>;
}

/** What an erasure would do, for the confirmation (tab names as in the book). */
export interface ErasurePreview {
  name: string;
  /** Rows removed per tab. */
  removed: Array<{tab: string; rows: number}>;
  /** Rows kept for the shop's accounts, the link to the customer removed. */
  unlinked: Array<{tab: string; rows: number}>;
  /** Cells elsewhere that mention them, cleared of it. */
  mentions: number;
  /** Their name is another customer's too: mentions of the name are left. */
  nameShared: boolean;
  /**
   * Set where erasing cannot be done (the phone page): where to do it instead, in the
   * viewer's language, shown in place of the button that would only be refused.
   */
  atDesk?: string;
}

export interface EraseRequest {
  requestId: string;
  customerId: string;
  /** Who erases: the device's staff name, or ''. */
  by: string;
}

export interface EraseDone {
  rows: number;
}

export interface ConsentRequest {
  requestId: string;
  customerId: string;
  status: ConsentStatus;
  how: ConsentHow;
  purposes: ConsentPurpose[];
  by: string;
}

export interface ConsentDone {
  status: ConsentStatus;
  purposes: ConsentPurpose[];
}

/** Fields a customer may have corrected; absent ones stay. */
export interface CorrectionFields {
  name?: string;
  phone?: string;
  email?: string;
  wechat?: string;
  preferences?: string;
  family?: string;
  notes?: string;
}

export interface CorrectRequest {
  requestId: string;
  customerId: string;
  fields: CorrectionFields;
  by: string;
}

export interface CorrectDone {
  /** The fields changed, by key. */
  changed: string[];
  /** Their key after the change (the phone, for a customer known by it). */
  customerId: string;
}

export interface KeepRequest {
  requestId: string;
  customerId: string;
  reason: string;
  by: string;
}
