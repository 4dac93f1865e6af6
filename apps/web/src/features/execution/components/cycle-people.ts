import type { PracticeCycle } from '@kinerja/contract';

/** The observer's name(s): the principal (or Plt) of a teacher, the pengawas of a principal. */
export const observerNames = (cycle: PracticeCycle): string =>
  cycle.observer.people.map((person) => person.name).join(', ') || '-';

/** "Selesai …" of a step, when it is done. */
export const stepOf = (cycle: PracticeCycle, step: PracticeCycle['steps'][number]['step']) =>
  cycle.steps.find((entry) => entry.step === step);
