/**
 * The copy's opening lines are read by the customer as they are, in the file and in the
 * text the owner copies: in every language they need no CSV quoting (a comma in the
 * English note once wrapped it in quotation marks).
 */
import {LANGS, t} from '../../src/domain/i18n';
import {csvField} from '../../src/domain/privacy/csv';
import {PRIVACY_TEXTS as T} from '../../src/domain/privacy/texts';

test.each(LANGS)(
  'the heading and the note of the copy need no quoting (%s)',
  lang => {
    const title = t(T.exportTitle, lang, {
      shop: '小林零食铺',
      date: '2026-03-10',
    });
    const note = t(T.exportNote, lang);
    expect([csvField(title), csvField(note)]).toEqual([title, note]);
  },
);
