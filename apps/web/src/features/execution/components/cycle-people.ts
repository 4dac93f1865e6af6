import type { PracticeCycle } from '@kinerja/contract';

/** The observer's name(s): the principal (or Plt) of a teacher, the pengawas of a principal. */
export const observerNames = (cycle: PracticeCycle): string =>
  cycle.observer.people.map((person) => person.name).join(', ') || '-';
