// Parses every card rendered by tests/BackStrength.Cards.Tests with the official adaptivecards library, the
// same parser Web Chat uses, and fails on any parse or validation message. Run the .NET tests first: they
// write the cards to artifacts/rendered-cards/.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
// The package's "lib" build is ESM without file extensions, which Node cannot load; the UMD bundle can.
const AdaptiveCards = require('adaptivecards/dist/adaptivecards.js');

const repositoryRoot = path.resolve(__dirname, '..', '..');
const renderedFolder = path.join(repositoryRoot, 'artifacts', 'rendered-cards');
const layoutNames = fs
  .readdirSync(path.join(repositoryRoot, 'cards'))
  .filter((file) => file.endsWith('.json') && !file.endsWith('.data.json'))
  .map((file) => path.basename(file, '.json'));

function renderedFiles() {
  assert.ok(
    fs.existsSync(renderedFolder),
    `${renderedFolder} is missing: run "dotnet test tests/BackStrength.Cards.Tests" before this test.`,
  );
  return fs.readdirSync(renderedFolder).filter((file) => file.endsWith('.json'));
}

/**
 * Where the parsed card differs from the JSON it was given: a property the library did not understand (wrong
 * type, wrong place, misspelt) is missing from its output. Empty lists and empty strings are left out by the
 * library on purpose, so they do not count, and neither does Teams' own card property "msteams" (full width).
 */
const teamsOnlyPaths = new Set(['$.msteams']);

function differences(source, parsed, path = '$') {
  if (teamsOnlyPaths.has(path) || source === undefined || (Array.isArray(source) && source.length === 0) || source === '') {
    return [];
  }
  if (typeof source !== 'object' || source === null) {
    return source === parsed ? [] : [`${path}: ${JSON.stringify(source)} became ${JSON.stringify(parsed)}`];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(source) !== Array.isArray(parsed)) {
    return [`${path}: ${JSON.stringify(source).slice(0, 80)} became ${JSON.stringify(parsed)}`];
  }
  return Object.keys(source).flatMap((key) => differences(source[key], parsed[key], `${path}.${key}`));
}

function parse(json) {
  const card = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext();
  card.parse(json, context);
  const messages = [];
  for (let i = 0; i < context.eventCount; i++) {
    messages.push(context.getEventAt(i).message);
  }
  for (const event of card.validateProperties().validationEvents) {
    messages.push(event.message);
  }
  return { card, messages };
}

/** Every Image element in the card's JSON, however deeply nested (containers, columns, image sets). */
function imagesIn(node) {
  if (Array.isArray(node)) {
    return node.flatMap(imagesIn);
  }
  if (typeof node !== 'object' || node === null) {
    return [];
  }
  return [...(node.type === 'Image' ? [node] : []), ...Object.values(node).flatMap(imagesIn)];
}

test('every layout was rendered by the .NET tests', () => {
  const files = renderedFiles();
  for (const name of layoutNames) {
    assert.ok(files.some((file) => file.startsWith(`${name}.`)), `No rendered card for ${name}.`);
  }
});

for (const file of fs.existsSync(renderedFolder) ? renderedFiles() : []) {
  test(`${file} parses with the official library without errors or warnings`, () => {
    const json = JSON.parse(fs.readFileSync(path.join(renderedFolder, file), 'utf8'));

    const { card, messages } = parse(json);

    assert.deepEqual(messages, []);
    assert.ok(Number(card.version.toString()) <= 1.5, `version ${card.version} is above 1.5`);
    assert.deepEqual(differences(json, card.toJSON()), [], 'the parser dropped or changed parts of the card');
    // What a screen reader needs: a label on every input and a message when a required one is left empty,
    // a description of every picture, and a spoken summary of the card.
    for (const input of card.getAllInputs()) {
      assert.ok(input.label, `input ${input.id} has no label`);
      assert.ok(!input.isRequired || input.errorMessage, `required input ${input.id} says nothing when left empty`);
    }
    for (const image of imagesIn(json)) {
      assert.ok(image.altText, `image ${image.url} has no altText`);
    }
    assert.ok(json.speak, 'the card has nothing to speak');
  });
}
