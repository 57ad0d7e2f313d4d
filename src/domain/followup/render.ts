/**
 * The owner's daily email and the customer emails, as HTML and plain text. Everything
 * that came from a cell or from Settings (names, notes, the owner's own templates) is
 * escaped where it is put into HTML, so a customer called `<script>` shows as text.
 * Layout is tables and inline styles: what mail clients render.
 */
import {dayToIso} from '../dates';
import {fill, Lang, t, Texts} from '../i18n';
import {HOLIDAYS} from './holidays';
import {Occasion, PRIORITY, ReasonKind} from './occasions';
import {escapeHtml} from '../html';
import {compareText, telHref} from './text';
import {
  CALENDAR_NAMES,
  CUSTOMER_SUBJECT,
  DIGEST,
  GROUP_TITLES,
  REASONS,
} from './texts';
import {DIGEST_LINK} from './switch-texts';

export interface Email {
  subject: string;
  text: string;
  html: string;
}

export interface DigestCustomer {
  name: string;
  grade: string | null;
  phone: string;
  wechat: string;
  lastVisit: number | null;
  favourites: readonly string[];
}

export interface DigestLine {
  customer: DigestCustomer;
  /** The group it is listed in: its most urgent reason. */
  group: ReasonKind;
  /** Every reason, most urgent first, as text (see reasonText). */
  why: readonly string[];
  message: string;
  email?: 'sent' | 'held' | null;
  /** Left from an earlier day (not listed then, or its digest may not have arrived). */
  carried?: boolean;
  /** The day (YYYY-MM-DD) the carried reminder is from; its reasons read as of then. */
  carriedFrom?: string;
}

export interface DigestInput {
  lang: Lang;
  shop: string;
  today: number;
  lines: readonly DigestLine[];
  /** Lines due but left for the next email (the list is capped). */
  more: number;
  emailsSent: number;
  held: readonly string[];
  unsure: readonly string[];
  expired: readonly string[];
  /** Carried-over lines dropped today as out of date (counted, not named). */
  expiredLines?: number;
  problems: readonly string[];
  /** The spreadsheet's address (Spreadsheet.getUrl), linked at the top. */
  url?: string;
  /** Notices for the owner, in the book's language (e.g. the spreadsheet nearly full). */
  notices?: readonly string[];
  /** What the daily run's other jobs have to tell (daily-jobs.ts), after the lines. */
  sections?: readonly DigestSection[];
}

/** A titled list in the digest, plain text in the book's language (escaped here). */
export interface DigestSection {
  title: string;
  lines: readonly string[];
}

export function reasonText(o: Occasion, lang: Lang): string {
  const d = o.detail;
  switch (o.kind) {
    case 'complaint':
      if (d.followedUp)
        return t(REASONS.complaintFollowedUp, lang, {
          date: d.followedUp,
          text: d.text,
        });
      return Number(d.days) === 0
        ? t(REASONS.complaintToday, lang, {text: d.text})
        : t(REASONS.complaint, lang, {days: d.days, text: d.text});
    case 'birthday': {
      const calendar = t(
        d.calendar === 'lunar' ? CALENDAR_NAMES.lunar : CALENDAR_NAMES.solar,
        lang,
      );
      if (Number(d.days) === 0)
        return t(REASONS.birthdayToday, lang, {calendar});
      return t(
        Number(d.days) === 1 ? REASONS.birthdayTomorrow : REASONS.birthdaySoon,
        lang,
        {days: d.days, date: String(d.date).slice(5), calendar},
      );
    }
    case 'lapsed':
      return t(REASONS.lapsed, lang, {was: d.was, days: d.days});
    case 'holiday': {
      const h = HOLIDAYS.find(x => x.key === d.holiday);
      const holiday = h ? h.names[lang] : String(d.holiday);
      return t(
        Number(d.days) === 0 ? REASONS.holidayToday : REASONS.holidayTomorrow,
        lang,
        {holiday},
      );
    }
    case 'afterSale':
      return t(
        d.what === 'large' ? REASONS.afterSaleLarge : REASONS.afterSaleFirst,
        lang,
        {days: d.days},
      );
    case 'checkin':
      return t(REASONS.checkin, lang, {grade: d.grade, days: d.days});
  }
}

