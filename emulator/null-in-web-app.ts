/**
 * The null a document-scoped service returns in a web app. @types/google-apps-script
 * declares these methods as never null (getActiveSpreadsheet, getDocumentLock,
 * getDocumentCache, getDocumentProperties), so the emulator keeps those types, as code
 * written against them would see, and hands out the null Google's references describe.
 */
export function nullInWebApp<T>(): T {
  return null as unknown as T;
}
