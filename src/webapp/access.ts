/**
 * Who may use the phone page. Google turns most strangers away before any code runs (the
 * manifest's `webapp.access`, MYSELF by default); this is the second check, made on every
 * request from Session alone, before the spreadsheet is touched.
 *
 * - The visitor must have a known identity. User.getEmail "returns a blank string" where
 *   security policies withhold it, e.g. "a web app deployed to 'execute as me'" visited by
 *   someone other than the developer (developers.google.com/apps-script/reference/base/user).
 *   A page deployed for ANYONE_ANONYMOUS therefore never works: its visitors are blank.
 * - The visitor must be the account the script runs as (Session.getEffectiveUser: "if the
 *   script is a web app set to 'execute as me', this returns the developer's account").
 *   Executed as the owner (the default), only the owner passes, even if the deployment was
 *   widened by mistake to DOMAIN or ANYONE. Executed as the user accessing it (the staff
 *   option), both are the visitor, and the spreadsheet's own sharing decides: openById
 *   fails for an account without access (book.ts).
 */
export type Refusal =
  'no-identity' | 'not-owner' | 'not-connected' | 'no-access';

export function refusalFor(active: string, effective: string): Refusal | null {
  const a = active.trim().toLowerCase();
  if (!a) return 'no-identity';
  if (a !== effective.trim().toLowerCase()) return 'not-owner';
  return null;
}

/** The visitor as Session reports them, and the refusal if any. */
export function visitor(): {email: string; refusal: Refusal | null} {
  const email = Session.getActiveUser().getEmail();
  const effective = Session.getEffectiveUser().getEmail();
  return {email, refusal: refusalFor(email, effective)};
}
