/**
 * MailApp.
 * Docs: MailApp reference (sendEmail(recipient, subject, body[, options]) and
 * sendEmail(message)); Quotas for Google Services ("Email recipients per day: 100" for
 * consumer accounts, 1,500 for Workspace; quotas reset 24 hours after…; exceeding throws
 * "Service invoked too many times for one day: email.").
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

test('the quota restarts at midnight Pacific time, not midnight in Shanghai', () => {
  const emu = emulator(1);
  const {MailApp} = emu.globals;
  emu.run(() => MailApp.sendEmail('a@example.com', 's', 'b'));
  emu.clock.advance(30 * 60_000); // 23:30 in Los Angeles: same quota day
  expect(() =>
    emu.run(() => MailApp.sendEmail('a@example.com', 's', 'b')),
  ).toThrow(MSG.mailQuota);
  emu.clock.advance(31 * 60_000); // 00:01 in Los Angeles
  expect(emu.run(() => MailApp.getRemainingDailyQuota())).toBe(1);
  emu.run(() => MailApp.sendEmail('a@example.com', 's', 'b'));
  expect(emu.mail.remaining()).toBe(0);
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
