import { parse } from 'csv-parse';
import { Readable } from 'node:stream';
const text = 'a,b,c\r\n1,"x\ny",3\n\n4,5,6\n7,"unterminated,8\n9,10';
const p = Readable.from([text]).pipe(parse({ info: true, raw: true, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }));
try {
for await (const r of p) console.log(JSON.stringify({rec: r.record, lines: r.info.lines, raw: r.raw}));
} catch (e) { console.log('ERR', e.code, e.message, e.lines); }
