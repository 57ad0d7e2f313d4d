/**
 * Who made a change, for the ledgers' Who, the void mark and the privacy logs' By: the
 * staff name set on the device, else the Google account at the keyboard. A log line
 * with a blank Who cannot be explained to a customer when something was known.
 *
 * The account: Session.getActiveUser().getEmail() "returns a blank string" when
 * "security policies do not allow access to the user's email address" (Class User,
 * https://developers.google.com/apps-script/reference/base/user), typically a consumer
 * account using another account's sheet. Then Session.getEffectiveUser(): in the
 * sidebar the script runs as that same person, so it names them where Google allows.
 * The docs do not say when getEffectiveUser is blank there; both blank leaves '' (the
 * row is still written: who did it is a courtesy, the change is the record). Needs
 * the userinfo.email scope, which the manifest asks for; any throw counts as unknown.
 */
export function accountEmail(): string {
  for (const user of [
    () => Session.getActiveUser(),
    () => Session.getEffectiveUser(),
  ]) {
    try {
      const email = user().getEmail();
      if (typeof email === 'string' && email.trim() !== '') return email.trim();
    } catch {
      // Unknown here; the next, or ''.
    }
  }
  return '';
}

/** The staff name as sent (trimmed, at most `max`), else the account. */
export function whoDid(staff: unknown, max: number): string {
  const typed =
    typeof staff === 'string'
      ? staff.normalize('NFC').trim().slice(0, max)
      : '';
  return typed !== '' ? typed : accountEmail().slice(0, max);
}
