/**
 * The phone project's manifest as the build accepts it: a web app section, and never
 * access for anonymous visitors (ANYONE_ANONYMOUS: "any user, even if not logged in",
 * Web apps and API executables manifest resource). The page refuses such visitors anyway
 * (src/webapp/access.ts); the build says so before anything is pushed.
 */
export function checkPhoneManifest(text: string, file: string): void {
  const json = JSON.parse(text) as {
    webapp?: {access?: string; executeAs?: string};
    oauthScopes?: string[];
  };
  if (!json.webapp) throw new Error(`${file} has no webapp section`);
  if (json.webapp.access === 'ANYONE_ANONYMOUS')
    throw new Error(`${file}: the phone page never allows anonymous access`);
  if (
    !json.oauthScopes?.includes('https://www.googleapis.com/auth/spreadsheets')
  )
    throw new Error(
      `${file}: the phone page opens the book by id and needs the spreadsheets scope`,
    );
}
