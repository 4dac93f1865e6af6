import { formatLongDate, type IsoDate } from '@kinerja/domain';

/** The paths of the web app an email links to. */
export const EMAIL_PATHS = {
  settings: '/pengaturan/email',
  unsubscribe: '/berhenti-email',
} as const;

/** An email ready to send: subject and plain text, in Indonesian. */
export type EmailContent = { subject: string; text: string };

/** One notification as an email item. */
export type EmailItem = { title: string; body: string; createdAt: Date };

type Links = { publicUrl: string; unsubscribeUrl: string };

// Every email ends the same way: why it came and how to change or stop it.
const footer = (links: Links) =>
  [
    '—',
    'Email ini dikirim otomatis oleh Kinerja; mohon tidak membalasnya.',
    `Atur pengiriman email: ${links.publicUrl}${EMAIL_PATHS.settings}`,
    `Berhenti menerima email dari Kinerja: ${links.unsubscribeUrl}`,
  ].join('\n');

/** "09.30 WIB": the time of day of a notification in a digest (UTC+7). */
function timeInWib(at: Date): string {
  const wib = new Date(at.getTime() + 7 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(wib.getUTCHours())}.${pad(wib.getUTCMinutes())} WIB`;
}

/** The email of one notification. */
export function notificationEmail(input: {
  name: string;
  item: EmailItem;
  links: Links;
}): EmailContent {
  return {
    subject: `Kinerja: ${input.item.title}`,
    text: [
      `Yth. ${input.name},`,
      '',
      input.item.body,
      '',
      `Buka Kinerja: ${input.links.publicUrl}/notifikasi`,
      '',
      footer(input.links),
    ].join('\n'),
  };
}

/** The daily digest: a day's notifications of one person in one email, oldest first. */
export function digestEmail(input: {
  name: string;
  day: IsoDate;
  items: EmailItem[];
  links: Links;
}): EmailContent {
  const count = input.items.length;
  const lines = input.items.flatMap((item, i) => [
    `${i + 1}. ${item.title} (${formatLongDate(dayInWib(item.createdAt))}, ${timeInWib(item.createdAt)})`,
    `   ${item.body}`,
    '',
  ]);
  return {
    subject: `Kinerja: ringkasan ${count} pemberitahuan, ${formatLongDate(input.day)}`,
    text: [
      `Yth. ${input.name},`,
      '',
      `Berikut ${count} pemberitahuan Kinerja untuk Anda sejak ringkasan sebelumnya:`,
      '',
      ...lines,
      `Buka Kinerja: ${input.links.publicUrl}/notifikasi`,
      '',
      footer(input.links),
    ].join('\n'),
  };
}

function dayInWib(at: Date): IsoDate {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
