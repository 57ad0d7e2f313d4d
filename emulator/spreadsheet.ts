/** SpreadsheetApp and Spreadsheet over the in-memory workbook. */
import {Protection, PROTECTION_TYPE} from './protection';
import {nullInWebApp} from './null-in-web-app';
import {parseA1} from './a1';
import {checkCellCap, NEW_TAB_CELLS} from './cell-cap';
import {ConditionalFormatRuleBuilder} from './conditional';
import {MSG} from './errors';
import {SheetsHost} from './host';
import {Range} from './range';
import {Need, SCOPES} from './runtime';
import {Sheet} from './sheet';
import {Ui, UiState} from './ui';
import {DataValidationBuilder} from './validation-builder';
import {CRITERIA_TYPES} from './validation';
import {isValidTimeZone} from './zoned';
import {workbookUndo} from './journal';

export class Spreadsheet {
  constructor(private readonly host: SheetsHost) {}

  private g(method: string, need: Need = 'read'): void {
    this.host.rt.guard('Spreadsheet', method, need);
    // Batched until flush or the end of the execution (runtime.ts).
    if (need === 'write')
      this.host.rt.journal(() => workbookUndo(this.host.wb));
  }
  private err(message: string): Error {
    return this.host.rt.error(message);
  }
  private view(data = this.host.wb.sheets[0]): Sheet {
    return new Sheet(this.host, data, () => new Spreadsheet(this.host));
  }

