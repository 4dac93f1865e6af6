import { useEffect, type RefObject } from 'react';

/** Closes a popup (account menu, notification panel) on Escape (returning focus to its button) and on a click or focus outside it. */
export function useDismiss(options: {
  isOpen: boolean;
  container: RefObject<HTMLElement | null>;
  button: RefObject<HTMLButtonElement | null>;
  onDismiss: () => void;
}): void {
  const { isOpen, container, button, onDismiss } = options;
  useEffect(() => {
    if (!isOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || document.querySelector('dialog[open]')) return;
      onDismiss();
      button.current?.focus();
    };
    const onOutside = (event: Event) => {
      const target = event.target as Node | null;
      if (document.querySelector('dialog[open]')) return;
      if (target && !container.current?.contains(target)) onDismiss();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onOutside);
    document.addEventListener('focusin', onOutside);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onOutside);
      document.removeEventListener('focusin', onOutside);
    };
  }, [isOpen, container, button, onDismiss]);
}
