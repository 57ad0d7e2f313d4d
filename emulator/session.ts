/**
 * Session. The user's locale and the script's time zone need no authorisation; the user's
 * email needs the userinfo.email scope, which a manifest with explicit oauthScopes must
 * list, so calling it without that scope throws like any unlisted service.
 */
import * as fs from 'node:fs';
import type {CustomFunctionDates} from './formulas';
import {Runtime, SCOPES} from './runtime';
import {isValidTimeZone} from './zoned';

export interface SessionInfo {
  userEmail: string;
  userLocale: string;
  /**
   * The script's time zone: appsscript.json's `timeZone` (Manifest structure, "timeZone:
   * the script time zone"), which may differ from the spreadsheet's. Session reference,
   * getScriptTimeZone: "spreadsheets have a separate time zone ... Spreadsheet time zones
   * that differ from the script time zone are a frequent source of scripting bugs."
   */
  scriptTimeZone: string;
  /** How Date cells cross into custom functions (see formulas.ts). */
  customFunctionDates: CustomFunctionDates;
  /**
   * Google withholds the user at the keyboard: User.getEmail "returns a blank string"
   * when "security policies do not allow access to the user's email address" (Class
   * User, https://developers.google.com/apps-script/reference/base/user), e.g. a
   * consumer account in another account's sheet. getEffectiveUser still answers.
   */
  activeUserWithheld?: boolean;
}

/** The `timeZone` of a manifest file, or null when the file or the field is missing. */
export function manifestTimeZone(file: string): string | null {
  if (!fs.existsSync(file)) return null;
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    timeZone?: unknown;
  };
  const tz = json.timeZone;
  if (tz === undefined) return null;
  if (typeof tz !== 'string' || !isValidTimeZone(tz)) {
    throw new Error(`${file}: timeZone is not a time zone: ${String(tz)}`);
  }
  return tz;
}

class User {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
}

export class Session {
  constructor(
    private readonly rt: Runtime,
    private readonly info: SessionInfo,
  ) {}

  /** In a web app: the visitor, or '' where Google withholds the identity (webapp.ts). */
  getActiveUser(): User {
    this.rt.guard('Session', 'getActiveUser', 'auth', SCOPES.userEmail);
    const web = this.rt.execution.webApp;
    if (web) return new User(web.active);
    return new User(this.info.activeUserWithheld ? '' : this.info.userEmail);
  }
  /** In a web app "executed as me", the developer (Session reference, getEffectiveUser). */
  getEffectiveUser(): User {
    this.rt.guard('Session', 'getEffectiveUser', 'auth', SCOPES.userEmail);
    const web = this.rt.execution.webApp;
    return new User(web ? web.effective : this.info.userEmail);
  }
  getActiveUserLocale(): string {
    this.rt.guard('Session', 'getActiveUserLocale', 'free');
    return this.info.userLocale;
  }
  getScriptTimeZone(): string {
    this.rt.guard('Session', 'getScriptTimeZone', 'free');
    return this.info.scriptTimeZone;
  }
  getTemporaryActiveUserKey(): string {
    this.rt.guard('Session', 'getTemporaryActiveUserKey', 'read');
    return Buffer.from(this.info.userEmail).toString('base64url');
  }
}
