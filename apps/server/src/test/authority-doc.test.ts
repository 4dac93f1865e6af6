import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { authorityTable } from '@kinerja/domain';

const DOC = fileURLToPath(new URL('../../../../docs/AUTHORITY.md', import.meta.url));

// Cells of a Markdown table, so that the formatter's column padding does not matter.
const cells = (table: string | undefined) =>
  (table ?? '')
    .trim()
    .split('\n')
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/^:?-+:?$/, '---')),
    );

describe('docs/AUTHORITY.md', () => {
  // Regenerate with: npx tsx -e "import('./packages/domain/src/policies/authority-table.ts').then((m) => console.log(m.authorityTable()))"
  it('embeds the action × role table of ACTION_GRANTS as it is', () => {
    const text = readFileSync(DOC, 'utf8');
    const block = /<!-- grants:start -->([\s\S]*?)<!-- grants:end -->/.exec(text)?.[1];
    expect(cells(block)).toEqual(cells(authorityTable()));
  });
});
