/**
 * Protected sheets (SpreadsheetApp Protection class reference:
 * developers.google.com/apps-script/reference/spreadsheet/protection; Sheet.protect).
 *
 * - `sheet.protect()` makes a protection whose editors mirror the spreadsheet's until the
 *   script changes the list (Range.protect / Sheet.protect reference): nothing is refused
 *   until `removeEditors` or `setDomainEdit(false)` narrows it.
 * - A narrowed protection refuses a write by anyone but its editors and the owner, with
 *   Sheets' message "You are trying to edit a protected cell or object…".
 * - `setWarningOnly(true)` lets everyone edit after a warning, and its editors are
 *   ignored (Sheets API ProtectedRange.warningOnly: "every user can edit data in the
 *   protected range, except editing will prompt a warning"). The warning is a dialog
 *   for people at the sheet; the docs are silent on scripts, so a script's write passes
 *   here, and code that relies on a warning must not rely on a script being stopped.
 */
import {SheetsHost} from './host';
import {SheetData} from './model';
import {Need} from './runtime';

export interface ProtectionData {
  id: number;
  sheetId: number;
  description: string;
  warningOnly: boolean;
  /** null: the spreadsheet's editors (never narrowed). */
  editors: string[] | null;
}

export const PROTECTED_EDIT =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export const PROTECTION_TYPE = {RANGE: 'RANGE', SHEET: 'SHEET'} as const;

/** The account running the script now and the file's owner (index.ts fills these). */
export interface People {
  user(): string;
  owner(): string;
}

/** Throws Sheets' refusal when the current user may not write to `sheet`. */
export function checkProtectedWrite(
  host: SheetsHost,
  sheet: SheetData,
  people: People | undefined,
): void {
  if (!people) return;
  const list = host.wb.protections;
  if (!list.length) return;
  const user = people.user().toLowerCase();
  if (user === people.owner().toLowerCase()) return;
  for (const p of list) {
    if (p.sheetId !== sheet.id || p.warningOnly || p.editors === null) continue;
    if (!p.editors.some(e => e.toLowerCase() === user)) {
      throw host.rt.error(PROTECTED_EDIT);
    }
  }
}

export class User {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
}

function emailOf(u: unknown): string {
  if (u && typeof u === 'object' && 'getEmail' in u) {
    return String((u as {getEmail(): unknown}).getEmail());
  }
  return String(u);
}

export class Protection {
  constructor(
    private readonly host: SheetsHost,
    readonly data: ProtectionData,
    private readonly people: People | undefined,
    private readonly sheetView: () => unknown,
  ) {}

  private g(method: string, need: Need = 'read'): void {
    this.host.rt.guard('Protection', method, need);
  }

  getProtectionType(): string {
    this.g('getProtectionType');
    return PROTECTION_TYPE.SHEET;
  }
  getDescription(): string {
    this.g('getDescription');
    return this.data.description;
  }
  setDescription(description: string): Protection {
    this.g('setDescription', 'write');
    this.data.description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    this.g('isWarningOnly');
    return this.data.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): Protection {
    this.g('setWarningOnly', 'write');
    this.data.warningOnly = !!warningOnly;
    return this;
  }
  getEditors(): User[] {
    this.g('getEditors');
    const owner = this.people?.owner() ?? '';
    const list = this.data.editors ?? this.host.wb.editors ?? [owner];
    return [...new Set([owner, ...list].filter(Boolean))].map(e => new User(e));
  }
  addEditor(user: unknown): Protection {
    this.g('addEditor', 'write');
    const e = emailOf(user);
    const list = this.data.editors ?? [...(this.host.wb.editors ?? [])];
    if (!list.includes(e)) list.push(e);
    this.data.editors = list;
    return this;
  }
  removeEditors(users: unknown[]): Protection {
    this.g('removeEditors', 'write');
    const drop = new Set((users ?? []).map(emailOf));
    const list = this.data.editors ?? [...(this.host.wb.editors ?? [])];
    // The owner can never be removed (Protection reference, removeEditors).
    const owner = this.people?.owner();
    this.data.editors = list.filter(e => !drop.has(e) || e === owner);
    return this;
  }
  canEdit(): boolean {
    this.g('canEdit');
    const user = this.people?.user() ?? '';
    if (!this.people || user === this.people.owner()) return true;
    if (this.data.warningOnly || this.data.editors === null) return true;
    return this.data.editors.includes(user);
  }
  canDomainEdit(): boolean {
    this.g('canDomainEdit');
    return false;
  }
  setDomainEdit(editable: boolean): Protection {
    this.g('setDomainEdit', 'write');
    void editable;
    return this;
  }
  getRange(): unknown {
    this.g('getRange');
    return (this.sheetView() as {getDataRange(): unknown}).getDataRange();
  }
  remove(): void {
    this.g('remove', 'write');
    if (!this.canEditQuiet()) throw this.host.rt.error(PROTECTED_EDIT);
    const list = this.host.wb.protections;
    const i = list.indexOf(this.data);
    if (i >= 0) list.splice(i, 1);
  }
  private canEditQuiet(): boolean {
    const user = this.people?.user() ?? '';
    if (!this.people || user === this.people.owner()) return true;
    return this.data.editors === null || this.data.editors.includes(user);
  }
}
