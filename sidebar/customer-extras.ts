/**
 * The optional part of a new customer at the counter: birthday (solar or lunar 农历),
 * WeChat ID, email, and marketing consent. Consent can only be answered once the shop's
 * notice (Settings) is on screen: the question and its two answers appear with it.
 */
import {h} from './dom';
import {choices, FormKit, textInput} from './form-kit';
import {state, tr} from './state';
import {NEW_CUSTOMER} from '../src/domain/counter/stall-messages';
import type {NewCustomerInput} from '../src/domain/counter/wire';

type Extras = Omit<NewCustomerInput, 'name' | 'phone'>;

export function customerExtras(kit: FormKit): {
  el: HTMLElement;
  value: () => Extras;
} {
  const birthday = textInput({
    'data-input': 'birthday',
    placeholder: '1990-08-15 / 8-15 / 八月十五',
    autocomplete: 'off',
  });
  const kind = choices<'solar' | 'lunar'>(
    'birthdayKind',
    [
      ['solar', NEW_CUSTOMER.solar],
      ['lunar', NEW_CUSTOMER.lunar],
    ],
    'solar',
  );
  const wechat = textInput({'data-input': 'wechat', autocomplete: 'off'});
  const email = textInput({
    type: 'email',
    inputmode: 'email',
    'data-input': 'email',
    autocomplete: 'off',
  });
  const consent = choices<'yes' | 'no'>(
    'consent',
    [
      ['yes', NEW_CUSTOMER.consentYes],
      ['no', NEW_CUSTOMER.consentNo],
    ],
    '',
  );
  let asked = false;
  const consentHost = h('div', {class: 'consent', 'data-role': 'consent'});
  const ask = h(
    'button',
    {
      type: 'button',
      class: 'ghost',
      'data-role': 'ask-consent',
      on: {
        click: () => {
          asked = true;
          ask.remove();
          consentHost.append(
            h(
              'p',
              {class: 'notice-text', 'data-role': 'consent-notice'},
              state.boot?.consentNotice ?? '',
            ),
            consent.el,
          );
        },
      },
    },
    tr(NEW_CUSTOMER.askConsent),
  );
  consentHost.append(ask);
  const el = h(
    'details',
    {class: 'extras', 'data-role': 'extras'},
    h('summary', null, tr(NEW_CUSTOMER.more)),
    kit.field('birthday', NEW_CUSTOMER.birthday, birthday),
    kind.el,
    kit.field('wechat', NEW_CUSTOMER.wechat, wechat),
    kit.field('email', NEW_CUSTOMER.email, email),
    kit.field('consent', NEW_CUSTOMER.consentLabel, consentHost),
  );
  return {
    el,
    value: () => ({
      birthday: birthday.value,
      birthdayKind: kind.value() || 'solar',
      wechat: wechat.value,
      email: email.value,
      // Only an answer given with the notice on screen is sent.
      consent: asked ? consent.value() || null : null,
    }),
  };
}
