import { berakhlakValueCodeSchema, type BerakhlakValueCodeDto, type Plan } from '@kinerja/contract';
import { useCallback, useRef, useState } from 'react';
import type { ExpectationTexts } from '../../lib/plans/plans-api';

/**
 * What the plan holds for a value: the supervisor's written text, else what the employee entered
 * as agreed (2026 asks it on the Perilaku Kerja tab) — the same precedence as the server's check.
 */
const storedText = (plan: Plan, code: BerakhlakValueCodeDto) =>
  plan.supervisorExpectations[code]?.text ||
  plan.content.workBehaviour[code]?.supervisorExpectation ||
  '';

/**
 * What the supervisor has typed per value. A newer copy of the plan (after a save, a conflict or a
 * reload) only replaces the values they have not touched: typing is never lost (issue #4 item 8).
 */
export function useExpectationDrafts() {
  const [texts, setTextsState] = useState<ExpectationTexts>({});
  // The latest texts for callbacks that finish after an await (typing may go on meanwhile).
  const latest = useRef<ExpectationTexts>({});
  const touched = useRef(new Set<BerakhlakValueCodeDto>());
  const setTexts = useCallback((next: ExpectationTexts) => {
    latest.current = next;
    setTextsState(next);
  }, []);

  /** Takes the stored expectations of `plan` for every value not being edited. */
  const adopt = useCallback(
    (plan: Plan) => {
      const next: ExpectationTexts = { ...latest.current };
      for (const code of berakhlakValueCodeSchema.options) {
        if (!touched.current.has(code)) next[code] = storedText(plan, code);
      }
      setTexts(next);
    },
    [setTexts],
  );

  /** The supervisor typed in one value. */
  const change = useCallback(
    (code: BerakhlakValueCodeDto, text: string) => {
      touched.current.add(code);
      setTexts({ ...latest.current, [code]: text });
    },
    [setTexts],
  );

  /** After a successful save: values still as they were sent are no longer "being edited". */
  const saved = useCallback((sent: ExpectationTexts) => {
    for (const code of Object.keys(sent) as BerakhlakValueCodeDto[]) {
      if ((latest.current[code] ?? '').trim() === sent[code]) touched.current.delete(code);
    }
  }, []);

  /**
   * The shown values the supervisor changed, as the API takes them (an empty text removes the
   * supervisor's entry); untouched values are not rewritten.
   */
  const payload = useCallback(
    (plan: Plan, codes: readonly BerakhlakValueCodeDto[]): ExpectationTexts =>
      Object.fromEntries(
        codes
          .map((code) => [code, (latest.current[code] ?? '').trim()] as const)
          .filter(([code, text]) => text !== storedText(plan, code)),
      ),
    [],
  );

  /** Whether any shown value differs from what the plan has stored. */
  const isDirty = (plan: Plan, codes: readonly BerakhlakValueCodeDto[]) =>
    codes.some((code) => (texts[code] ?? '').trim() !== storedText(plan, code));

  return { texts, adopt, change, saved, payload, isDirty };
}
