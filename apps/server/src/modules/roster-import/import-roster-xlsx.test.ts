import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import { importRosterFile } from './import-roster.js';
import { rosterCounts, SAMPLES, schoolRow, writeTemp, xlsxBytes } from './roster-test-support.js';

const NOTHING = {
  schoolsCreated: 0,
  schoolsUpdated: 0,
  peopleCreated: 0,
  peopleUpdated: 0,
  principalsSet: 0,
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kinerja-roster-xlsx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('importRosterFile — XLSX', () => {
  const t = useTestApp();

  it('reads the Sekolah sheet of a workbook, then the sample PTK workbook, with the rows of the sheet', async () => {
    const { ctx } = t();
    const sample = (await readFile(SAMPLES.schools, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    const workbook = await xlsxBytes({
      Petunjuk: [['Isi lembar Sekolah']],
      Sekolah: [...sample, schoolRow()],
    });
    const schools = await importRosterFile(ctx, {
      filePath: await writeTemp(dir, 'sekolah.xlsx', workbook),
      actorId: null,
    });
    expect(schools).toMatchObject({
      ok: true,
      kind: 'schools',
      rowsTotal: 4,
      summary: { ...NOTHING, schoolsCreated: 4 },
    });
    const ptk = await importRosterFile(ctx, { filePath: SAMPLES.ptkXlsx, actorId: null });
    expect(ptk).toMatchObject({
      ok: true,
      kind: 'ptk',
      rowsTotal: 10,
      summary: { ...NOTHING, peopleCreated: 10, principalsSet: 3 },
    });
    expect(await rosterCounts(ctx.db)).toMatchObject({
      schools: 4,
      people: 10,
      schoolStaff: 10,
      schoolPrincipals: 3,
    });
  });
});
