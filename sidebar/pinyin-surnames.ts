/**
 * Surname readings the common dictionary lacks: 褚 is Chu as a surname (褚遂良), and the
 * dictionary knows it only as zhu. Checked against every surname pinyin-pro knows, single
 * and compound, in test/counter/pinyin-corpus.test.ts.
 */
export const surnameReadings: Readonly<Record<string, string>> = {
  chu: '褚',
};
