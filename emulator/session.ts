/**
 * Session. The user's locale and the script's time zone need no authorisation; the user's
 * email needs the userinfo.email scope, which a manifest with explicit oauthScopes must
 * list, so calling it without that scope throws like any unlisted service.
 */
import {Runtime, SCOPES} from './runtime';

export interface SessionInfo {
  userEmail: string;
  userLocale: string;
  scriptTimeZone: string;
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

  getActiveUser(): User {
    this.rt.guard('Session', 'getActiveUser', 'auth', SCOPES.userEmail);
    return new User(this.info.userEmail);
  }
  getEffectiveUser(): User {
    this.rt.guard('Session', 'getEffectiveUser', 'auth', SCOPES.userEmail);
    return new User(this.info.userEmail);
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
