import {
  registerRuleSets,
  ruleSet2027Derivation,
  type RuleSetChanges,
  type RuleSetDerivation,
} from '@kinerja/domain';
import type { Db } from '../../db/database.js';

/** The stored derived rule sets, oldest first. */
export async function listRuleSetDerivations(db: Db): Promise<RuleSetDerivation[]> {
  const rows = await db.selectFrom('ruleSets').selectAll().orderBy('createdAt').execute();
  return rows.map((row) => ({
    version: row.version,
    basedOn: row.basedOn,
    label: { id: row.label, en: row.labelEn },
    changes: row.changes as RuleSetChanges,
  }));
}

/** Stores the seeded derived rule sets (2027 from 2026) when missing; later edits are kept. */
export async function ensureRuleSets(db: Db, now: Date): Promise<void> {
  const seed = ruleSet2027Derivation;
  await db
    .insertInto('ruleSets')
    .values({
      version: seed.version,
      basedOn: seed.basedOn,
      label: seed.label.id,
      labelEn: seed.label.en,
      changes: JSON.stringify(seed.changes),
      createdBy: null,
      createdAt: now,
    })
    .onConflict((oc) => oc.column('version').doNothing())
    .execute();
}

/** Registers every stored rule set in the domain registry, so `ruleSetFor` knows them. */
export async function registerStoredRuleSets(db: Db): Promise<void> {
  registerRuleSets(await listRuleSetDerivations(db));
}
