// Lints Cypher files for Neo4j 5 with Neo4j's own @neo4j-cypher/language-support (lintCypherQuery).
// Usage: node tools/cypher-lint/lint.mjs [--json] PATH...   (folders are searched for *.cypher)
// Exit code 1 when any file has an error or a warning, 2 on bad usage.
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const args = process.argv.slice(2);
const json = args.includes('--json');
const paths = args.filter(a => a !== '--json');
if (paths.length === 0) {
  console.error('usage: lint.mjs [--json] PATH...');
  process.exit(2);
}

const files = [];
const collect = p => {
  if (statSync(p).isDirectory()) {
    for (const entry of readdirSync(p).sort()) collect(join(p, entry));
  } else if (p.endsWith('.cypher')) {
    files.push(p);
  }
};
paths.forEach(collect);

const severities = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
const report = files.map(file => {
  const text = readFileSync(file, 'utf8');
  // Parameters a file declares with `// @param name = JSON` are known to the linter, as they are when the file runs.
  const parameters = {};
  for (const [, name, value] of text.matchAll(/^\s*\/\/\s*@param\s+(\w+)(?:\s*:\s*\w+)?\s*=\s*(.+)$/gm)) parameters[name] = JSON.parse(value);
  const { diagnostics } = lintCypherQuery(text, { parameters });
  return {
    file: relative(process.cwd(), file),
    diagnostics: diagnostics
      .filter(d => d.severity <= 2)
      .map(d => ({
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        severity: severities[d.severity],
        message: d.message,
      })),
  };
});

if (json) {
  console.log(JSON.stringify(report));
} else {
  for (const { file, diagnostics } of report) {
    for (const d of diagnostics) console.log(`${file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`);
  }
  const problems = report.reduce((n, r) => n + r.diagnostics.length, 0);
  console.log(`cypher-lint: ${files.length} file(s), ${problems} problem(s)`);
}
process.exit(report.some(r => r.diagnostics.length > 0) ? 1 : 0);
