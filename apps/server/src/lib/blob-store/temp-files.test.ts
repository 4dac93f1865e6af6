import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepTempFiles } from './index.js';

const HOUR = 3_600_000;

describe('temporary upload files (issue 12 finding 8a)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kinerja-tmp-sweep-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('removes files not written for longer than the age, keeps uploads in flight', async () => {
    await mkdir(join(dir, 's3-upload'), { recursive: true });
    const old = join(dir, 'killed.part');
    const oldS3 = join(dir, 's3-upload', 'killed-too.part');
    const fresh = join(dir, 'in-flight.part');
    await writeFile(old, Buffer.alloc(1000));
    await writeFile(oldS3, Buffer.alloc(500));
    await writeFile(fresh, Buffer.alloc(70));
    const twoHoursAgo = new Date(Date.now() - 2 * HOUR);
    await utimes(old, twoHoursAgo, twoHoursAgo);
    await utimes(oldS3, twoHoursAgo, twoHoursAgo);

    expect(await sweepTempFiles(dir)).toEqual({
      files: 3,
      bytes: 1570,
      removed: 0,
      removedBytes: 0,
    });
    const swept = await sweepTempFiles(dir, { removeOlderThan: new Date(Date.now() - HOUR) });
    expect(swept).toEqual({ files: 1, bytes: 70, removed: 2, removedBytes: 1500 });
    expect(await readdir(dir, { recursive: true })).toEqual(['in-flight.part', 's3-upload']);
  });

  it('answers zero for a directory that does not exist yet', async () => {
    expect(await sweepTempFiles(join(dir, 'none'))).toEqual({
      files: 0,
      bytes: 0,
      removed: 0,
      removedBytes: 0,
    });
  });
});
