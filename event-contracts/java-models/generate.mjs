// Java classes of the integration events from the AsyncAPI document, with Modelina (@asyncapi/modelina),
// as a consuming agency would generate them:
//
//   npm install && node generate.mjs <path to asyncapi.yaml> <output directory> <java package>
//
// Two choices differ from `asyncapi generate models java`: every `format: decimal` number becomes
// java.math.BigDecimal (Modelina's default maps every JSON number to Double, which cannot hold most cent
// values exactly), and the document is given to Modelina as a file, so that its AsyncAPI 3.1 version is read
// (the CLI hands Modelina the parsed document, which Modelina 5.10 only accepts up to AsyncAPI 3.0.0).
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import modelina from '@asyncapi/modelina';

const { JavaFileGenerator, JAVA_JACKSON_PRESET, JAVA_DESCRIPTION_PRESET } = modelina;

const [document, output, packageName] = process.argv.slice(2);
if (!document || !output || !packageName) {
  console.error('usage: node generate.mjs <asyncapi.yaml> <output directory> <java package>');
  process.exit(2);
}

const generator = new JavaFileGenerator({
  collectionType: 'List',
  presets: [JAVA_JACKSON_PRESET, JAVA_DESCRIPTION_PRESET],
  typeMapping: {
    Float: ({ constrainedModel, partOfProperty }) => {
      if (constrainedModel.options.format === 'decimal') {
        return 'java.math.BigDecimal';
      }
      // Modelina's own mapping for any other number
      const optional = constrainedModel.options.isNullable || !partOfProperty?.required;
      if (constrainedModel.options.format === 'float') {
        return optional ? 'Float' : 'float';
      }
      return optional ? 'Double' : 'double';
    },
  },
});
const models = await generator.generateToFiles(pathToFileURL(path.resolve(document)).href, output, { packageName });
const names = models.map((model) => model.modelName).sort();
if (names.length === 0) {
  console.error('no model generated from ' + document);
  process.exit(1);
}
console.log(names.join('\n'));
