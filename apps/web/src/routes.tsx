import type { ComponentType } from 'react';
import { ChangePasswordPage } from './features/auth/routes/change-password-page';
import { SignInPage } from './features/auth/routes/sign-in-page';
import { HomePage } from './features/home/routes/home-page';
import { StaffPage } from './features/people/routes/staff-page';
import { RosterImportPage } from './features/roster-import/routes/roster-import-page';

/** Who may open a path: anyone signed out, anyone signed in, or only roster managers. */
export type RouteAccess = 'public' | 'signed-in' | 'roster';

/** The app's pages by path. */
export const routes: Record<string, { page: ComponentType; access: RouteAccess }> = {
  '/masuk': { page: SignInPage, access: 'public' },
  '/ganti-kata-sandi': { page: ChangePasswordPage, access: 'signed-in' },
  '/': { page: HomePage, access: 'signed-in' },
  '/operator/ptk': { page: StaffPage, access: 'roster' },
  '/operator/impor': { page: RosterImportPage, access: 'roster' },
};

/** Paths used by guards. */
export const SIGN_IN_PATH = '/masuk';
/** Where a person with a temporary password is held until they change it. */
export const CHANGE_PASSWORD_PATH = '/ganti-kata-sandi';
