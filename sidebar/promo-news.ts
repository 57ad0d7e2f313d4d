/**
 * "Something new" at the counter: type what has arrived, and the server lists its fans
 * on the Something new tab (usecases/recommend/something-new.ts), once per item a day.
 * The answer says how many were listed, in the viewer's language.
 */
import {call} from './api';
import {h} from './dom';
import {FormKit, textInput} from './form-kit';
import {tr} from './state';
import {NEWS_TEXTS} from '../src/domain/recommend/texts';

export function newsView(): HTMLElement {
  const kit = new FormKit('news', NEWS_TEXTS.listFans);
  const item = textInput({'data-input': 'item'});
  kit.el.addEventListener('submit', e => {
    e.preventDefault();
    void kit.submit(
      requestId => call('tellFans', {requestId, item: item.value}),
      answer => {
        if (!answer.ok) return;
        kit.say(answer.value.summary, 'ok');
        item.value = '';
      },
    );
  });
  const form = kit.finish(kit.field('item', NEWS_TEXTS.itemLabel, item));
  return h(
    'section',
    {class: 'block', 'data-role': 'news'},
    h('p', {class: 'muted'}, tr(NEWS_TEXTS.prompt)),
    form,
  );
}
