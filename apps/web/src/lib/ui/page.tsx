import { useEffect, useRef, type ReactNode } from 'react';

let isFirstPage = true;

/**
 * A page: sets the document title and, after an in-app navigation, moves focus to its heading so
 * screen-reader and keyboard users start at the new content.
 */
export function Page({
  title,
  children,
  wide,
}: {
  title: string;
  children: ReactNode;
  wide?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — Kinerja`;
  }, [title]);
  useEffect(() => {
    if (isFirstPage) isFirstPage = false;
    else heading.current?.focus();
  }, []);
  return (
    <div className={wide ? 'page page-wide' : 'page'}>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
}