const GROUP_ORDER: readonly ReasonKind[] = [
  'complaint',
  'birthday',
  'lapsed',
  'holiday',
  'checkin',
];

function groupOf(line: DigestLine): ReasonKind {
  return line.group === 'afterSale' ? 'checkin' : line.group;
}

/** Lines in the order of the owner's list: priority, then grade, then name. */
export function sortLines<
  T extends {group: ReasonKind; customer: {grade: string | null; name: string}},
>(lines: readonly T[]): T[] {
  return [...lines].sort(
    (a, b) =>
      PRIORITY[a.group] - PRIORITY[b.group] ||
      compareText(a.customer.grade || 'Z', b.customer.grade || 'Z') ||
      compareText(a.customer.name, b.customer.name),
  );
}

function dateText(day: number): string {
  return dayToIso(day);
}

function digestSubject(d: DigestInput): string {
  const date = dateText(d.today);
  const count = d.lines.length + d.more;
  return count === 0
    ? t(DIGEST.subjectClear, d.lang, {shop: d.shop, date})
    : t(DIGEST.subject, d.lang, {shop: d.shop, count, date});
}

/** "Label: value" as each language writes it (Chinese takes the full-width colon). */
function labelColon(lang: Lang): string {
  return lang === 'en' ? ': ' : '：';
}

function listSep(lang: Lang): string {
  return lang === 'en' ? ', ' : '、';
}

function notes(d: DigestInput): string[] {
  const out: string[] = [];
  const sep = listSep(d.lang);
  if (d.more > 0) out.push(t(DIGEST.more, d.lang, {count: d.more}));
  if (d.emailsSent > 0)
    out.push(t(DIGEST.sentCount, d.lang, {count: d.emailsSent}));
  if (d.held.length) {
    out.push(
      t(DIGEST.held, d.lang, {count: d.held.length, names: d.held.join(sep)}),
    );
  }
  if (d.unsure.length)
    out.push(t(DIGEST.unsure, d.lang, {names: d.unsure.join(sep)}));
  if (d.expired.length)
    out.push(t(DIGEST.expired, d.lang, {names: d.expired.join(sep)}));
  if (d.expiredLines)
    out.push(t(DIGEST.expiredLines, d.lang, {count: d.expiredLines}));
  if (d.problems.length) {
    out.push(
      t(DIGEST.problems, d.lang, {
        count: d.problems.length,
        first: d.problems[0],
      }),
    );
  }
  out.push(...(d.notices ?? []));
  return out;
}

function groups(
  d: DigestInput,
): Array<{kind: ReasonKind; lines: DigestLine[]}> {
  return GROUP_ORDER.map(kind => ({
    kind,
    lines: d.lines.filter(l => groupOf(l) === kind),
  })).filter(g => g.lines.length > 0);
}

function facts(line: DigestLine, lang: Lang): Array<[Texts, string]> {
  const c = line.customer;
  const out: Array<[Texts, string]> = [
    [DIGEST.grade, c.grade || t(DIGEST.potential, lang)],
    [
      DIGEST.lastVisit,
      c.lastVisit === null ? t(DIGEST.never, lang) : dateText(c.lastVisit),
    ],
  ];
  if (c.favourites.length)
    out.push([DIGEST.favourites, c.favourites.join(listSep(lang))]);
  if (c.phone) out.push([DIGEST.phone, c.phone]);
  if (c.wechat) out.push([DIGEST.wechat, c.wechat]);
  return out;
}

function lineReasons(line: DigestLine, lang: Lang): string {
  const sep = lang === 'en' ? '; ' : '；';
  let s = line.why.join(sep);
  if (line.carried) {
    s += ` ${
      line.carriedFrom
        ? t(REASONS.carriedFrom, lang, {date: line.carriedFrom})
        : t(REASONS.carried, lang)
    }`;
  }
  return s;
}

