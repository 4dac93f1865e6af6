import { Fragment } from 'react';

/** An email address that may wrap after "@" and dots instead of mid-word on narrow screens. */
export function BreakableEmail({ email }: { email: string }) {
  const parts = email.replace(/([@.])/g, '$1\n').split('\n');
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </>
  );
}
