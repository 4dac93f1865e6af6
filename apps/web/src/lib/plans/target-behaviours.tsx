/** What a target behaviour lists: "perilaku yang dianjurkan" and "perilaku yang dihindari" (domain.md §4.1). */
export type TargetBehaviourLists = { recommended: readonly string[]; avoided: readonly string[] };

/** The labels and classes of one place that shows the lists (planning and execution style them apart). */
export type TargetBehavioursLook = {
  summary: string;
  recommended: string;
  avoided: string;
  className: string;
  kindClassName: string;
};

function BehaviourList({
  title,
  items,
  className,
}: {
  title: string;
  items: readonly string[];
  className: string;
}) {
  if (items.length === 0) return null;
  return (
    <>
      <p className={className}>{title}</p>
      <ul>
        {items.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </>
  );
}

/** A target behaviour's recommended and avoided behaviours behind a disclosure; nothing when both are empty. */
export function TargetBehaviours({
  target,
  look,
}: {
  target: TargetBehaviourLists;
  look: TargetBehavioursLook;
}) {
  if (target.recommended.length === 0 && target.avoided.length === 0) return null;
  return (
    <details className={look.className}>
      <summary>{look.summary}</summary>
      <BehaviourList
        title={look.recommended}
        items={target.recommended}
        className={look.kindClassName}
      />
      <BehaviourList title={look.avoided} items={target.avoided} className={look.kindClassName} />
    </details>
  );
}