/** Only a Google Sheets address is linked: the digest never carries another link. */
function bookUrl(url: string | undefined): string | null {
  return url && /^https:\/\/docs\.google\.com\/[^\s"<>]*$/.test(url)
    ? url
    : null;
}

export function renderDigest(d: DigestInput): Email {
  const lang = d.lang;
  const count = d.lines.length + d.more;
  const subject = digestSubject(d);

  // Plain text
  const tl: string[] = [];
  tl.push(
    count === 0 ? t(DIGEST.allClear, lang) : t(DIGEST.intro, lang, {count}),
  );
  const url = bookUrl(d.url);
  const colon = labelColon(lang);
  if (url) tl.push(`${t(DIGEST_LINK.open, lang)}${colon}${url}`);
  for (const g of groups(d)) {
    tl.push(
      '',
      `== ${t(GROUP_TITLES[g.kind], lang, {count: g.lines.length})} ==`,
    );
    for (const line of g.lines) {
      tl.push('', `* ${line.customer.name} — ${lineReasons(line, lang)}`);
      tl.push(
        `  ${facts(line, lang)
          .map(([k, v]) => `${t(k, lang)}${colon}${v}`)
          .join(lang === 'en' ? ' | ' : '｜')}`,
      );
      if (line.email === 'sent') tl.push(`  ✓ ${t(DIGEST.emailSent, lang)}`);
      if (line.email === 'held') tl.push(`  ! ${t(DIGEST.emailHeld, lang)}`);
      // A line with nothing to send (a complaint already followed up) has no message.
      if (line.message)
        tl.push(`  ${t(DIGEST.message, lang)}${colon}${line.message}`);
    }
  }
  for (const sec of d.sections ?? []) {
    tl.push('', `== ${sec.title} ==`, ...sec.lines.map(l => `* ${l}`));
  }
  const n = notes(d);
  if (n.length) tl.push('', ...n);
  tl.push('', '--', t(DIGEST.footer, lang));
  const text = tl.join('\n');

  // HTML
  const e = escapeHtml;
  const h: string[] = [];
  h.push(
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${e(subject)}</title></head>`,
    "<body style=\"margin:0;padding:0;background:#f5f3ef;font-family:-apple-system,'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',sans-serif;color:#222\">",
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:640px;background:#fff">',
    `<tr><td style="padding:20px 20px 8px;background:#b3261e;color:#fff"><div style="font-size:13px;opacity:.85">${e(dateText(d.today))}</div><div style="font-size:20px;font-weight:bold">${e(d.shop)}</div></td></tr>`,
    `<tr><td style="padding:14px 20px;font-size:15px">${e(count === 0 ? t(DIGEST.allClear, lang) : t(DIGEST.intro, lang, {count}))}</td></tr>`,
  );
  if (url) {
    h.push(
      `<tr><td style="padding:0 20px 12px"><a href="${e(url)}" style="display:inline-block;padding:8px 14px;background:#0b57d0;color:#fff;border-radius:6px;text-decoration:none;font-size:14px">${e(t(DIGEST_LINK.open, lang))}</a></td></tr>`,
    );
  }
  for (const g of groups(d)) {
    h.push(
      `<tr><td style="padding:14px 20px 4px;font-size:16px;font-weight:bold;border-top:3px solid ${g.kind === 'complaint' ? '#b3261e' : '#e0d8cc'}">${e(t(GROUP_TITLES[g.kind], lang, {count: g.lines.length}))}</td></tr>`,
    );
    for (const line of g.lines) {
      const c = line.customer;
      const tel = telHref(c.phone);
      const phone = tel
        ? `<a href="${e(tel)}" style="color:#0b57d0;font-weight:bold;text-decoration:none">${e(c.phone)}</a>`
        : c.phone
          ? e(c.phone)
          : '';
      const parts = [
        `${e(t(DIGEST.grade, lang))} <b>${e(c.grade || t(DIGEST.potential, lang))}</b>`,
        `${e(t(DIGEST.lastVisit, lang))} ${e(c.lastVisit === null ? t(DIGEST.never, lang) : dateText(c.lastVisit))}`,
      ];
      if (c.favourites.length)
        parts.push(
          `${e(t(DIGEST.favourites, lang))} ${e(c.favourites.join(listSep(lang)))}`,
        );
      if (c.wechat)
        parts.push(
          `${e(t(DIGEST.wechat, lang))} <span style="font-family:monospace">${e(c.wechat)}</span>`,
        );
      let status = '';
      if (line.email === 'sent')
        status = `<div style="color:#1e7d32;font-size:13px">✓ ${e(t(DIGEST.emailSent, lang))}</div>`;
      if (line.email === 'held')
        status = `<div style="color:#b3261e;font-size:13px">! ${e(t(DIGEST.emailHeld, lang))}</div>`;
      h.push(
        '<tr><td style="padding:10px 20px;border-bottom:1px solid #eee">',
        `<div style="font-size:16px"><b>${e(c.name)}</b> ${phone ? `&nbsp;${phone}` : ''}</div>`,
        `<div style="font-size:14px;color:#b3261e;margin:2px 0">${e(lineReasons(line, lang))}</div>`,
        `<div style="font-size:13px;color:#555">${parts.join(' · ')}</div>`,
        status,
        line.message
          ? `<div style="margin-top:6px;font-size:12px;color:#888">${e(t(DIGEST.message, lang))}</div>` +
              `<div style="padding:8px 10px;background:#f7f5f0;border-radius:6px;font-size:14px;user-select:all;-webkit-user-select:all">${e(line.message)}</div>`
          : '',
        '</td></tr>',
      );
    }
  }
  for (const sec of d.sections ?? []) {
    h.push(
      `<tr><td style="padding:14px 20px 4px;font-size:16px;font-weight:bold;border-top:3px solid #e0d8cc">${e(sec.title)}</td></tr>`,
      `<tr><td style="padding:4px 20px 10px;font-size:14px">${sec.lines.map(l => `<div style="margin:4px 0">${e(l)}</div>`).join('')}</td></tr>`,
    );
  }
  if (n.length) {
    h.push(
      `<tr><td style="padding:12px 20px;font-size:13px;color:#444;background:#fff8e1">${n.map(x => `<p style="margin:4px 0">${e(x)}</p>`).join('')}</td></tr>`,
    );
  }
  h.push(
    `<tr><td style="padding:14px 20px;font-size:12px;color:#888">${e(t(DIGEST.footer, lang))}</td></tr>`,
    '</table></td></tr></table></body></html>',
  );
  return {subject, text, html: h.join('\n')};
}

export interface CustomerEmailInput {
  lang: Lang;
  kind: 'birthday' | 'holiday' | 'winback';
  shop: string;
  /** The filled template (the owner's text, with the customer's values). */
  body: string;
  /** The filled unsubscribe wording. */
  footer: string;
  greeting: string;
}

export function renderCustomerEmail(m: CustomerEmailInput): Email {
  const subject = fill(t(CUSTOMER_SUBJECT[m.kind], m.lang), {
    shop: m.shop,
    greeting: m.greeting,
  });
  const text = `${m.body}\n\n--\n${m.footer}`;
  const e = escapeHtml;
  const color =
    m.kind === 'birthday'
      ? '#c2185b'
      : m.kind === 'holiday'
        ? '#b3261e'
        : '#00695c';
  const html = [
    `<!DOCTYPE html><html lang="${m.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${e(subject)}</title></head>`,
    "<body style=\"margin:0;padding:0;background:#f5f3ef;font-family:-apple-system,'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',sans-serif;color:#222\">",
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px 0">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#fff;border-radius:8px">',
    `<tr><td style="padding:18px 24px;background:${color};color:#fff;font-size:20px;font-weight:bold;border-radius:8px 8px 0 0">${e(m.shop)}</td></tr>`,
    `<tr><td style="padding:24px;font-size:16px;line-height:1.7">${e(m.body).replace(/\n/g, '<br>')}</td></tr>`,
    `<tr><td style="padding:14px 24px;font-size:12px;color:#777;border-top:1px solid #eee">${e(m.footer).replace(/\n/g, '<br>')}</td></tr>`,
    '</table></td></tr></table></body></html>',
  ].join('\n');
  return {subject, text, html};
}