  getId(): string {
    this.g('getId');
    return this.host.wb.id;
  }
  getName(): string {
    this.g('getName');
    return this.host.wb.name;
  }
  rename(newName: string): void {
    this.g('rename', 'write');
    this.host.wb.name = String(newName);
  }
  getUrl(): string {
    this.g('getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.host.wb.id}/edit`;
  }
  getSpreadsheetLocale(): string {
    this.g('getSpreadsheetLocale');
    return this.host.wb.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.g('setSpreadsheetLocale', 'write');
    this.host.wb.locale = String(locale);
  }
  getSpreadsheetTimeZone(): string {
    this.g('getSpreadsheetTimeZone');
    return this.host.wb.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.g('setSpreadsheetTimeZone', 'write');
    if (!isValidTimeZone(timezone))
      throw this.err(MSG.invalidArgument('timezone'));
    this.host.wb.timeZone = timezone;
  }
  /** Protections of every sheet (Spreadsheet.getProtections; sheets only here). */
  getProtections(type: string): Protection[] {
    this.g('getProtections');
    if (type !== PROTECTION_TYPE.SHEET) return [];
    return this.host.wb.protections.flatMap(p => {
      const data = this.host.wb.sheets.find(s => s.id === p.sheetId);
      if (!data) return [];
      const sheet = this.view(data);
      return [new Protection(this.host, p, this.host.people, () => sheet)];
    });
  }
  getSheets(): Sheet[] {
    this.g('getSheets');
    return this.host.wb.sheets.map(s => this.view(s));
  }
  getNumSheets(): number {
    this.g('getNumSheets');
    return this.host.wb.sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    this.g('getSheetByName');
    const s = this.host.wb.sheetByName(String(name));
    return s ? this.view(s) : null;
  }
  getSheetById(id: number): Sheet | null {
    this.g('getSheetById');
    const s = this.host.wb.sheets.find(x => x.id === id);
    return s ? this.view(s) : null;
  }
  getActiveSheet(): Sheet {
    this.g('getActiveSheet');
    const wb = this.host.wb;
    return this.view(wb.sheets[wb.activeIndex] ?? wb.sheets[0]);
  }
  setActiveSheet(sheet: Sheet): Sheet {
    this.g('setActiveSheet');
    this.host.wb.activeIndex = Math.max(
      0,
      this.host.wb.sheets.indexOf(sheet.data),
    );
    return sheet;
  }
  insertSheet(a?: string | number, b?: number): Sheet {
    this.g('insertSheet', 'write');
    const wb = this.host.wb;
    let name: string;
    let index: number | undefined;
    if (typeof a === 'number') {
      index = a;
      name = '';
    } else {
      name = a === undefined ? '' : String(a);
      index = b;
    }
    if (!name) {
      let n = wb.sheets.length + 1;
      while (wb.sheets.some(s => s.name.toLowerCase() === `sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (name.length > 100) throw this.err(MSG.invalidArgument('sheetName'));
    if (wb.sheets.some(s => s.name.toLowerCase() === name.toLowerCase())) {
      throw this.err(MSG.sheetExists(name));
    }
    checkCellCap(this.host, NEW_TAB_CELLS);
    const data = wb.addSheet(name, index);
    wb.activeIndex = wb.sheets.indexOf(data);
    return this.view(data);
  }
  deleteSheet(sheet: Sheet): void {
    this.g('deleteSheet', 'write');
    const wb = this.host.wb;
    if (wb.sheets.length === 1) {
      throw this.err("You can't remove all the sheets in a document.");
    }
    wb.sheets = wb.sheets.filter(s => s !== sheet.data);
    wb.activeIndex = 0;
    wb.touch();
  }
  getRange(a1Notation: string): Range {
    this.g('getRange');
    const a1 = parseA1(String(a1Notation));
    if (!a1) throw this.err('Range not found');
    const wb = this.host.wb;
    const data =
      a1.sheet === undefined
        ? wb.sheets[wb.activeIndex]
        : wb.sheetByName(a1.sheet);
    if (!data) throw this.err('Range not found');
    const r2 = a1.openRows ? data.maxRows : a1.endRow!;
    const c2 = a1.openCols ? data.maxCols : a1.endCol!;
    if (r2 > data.maxRows || c2 > data.maxCols)
      throw this.err(MSG.rangeOutside);
    return this.view(data).rangeAt(
      a1.row,
      a1.col,
      r2 - a1.row + 1,
      c2 - a1.col + 1,
    );
  }
  getDataRange(): Range {
    this.g('getDataRange');
    return this.getActiveSheet().getDataRange();
  }
  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    // A toast is part of the document's UI: simple triggers (onEdit) show them too.
    this.g('toast', 'write');
    this.host.toast(
      String(msg),
      title === undefined ? '' : String(title),
      timeoutSeconds ?? 5,
    );
  }
}

/** The SpreadsheetApp global. */
export class SpreadsheetAppImpl {
  readonly DataValidationCriteria = Object.fromEntries(
    CRITERIA_TYPES.map(t => [t, t]),
  );
  readonly ProtectionType = PROTECTION_TYPE;
  readonly WrapStrategy = {WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP'};
  readonly BorderStyle = {
    DOTTED: 'DOTTED',
    DASHED: 'DASHED',
    SOLID: 'SOLID',
    SOLID_MEDIUM: 'SOLID_MEDIUM',
    SOLID_THICK: 'SOLID_THICK',
    DOUBLE: 'DOUBLE',
  };
  readonly BooleanCriteria = {
    CELL_EMPTY: 'CELL_EMPTY',
    CELL_NOT_EMPTY: 'CELL_NOT_EMPTY',
    CUSTOM_FORMULA: 'CUSTOM_FORMULA',
    TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
    TEXT_CONTAINS: 'TEXT_CONTAINS',
  };

  constructor(
    private readonly host: SheetsHost,
    private readonly uiState: UiState,
    private readonly addonName: string,
  ) {}

  private g(method: string, need: Need = 'read', scope?: string): void {
    this.host.rt.guard('SpreadsheetApp', method, need, scope);
  }

  /**
   * A web app is a standalone script: "returns null if there is no active spreadsheet"
   * (SpreadsheetApp.getActiveSpreadsheet reference; Web Apps guide).
   */
  getActiveSpreadsheet(): Spreadsheet {
    this.g('getActiveSpreadsheet', 'read', SCOPES.currentSpreadsheet);
    if (this.host.rt.execution.webApp) return nullInWebApp();
    return new Spreadsheet(this.host);
  }
  getActive(): Spreadsheet {
    this.g('getActive', 'read', SCOPES.currentSpreadsheet);
    return new Spreadsheet(this.host);
  }
  getActiveSheet(): Sheet {
    this.g('getActiveSheet', 'read', SCOPES.currentSpreadsheet);
    const wb = this.host.wb;
    return new Sheet(
      this.host,
      wb.sheets[wb.activeIndex] ?? wb.sheets[0],
      () => new Spreadsheet(this.host),
    );
  }
  /** Opening any file by id needs the full spreadsheets scope, even this one's id. */
  openById(id: string): Spreadsheet {
    this.g('openById', 'auth', SCOPES.spreadsheets);
    if (id !== this.host.wb.id) {
      throw this.host.rt.error(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    }
    this.checkShared();
    return new Spreadsheet(this.host);
  }
  /**
   * A script runs with its effective user's rights: a file not shared with them can't be
   * opened (wording Google's; no reference page quotes it).
   */
  private checkShared(): void {
    const editors = this.host.wb.editors;
    const ex = this.host.rt.execution;
    const who = ex.webApp ? ex.webApp.effective : undefined;
    if (editors && who !== undefined && !editors.includes(who)) {
      throw this.host.rt.error(
        'You do not have permission to access the requested document.',
      );
    }
  }
  openByUrl(url: string): Spreadsheet {
    this.g('openByUrl', 'auth', SCOPES.spreadsheets);
    if (!String(url).includes(this.host.wb.id)) {
      throw this.host.rt.error(
        'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
      );
    }
    return new Spreadsheet(this.host);
  }
  create(name: string): never {
    this.g('create', 'auth', SCOPES.spreadsheets);
    throw this.host.rt.error(
      `The emulator holds one spreadsheet; create(${JSON.stringify(name)}) is not emulated.`,
    );
  }
  /** Custom functions and triggers have no user interface. */
  getUi(): Ui {
    const ex = this.host.rt.execution;
    if (ex.customFunction || ex.trigger || ex.webApp) {
      throw this.host.rt.error(MSG.uiContext('SpreadsheetApp.getUi()'));
    }
    this.g('getUi', 'menu');
    return new Ui(this.host.rt, this.uiState, this.addonName);
  }
  /**
   * Applies the pending writes: after it, a killed execution no longer loses them
   * (SpreadsheetApp.flush reference; the Lock reference asks for it before releaseLock).
   */
  flush(): void {
    this.g('flush', 'free');
    this.host.rt.flush();
  }
  newDataValidation(): DataValidationBuilder {
    this.g('newDataValidation', 'free');
    return new DataValidationBuilder(this.host.rt);
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    this.g('newConditionalFormatRule', 'free');
    return new ConditionalFormatRuleBuilder(this.host.rt);
  }
}
