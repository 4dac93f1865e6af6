import { Fragment } from 'react';

/**
 * Text without spaces (an email address, a column name) that may wrap after "@", "." or "_"
 * instead of mid-word on narrow screens.
 */
export function BreakableText({ text }: { text: string }) {
  const parts = text.replace(/([@._])/g, '$1\n').split('\n');
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
