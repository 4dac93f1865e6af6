import type { MeResponse } from '@kinerja/contract';
import { NotificationBell } from '../../../lib/notifications/notification-bell';
import { AccountMenu } from './account-menu';
import { MainNav } from './main-nav';

/**
 * The header's controls for a signed-in person: navigation, notifications, account menu. Loaded
 * on demand (app-shell.tsx), so the sign-in page does not download them (issue 15 item 5).
 */
export function SignedInControls({
  me,
  navId,
  isNavOpen,
  isRestricted,
  onNavigate,
}: {
  me: MeResponse;
  navId: string;
  isNavOpen: boolean;
  isRestricted: boolean;
  onNavigate: () => void;
}) {
  const hasNav = !isRestricted;
  return (
    <>
      {hasNav ? <MainNav me={me} id={navId} isOpen={isNavOpen} onNavigate={onNavigate} /> : null}
      {hasNav ? <NotificationBell /> : null}
      <AccountMenu me={me} isRestricted={isRestricted} />
    </>
  );
}
