// Runs the W3C Thing Description playground's validator (@thing-description-playground/core)
// over Thing Descriptions (*.td.json) and Thing Models (*.tm.json) and prints one JSON line per
// file: {"file", "report": {"json", "schema", "defaults", "jsonld", "additional"}, "details"}.
//
//   node tdplayground.js MODULES_DIR FILE...
const path = require('node:path')
const fs = require('node:fs')

const [modules, ...files] = process.argv.slice(2)
const core = require(path.join(modules, '@thing-description-playground/core'))

;(async () => {
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8')
    const validate = file.endsWith('.tm.json') ? core.tmValidator : core.tdValidator
    let line
    try {
      // No log output; the JSON-LD check would fetch the TD context from the web: left out.
      const result = await validate(text, () => {}, { checkJsonLd: false })
      line = { file, report: result.report, details: result.details }
    } catch (e) {
      line = { file, error: String(e) }
    }
    process.stdout.write(JSON.stringify(line) + '\n')
  }
  process.exit(0)
})()
