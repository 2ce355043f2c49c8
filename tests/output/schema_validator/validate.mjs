// Checks YAML files against a JSON Schema as an editor's YAML language server reads them:
// YAML 1.2 (a date stays text, a map's keys become text), JSON Schema draft-07, formats
// such as `date` checked. Used by tests/schema/schema_test.cpp.
//
//   node validate.mjs SCHEMA.json FILE.yaml...
//
// prints one line per file, "valid FILE" or "invalid FILE: what is wrong; ...", and exits
// 0; it exits 2 when the schema itself cannot be read or compiled.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import YAML from 'yaml';

function compile(path) {
  // strict: a keyword the validator does not know, or one in the wrong place, is an error
  // in the schema rather than silently ignored. The rules on keys that go together name
  // required keys in a schema beside the one that defines them, which strict mode would
  // refuse; a union of types (any scalar for text) is deliberate.
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, strictTypes: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(path, 'utf8')));
}

function problems(validate, file) {
  let doc;
  try {
    doc = YAML.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return ['not YAML: ' + String(e.message).split('\n')[0]];
  }
  if (validate(doc)) return [];
  return validate.errors.map((e) => (e.instancePath || '/') + ' ' + e.message);
}

const [schemaPath, ...files] = process.argv.slice(2);
let validate;
try {
  validate = compile(schemaPath);
} catch (e) {
  console.error('cannot use the schema ' + schemaPath + ': ' + e.message);
  process.exit(2);
}
for (const file of files) {
  const found = problems(validate, file);
  console.log(found.length ? 'invalid ' + file + ': ' + found.join('; ') : 'valid ' + file);
}
