/**
 * The emulator's web app (emulator/webapp.ts) fails where Google's does. Sources:
 * - Web apps and API executables manifest resource
 *   (developers.google.com/apps-script/manifest/web-app-api-executable): access MYSELF
 *   ("only the user who deployed the app"), DOMAIN, ANYONE ("any user who is logged in"),
 *   ANYONE_ANONYMOUS; executeAs USER_ACCESSING / USER_DEPLOYING.
 * - User reference, getEmail: blank "in any context that allows a script to run without
 *   that user's authorization, like ... a web app deployed to 'execute as me'".
 * - Session reference, getEffectiveUser: the developer for a web app set to execute as me.
 * - LockService reference, getDocumentLock: null "from a standalone script or webapp";
 *   CacheService and PropertiesService: document stores are null without a container.
 * - SpreadsheetApp.getActiveSpreadsheet: null when there is no active spreadsheet.
 * - HtmlOutput reference, addMetaTag: only viewport, apple-mobile-web-app-capable and
 *   mobile-web-app-capable.
 */
import {createEmulator} from '../../emulator';
import {googleRefusal, webAppIdentity} from '../../emulator/webapp';

const OWNER = 'owner@gmail.com';

describe('a web app on the emulator', () => {
  it('has no containing document: active spreadsheet, document lock, cache and properties are null; no UI', () => {
    const emu = createEmulator({scopes: 'all', userEmail: OWNER});
    const g = emu.globals;
    const web = {active: OWNER, effective: OWNER};
    emu.run(
      () => {
        expect(g.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
        expect(g.LockService.getDocumentLock()).toBeNull();
        expect(g.CacheService.getDocumentCache()).toBeNull();
        expect(g.PropertiesService.getDocumentProperties()).toBeNull();
        expect(g.LockService.getScriptLock()).not.toBeNull();
        expect(() => g.SpreadsheetApp.getUi()).toThrow(/from this context/);
        expect(g.SpreadsheetApp.openById(emu.workbook.id)).not.toBeNull();
      },
      {webApp: web},
    );
    // The same calls from a bound script still find the document.
    emu.run(() => {
      expect(g.SpreadsheetApp.getActiveSpreadsheet()).not.toBeNull();
      expect(g.LockService.getDocumentLock()).not.toBeNull();
    });
  });

  it('openById needs the spreadsheets scope, and the file shared with whom the app runs as', () => {
    const narrow = createEmulator({
      scopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'],
    });
    expect(() =>
      narrow.run(
        () => narrow.globals.SpreadsheetApp.openById(narrow.workbook.id),
        {
          webApp: {active: OWNER, effective: OWNER},
        },
      ),
    ).toThrow(/spreadsheets/);
    const emu = createEmulator({scopes: 'all'});
    emu.workbook.editors = [OWNER];
    expect(() =>
      emu.run(() => emu.globals.SpreadsheetApp.openById(emu.workbook.id), {
        webApp: {active: 'x@gmail.com', effective: 'x@gmail.com'},
      }),
    ).toThrow('You do not have permission to access the requested document.');
  });

  it('lets Google refuse by access before any code runs', () => {
    const me = {executeAs: 'USER_DEPLOYING', access: 'MYSELF'} as const;
    expect(googleRefusal(me, OWNER, OWNER)).toBeNull();
    expect(googleRefusal(me, OWNER, 'x@gmail.com')).toBe('you need access');
    const dom = {executeAs: 'USER_DEPLOYING', access: 'DOMAIN'} as const;
    expect(googleRefusal(dom, 'a@shop.example', 'b@shop.example')).toBeNull();
    expect(googleRefusal(dom, 'a@shop.example', 'b@gmail.com')).not.toBeNull();
    const any = {executeAs: 'USER_DEPLOYING', access: 'ANYONE'} as const;
    expect(googleRefusal(any, OWNER, '')).toBe('sign-in required');
    const anon = {
      executeAs: 'USER_DEPLOYING',
      access: 'ANYONE_ANONYMOUS',
    } as const;
    expect(googleRefusal(anon, OWNER, '')).toBeNull();
  });

  it("withholds the visitor's email from an app executed as me, except the developer and their Workspace domain", () => {
    const asMe = {executeAs: 'USER_DEPLOYING', access: 'ANYONE'} as const;
    expect(webAppIdentity(asMe, OWNER, 'x@gmail.com')).toEqual({
      active: '',
      effective: OWNER,
    });
    expect(webAppIdentity(asMe, OWNER, OWNER)).toEqual({
      active: OWNER,
      effective: OWNER,
    });
    expect(webAppIdentity(asMe, 'a@shop.example', 'b@shop.example')).toEqual({
      active: 'b@shop.example',
      effective: 'a@shop.example',
    });
    const asUser = {executeAs: 'USER_ACCESSING', access: 'ANYONE'} as const;
    expect(webAppIdentity(asUser, OWNER, 'x@gmail.com')).toEqual({
      active: 'x@gmail.com',
      effective: 'x@gmail.com',
    });
  });

  it('accepts only the meta tags HtmlOutput.addMetaTag allows', () => {
    const emu = createEmulator({scopes: 'all'});
    const h = emu.globals.HtmlService;
    emu.run(() => {
      const out = h.createHtmlOutput('<p>x</p>');
      out.addMetaTag('viewport', 'width=device-width, initial-scale=1');
      out.addMetaTag('mobile-web-app-capable', 'yes');
      expect(() => out.addMetaTag('description', 'x')).toThrow();
      expect(out.getMetaTags().map(m => m.name)).toEqual([
        'viewport',
        'mobile-web-app-capable',
      ]);
    });
  });
});
