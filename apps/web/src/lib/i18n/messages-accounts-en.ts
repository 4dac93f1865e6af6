import type { accountsMessagesId } from './messages-accounts';

/** English messages of this area. */
export const accountsMessagesEn: Record<keyof typeof accountsMessagesId, string> = {
  'accounts.nav': 'Reset passwords',
  'accounts.title': 'Reset passwords',
  'accounts.introDinas':
    'Passwords of principals (definitive or Plt) in your jurisdiction are reset by the Dinas. Teachers’ and staff passwords are reset by their School Operator.',
  'accounts.introAdmin':
    'Dinas and Pengawas account passwords are reset by the Admin. Find the account by its exact NIP, NUPTK or email.',
  'accounts.wrongRole':
    'This page is for the Dinas and the Admin. Teachers’ passwords are reset by the School Operator; principals’ by the Dinas.',
  'accounts.query': 'NIP, NUPTK or email',
  'accounts.queryHint': 'Type it in full and exactly; partial searches are not supported.',
  'accounts.search': 'Search',
  'accounts.searching': 'Searching…',
  'accounts.notFound': 'No account with that NIP, NUPTK or email in your jurisdiction.',
  'accounts.noSchool': 'No school',
  'accounts.notYours':
    'You do not reset this account’s password. Teachers and staff: School Operator; principals: Dinas; Dinas and Pengawas: Admin.',
};
