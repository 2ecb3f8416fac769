// Runs the reference DTDL parser (DTDLParser as WebAssembly, @digicatapult/dtdl-parser) over
// model sets and prints its verdict on each, one JSON line per set:
//   {"name": "...", "valid": true}  or  {"name": "...", "valid": false, "errors": ["...", ...]}
//
//   node dtdlreference.mjs MODULES_DIR SETS.json
//
// SETS.json is [{"name": "...", "files": ["a.json", ...]}, ...]; each set is parsed on its own,
// its files' documents (objects or arrays of objects) together.
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const [modules, setsFile] = process.argv.slice(2)
const entry = path.join(modules, '@digicatapult/dtdl-parser/build/index.js')
const { getInterop } = await import(pathToFileURL(entry).href)
const parser = await getInterop()
process.stderr.write(`reference: ${parser.parserVersion()}\n`)

const sets = JSON.parse(fs.readFileSync(setsFile, 'utf8'))
for (const set of sets) {
  const documents = []
  for (const file of set.files) {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''))
    for (const d of Array.isArray(parsed) ? parsed : [parsed]) documents.push(d)
  }
  let verdict
  try {
    parser.parse(JSON.stringify(documents))
    verdict = { name: set.name, valid: true }
  } catch (e) {
    const text = String(e && e.message ? e.message : e)
    let errors = [text.split('\n')[0]]
    try {
      const body = JSON.parse(text.slice(text.indexOf('{')))
      if (Array.isArray(body.Errors)) errors = body.Errors.map((x) => `${x.ValidationID}: ${x.Cause}`)
      else if (body.ExceptionKind) errors = [`${body.ExceptionKind}: ${JSON.stringify(body).slice(0, 400)}`]
    } catch (_) {
      // not a parser exception in JSON: keep the first line
    }
    verdict = { name: set.name, valid: false, errors }
  }
  process.stdout.write(JSON.stringify(verdict) + '\n')
}
// The WebAssembly runtime keeps timers alive after the work is done.
process.exit(0)
