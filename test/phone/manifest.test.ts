/**
 * The phone project's manifest: only myself, executed as the owner, by default; the
 * build refuses anonymous access and a manifest without the scope openById needs.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {checkPhoneManifest} from '../../tools/phone-manifest';

const FILE = path.resolve(__dirname, '../../phone/appsscript.json');

describe('phone/appsscript.json', () => {
  const text = fs.readFileSync(FILE, 'utf8');
  const json = JSON.parse(text) as {
    webapp: {access: string; executeAs: string};
    oauthScopes: string[];
  };

  it('is opened by the owner only, run as the owner, with the two scopes the page needs', () => {
    expect(json.webapp).toEqual({
      executeAs: 'USER_DEPLOYING',
      access: 'MYSELF',
    });
    expect(json.oauthScopes.sort()).toEqual([
      'https://www.googleapis.com/auth/spreadsheets',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
    expect(() => checkPhoneManifest(text, FILE)).not.toThrow();
  });

  it('is refused by the build when open to anonymous visitors or missing the spreadsheets scope', () => {
    const anon = {
      ...json,
      webapp: {...json.webapp, access: 'ANYONE_ANONYMOUS'},
    };
    expect(() => checkPhoneManifest(JSON.stringify(anon), FILE)).toThrow(
      /anonymous/,
    );
    const narrow = {
      ...json,
      oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'],
    };
    expect(() => checkPhoneManifest(JSON.stringify(narrow), FILE)).toThrow(
      /spreadsheets scope/,
    );
    const {webapp, ...none} = json;
    void webapp;
    expect(() => checkPhoneManifest(JSON.stringify(none), FILE)).toThrow(
      /no webapp/,
    );
  });

  it('the add-on keeps its narrow scopes: no web app, no full spreadsheets scope', () => {
    const addon = JSON.parse(
      fs.readFileSync(path.resolve(__dirname, '../../appsscript.json'), 'utf8'),
    ) as {webapp?: unknown; oauthScopes: string[]};
    expect(addon.webapp).toBeUndefined();
    expect(addon.oauthScopes).not.toContain(
      'https://www.googleapis.com/auth/spreadsheets',
    );
  });
});
