/**
 * MailApp.
 * Docs: MailApp reference (sendEmail(recipient, subject, body[, options]) and
 * sendEmail(message)); Quotas for Google Services ("Email recipients per day: 100" for
 * consumer accounts, 1,500 for Workspace; "Quotas are per user and reset 24 hours after
 * the first request"; exceeding throws "Service invoked too many times for one day:
 * email.").
 */
import {createEmulator, MSG} from '../../emulator';

function emulator(quota = 5) {
  // 23:00 in Los Angeles on 4 March = 07:00 UTC on 5 March
  return createEmulator({
    now: '2025-03-05T07:00:00Z',
    mailQuota: quota,
    scopes: 'all',
  });
}

test('both signatures land in the outbox with every field', () => {
  const emu = emulator();
  const {MailApp} = emu.globals;
  emu.run(() => {
    MailApp.sendEmail('owner@example.com', '今日回访 3 位', 'plain', {
      htmlBody: '<b>html</b>',
      name: 'Shuke 熟客',
      replyTo: 'shop@example.com',
    });
    MailApp.sendEmail({
      to: 'a@example.com, b@example.com',
      cc: 'c@example.com',
      subject: 'Hi',
      body: 'b',
      noReply: true,
    });
  });
  expect(
    emu.outbox.map(m => [m.to, m.cc, m.subject, m.htmlBody, m.name, m.noReply]),
  ).toEqual([
    [
      ['owner@example.com'],
      [],
      '今日回访 3 位',
      '<b>html</b>',
      'Shuke 熟客',
      undefined,
    ],
    [
      ['a@example.com', 'b@example.com'],
      ['c@example.com'],
      'Hi',
      undefined,
      undefined,
      true,
    ],
  ]);
  expect(emu.outbox[0].at).toEqual(new Date('2025-03-05T07:00:00Z'));
});

test('recipients (to, cc, bcc) count against the daily quota; running out throws and sends nothing', () => {
  const emu = emulator(5);
  const {MailApp} = emu.globals;
  emu.run(() => {
    MailApp.sendEmail({
      to: 'a@example.com,b@example.com',
      bcc: 'c@example.com',
      subject: 's',
      body: 'b',
    });
    expect(MailApp.getRemainingDailyQuota()).toBe(2);
    expect(() =>
      MailApp.sendEmail({
        to: 'd@example.com',
        cc: 'e@example.com, f@example.com',
        subject: 's',
        body: 'b',
      }),
    ).toThrow(MSG.mailQuota);
    MailApp.sendEmail('d@example.com', 's', 'b');
    MailApp.sendEmail('e@example.com', 's', 'b');
    expect(() => MailApp.sendEmail('f@example.com', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
  });
  expect(emu.outbox).toHaveLength(3);
});

// Quotas for Google Services (https://developers.google.com/apps-script/guides/services/quotas):
// "Quotas are per user and reset 24 hours after the first request."
test('the quota restarts 24 hours after the first send, not at any midnight', () => {
  const emu = emulator(2);
  const {MailApp} = emu.globals;
  emu.run(() => MailApp.sendEmail('a@example.com', 's', 'b')); // 23:00 in Los Angeles
  emu.clock.advance(8 * 3600_000); // past midnight in Los Angeles and in Shanghai
  emu.run(() => MailApp.sendEmail('b@example.com', 's', 'b'));
  expect(() =>
    emu.run(() => MailApp.sendEmail('c@example.com', 's', 'b')),
  ).toThrow(MSG.mailQuota);
  emu.clock.advance(16 * 3600_000 - 60_000); // 23 h 59 min after the first send
  expect(emu.run(() => MailApp.getRemainingDailyQuota())).toBe(0);
  emu.clock.advance(60_000); // 24 h after the first send: both recipients back at once
  expect(emu.run(() => MailApp.getRemainingDailyQuota())).toBe(2);
  emu.run(() => MailApp.sendEmail('c@example.com', 's', 'b'));
  // A new window starts with that send: the next reset is 24 h after it.
  emu.clock.advance(23 * 3600_000);
  expect(emu.mail.remaining()).toBe(1);
  emu.clock.advance(3600_000);
  expect(emu.mail.remaining()).toBe(2);
});

test('the quota is per user: each account has its own, and mail goes from the sender', () => {
  const emu = emulator(1);
  const {MailApp} = emu.globals;
  emu.run(() => MailApp.sendEmail('a@example.com', 's', 'b'));
  expect(() =>
    emu.run(() => MailApp.sendEmail('b@example.com', 's', 'b')),
  ).toThrow(MSG.mailQuota);
  emu.run(() => MailApp.sendEmail('b@example.com', 's', 'b'), {
    user: 'helper@example.com',
  });
  expect(emu.outbox.map(m => m.from)).toEqual([
    'owner@example.com',
    'helper@example.com',
  ]);
  expect(emu.mail.remaining('helper@example.com')).toBe(0);
});

test('Workspace accounts get 1,500 recipients a day, consumer accounts 100', () => {
  const at = '2025-03-05T07:00:00Z';
  const ws = createEmulator({now: at, scopes: 'all', mailAccount: 'workspace'});
  const consumer = createEmulator({now: at, scopes: 'all'});
  expect(ws.run(() => ws.globals.MailApp.getRemainingDailyQuota())).toBe(1500);
  expect(
    consumer.run(() => consumer.globals.MailApp.getRemainingDailyQuota()),
  ).toBe(100);
});

test('bad addresses and missing recipients throw', () => {
  const emu = emulator();
  const {MailApp} = emu.globals;
  expect(() =>
    emu.run(() => MailApp.sendEmail('not an address', 's', 'b')),
  ).toThrow('Invalid email: not an address');
  expect(() =>
    emu.run(() => MailApp.sendEmail({to: '', subject: 's', body: 'b'})),
  ).toThrow(/no recipient/);
  expect(emu.outbox).toHaveLength(0);
});
