import type { MeResponse } from '@kinerja/contract';
import { useCallback, useId, useRef, useState } from 'react';
import { PeriodDialog } from '../../../lib/session/period-dialog';
import { AccountPanel } from './account-panel';
import { useDismiss } from '../../../lib/ui/use-dismiss';

/** The person's name, top-right (as in the guides), opening the account panel. */
export function AccountMenu({ me, isRestricted }: { me: MeResponse; isRestricted: boolean }) {
  const [isOpen, setOpen] = useState(false);
  const [isPeriodOpen, setPeriodOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const close = useCallback(() => setOpen(false), []);
  useDismiss({ isOpen, container, button, onDismiss: close });
  // The panel hides what had focus, so focus goes back to the name button.
  const closeAndRefocus = () => {
    setOpen(false);
    setPeriodOpen(false);
    button.current?.focus();
  };

  return (
    <div className="account" ref={container}>
      <button
        ref={button}
        type="button"
        className="account-button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setOpen((open) => !open)}
      >
        <span className="account-name">{me.person.name}</span>
        <span className="caret" aria-hidden="true" />
      </button>
      <div id={panelId} className="account-panel" hidden={!isOpen}>
        <AccountPanel
          me={me}
          isRestricted={isRestricted}
          onChangePeriod={() => {
            setOpen(false);
            setPeriodOpen(true);
          }}
          onRoleSwitched={closeAndRefocus}
          onNavigate={close}
        />
      </div>
      {isPeriodOpen ? <PeriodDialog onClose={closeAndRefocus} /> : null}
    </div>
  );
}
