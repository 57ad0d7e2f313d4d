/**
 * A shop whose phone project is deployed: the add-on set the book up (its own narrow
 * scopes), then the phone project's manifest (phone/appsscript.json) governs the scopes
 * and the web app's access. One emulator stands for both projects; the Script property
 * SHUKE_SPREADSHEET_ID is the phone project's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {createEmulator, WebAppConfig} from '../../emulator';

export const ROOT = path.resolve(__dirname, '../..');
export const CODE = path.join(ROOT, 'dist-phone/Code.js');
export const PHONE_MANIFEST = path.join(ROOT, 'phone/appsscript.json');
export const OWNER = 'owner@example.com';

export function phoneShop(
  o: {
    locale?: string;
    userLocale?: string;
    connect?: boolean;
    webapp?: WebAppConfig;
    owner?: string;
  } = {},
) {
  const emu = createEmulator({
    locale: o.locale ?? 'zh_CN',
    userLocale: o.userLocale,
    timeZone: 'Asia/Shanghai',
    now: '2026-03-10T06:00:00Z',
    userEmail: o.owner ?? OWNER,
    manifest: PHONE_MANIFEST,
    htmlDir: path.join(ROOT, 'dist-phone'),
  });
  const phoneScopes = emu.rt.scopes;
  // Set up by the add-on, with the add-on's manifest.
  emu.rt.scopes = new Set(
    (
      JSON.parse(
        fs.readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8'),
      ) as {oauthScopes: string[]}
    ).oauthScopes,
  );
  const app = emu.loadBundle(CODE);
  app.call('setUpShop', []);
  emu.rt.scopes = phoneScopes;
  if (o.connect !== false)
    emu.properties.script.SHUKE_SPREADSHEET_ID = emu.workbook.id;
  const web = emu.webApp(o.webapp);
  return {emu, app, web};
}

export function sale(requestId: string, over: Record<string, unknown> = {}) {
  return {
    requestId,
    customerId: null,
    newCustomer: {name: '王芳', phone: '13800138000'},
    items: '奶茶',
    amount: '18',
    payment: 'wechat',
    note: '',
    ...over,
  };
}
