import type { RoleCode } from '@kinerja/contract';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { Link } from '../../../lib/router';
import { activeRoleIn, useMe } from '../../../lib/session/session';
import { Page } from '../../../lib/ui/page';

/** Renders the page only for the given active roles; others are told which roles it is for. */
export function RoleGuard({
  roles,
  title,
  children,
}: {
  roles: readonly RoleCode[];
  title: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const me = useMe();
  if (activeRoleIn(me, roles)) return children;
  const names = roles.map((role) => t(`role.${role}`)).join(` ${t('notices.or')} `);
  return (
    <Page title={title}>
      <p className="alert alert-info">{t('notices.forbidden', { roles: names })}</p>
      <Link to="/" className="btn btn-secondary">
        {t('common.backHome')}
      </Link>
    </Page>
  );
}
