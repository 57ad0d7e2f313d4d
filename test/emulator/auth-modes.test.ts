/**
 * Authorisation modes.
 * Docs: ScriptApp.AuthMode (developers.google.com/apps-script/reference/script/auth-mode):
 * NONE "does not allow access to any services that require authorization" (onOpen of an
 * add-on not yet used in this document; menus still work, per the example on that page:
 * "Add a normal menu item (works in all authorization modes)" while document properties
 * "doesn't work in AuthMode.NONE"); LIMITED "allows access to a limited subset of
 * services" (the bound document, menus); FULL all services. And the manifest guide
 * (appsscript.json "oauthScopes"): with explicit scopes, nothing beyond them is granted.
 */
import {createEmulator, MSG} from '../../emulator';

const CURRENT = 'https://www.googleapis.com/auth/spreadsheets.currentonly';

test('AuthMode.NONE: menus can be built, nothing else', () => {
  const emu = createEmulator();
  const {SpreadsheetApp, PropertiesService, MailApp, Session, ScriptApp} =
    emu.globals;
  emu.run(
    () => {
      const menu = SpreadsheetApp.getUi().createAddonMenu();
      menu
        .addItem('Open counter', 'openCounter')
        .addSeparator()
        .addItem('Set up shop', 'setUpShop')
        .addToUi();
      expect(Session.getActiveUserLocale()).toBe('en_US');
      expect(ScriptApp.AuthMode.NONE).toBe('NONE');
      expect(() => SpreadsheetApp.getActiveSpreadsheet()).toThrow(
        MSG.noPermissionScoped('SpreadsheetApp.getActiveSpreadsheet', CURRENT),
      );
      expect(() => PropertiesService.getDocumentProperties()).toThrow(
        MSG.noPermission('PropertiesService.getDocumentProperties'),
      );
      expect(() => MailApp.getRemainingDailyQuota()).toThrow(
        /You do not have permission to call MailApp.getRemainingDailyQuota/,
      );
      expect(() => Session.getActiveUser()).toThrow(
        /You do not have permission to call Session.getActiveUser/,
      );
      expect(() =>
        SpreadsheetApp.getUi().showSidebar(
          emu.globals.HtmlService.createHtmlOutput('x'),
        ),
      ).toThrow(/You do not have permission to call Ui.showSidebar/);
    },
    {authMode: 'NONE'},
  );
  expect(emu.ui.addonMenu).toEqual({
    title: 'Shuke',
    addon: true,
    items: [
      {caption: 'Open counter', functionName: 'openCounter'},
      {separator: true},
      {caption: 'Set up shop', functionName: 'setUpShop'},
    ],
  });
});

test('AuthMode.LIMITED: the document, properties and toasts, but no mail, triggers or sidebars', () => {
  const emu = createEmulator();
  const {SpreadsheetApp, PropertiesService, MailApp, ScriptApp} = emu.globals;
  emu.run(
    () => {
      expect(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale()).toBe(
        'en_US',
      );
      PropertiesService.getDocumentProperties().setProperty('k', 'v');
      expect(() => MailApp.sendEmail('a@example.com', 's', 'b')).toThrow(
        /You do not have permission to call MailApp.sendEmail/,
      );
      SpreadsheetApp.getActiveSpreadsheet().toast('Saved');
      expect(() =>
        SpreadsheetApp.getUi().showSidebar(
          emu.globals.HtmlService.createHtmlOutput('x'),
        ),
      ).toThrow(/You do not have permission to call Ui.showSidebar/);
      expect(() => ScriptApp.newTrigger('daily')).toThrow(
        /You do not have permission to call ScriptApp.newTrigger/,
      );
    },
    {authMode: 'LIMITED'},
  );
});

test('FULL: only the scopes appsscript.json lists (currentonly cannot open files by id)', () => {
  const emu = createEmulator({
    scopes: [CURRENT, 'https://www.googleapis.com/auth/script.send_mail'],
  });
  const {SpreadsheetApp, MailApp, ScriptApp, Session} = emu.globals;
  emu.run(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    expect(() => SpreadsheetApp.openById(ss.getId())).toThrow(
      MSG.noPermissionScoped(
        'SpreadsheetApp.openById',
        'https://www.googleapis.com/auth/spreadsheets',
      ),
    );
    expect(() => ScriptApp.getProjectTriggers()).toThrow(
      /Required permissions: https:\/\/www.googleapis.com\/auth\/script.scriptapp/,
    );
    expect(() => Session.getActiveUser().getEmail()).toThrow(/userinfo.email/);
    MailApp.sendEmail('a@example.com', 's', 'b');
  });
  expect(emu.outbox).toHaveLength(1);
});

test("the project's own appsscript.json is read by default", () => {
  const emu = createEmulator();
  // The manifest lists spreadsheets.currentonly, not spreadsheets.
  expect(() =>
    emu.run(() => emu.globals.SpreadsheetApp.openById(emu.workbook.id)),
  ).toThrow(/Required permissions/);
  const open = createEmulator({scopes: 'all'});
  expect(
    open.run(() =>
      open.globals.SpreadsheetApp.openById(open.workbook.id).getId(),
    ),
  ).toBe(open.workbook.id);
});

test('time-based triggers have no user interface', () => {
  const emu = createEmulator();
  expect(() =>
    emu.run(() => emu.globals.SpreadsheetApp.getUi(), {trigger: true}),
  ).toThrow(MSG.uiContext('SpreadsheetApp.getUi()'));
  expect(() =>
    emu.run(() => emu.globals.Session.getActiveUserLocale(), {trigger: true}),
  ).not.toThrow();
});
