import type { MeResponse } from '@kinerja/contract';
import { NotificationBell } from '../../../lib/notifications/notification-bell';
import { AccountMenu } from './account-menu';
import { MainNav } from './main-nav';

/** What the header passes to its signed-in controls. */
export type SignedInControlsProps = {
  me: MeResponse;
  navId: string;
  isNavOpen: boolean;
  isRestricted: boolean;
  onNavigate: () => void;
};

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
}: SignedInControlsProps) {
  const hasNav = !isRestricted;
  return (
    <>
      {hasNav ? <MainNav me={me} id={navId} isOpen={isNavOpen} onNavigate={onNavigate} /> : null}
      {hasNav ? <NotificationBell /> : null}
      <AccountMenu me={me} isRestricted={isRestricted} />
    </>
  );
}
