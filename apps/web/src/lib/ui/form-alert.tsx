/** The general error area of a form; always present so screen readers announce new messages. */
export function FormAlert({ message }: { message: string | null }) {
  return (
    <div role="alert" className={message ? 'alert alert-error' : 'alert-empty'}>
      {message}
    </div>
  );
}
