/**
 * Sending email: MailApp behind a small interface. MailApp (script.send_mail) sends as
 * the user who turned reminders on; GmailApp would need read access to their mailbox.
 */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Display name of the sender: the shop. */
  name?: string;
  replyTo?: string;
}

export interface Mailer {
  /** Recipients still allowed today (MailApp counts recipients, not messages). */
  remainingQuota(): number;
  send(mail: OutgoingMail): void;
}

/** Apps Script's MailApp; only call inside an execution that may send mail. */
export function mailApp(): Mailer {
  return {
    remainingQuota: () => MailApp.getRemainingDailyQuota(),
    send: m => {
      const options: GoogleAppsScript.Mail.MailAdvancedParameters = {
        to: m.to,
        subject: m.subject,
        body: m.text,
        htmlBody: m.html,
      };
      if (m.name) options.name = m.name;
      if (m.replyTo) options.replyTo = m.replyTo;
      MailApp.sendEmail(options);
    },
  };
}

/** Counts recipients of an address list as MailApp does (comma separated). */
export function recipientCount(to: string): number {
  return to.split(',').filter(s => s.trim() !== '').length;
}
