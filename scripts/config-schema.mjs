// The JSON Schema for the widget's configuration, made from the built copy and limits so it can
// never drift from what the widget accepts. `--write` updates coordinator-check.schema.json;
// without it, the script fails when the committed file is out of date (run in `npm test`).
import {readFileSync, writeFileSync} from 'node:fs';
import {en} from '../dist/lib/i18n/en.js';
import {LIMITS, PLURAL_CATEGORIES} from '../dist/lib/config/parse-config.js';
import {BUILT_IN_TRAIT_IDS} from '../dist/lib/model/traits.js';
import {STATEMENT_KINDS} from '../dist/lib/model/types.js';

const file = 'coordinator-check.schema.json';
const text = {type: 'string', minLength: 1, maxLength: LIMITS.text};
const id = {type: 'string', pattern: '^[a-zA-Z][\\w-]{0,39}$'};

/** Copy keys mirror the English copy; a phrase with values becomes a "{name}" template string. */
function copySchema(value) {
  if (typeof value === 'string') return text;
  if (typeof value === 'function') {
    const names = [...new Set([...String(value).matchAll(/\$\{(\w+)\}/g)].map((m) => m[1]))];
    const description = names.length ? `Template; may use ${names.map((n) => `{${n}}`).join(', ')}.` : undefined;
    // Or plural forms of the template, picked by the language's rules for {count} (or the first number).
    return {description, oneOf: [text, {$ref: '#/$defs/plural'}]};
  }
  if (Array.isArray(value)) return {type: 'array', maxItems: LIMITS.suggestionsPerTrait, items: copySchema(value[0])};
  return {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, copySchema(inner)])),
  };
}

const link = (description) => ({...text, description});
const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'coordinator-check.schema.json',
  title: '<coordinator-check> configuration',
  description: 'The `config` property, or a <script type="application/json"> child of <coordinator-check>.',
  type: 'object',
  additionalProperties: false,
  $defs: {
    copy: copySchema(en),
    plural: {
      type: 'object',
      description: 'Plural forms of a template, chosen by Intl.PluralRules for the language of the copy; "other" is required.',
      required: ['other'],
      additionalProperties: false,
      properties: Object.fromEntries(PLURAL_CATEGORIES.map((category) => [category, text])),
    },
  },
  properties: {
    strings: {$ref: '#/$defs/copy', description: 'Override any piece of copy by key.'},
    locales: {
      type: 'object',
      description: 'Whole or partial translations, keyed by language tag, chosen by the nearest lang.',
      maxProperties: LIMITS.locales,
      additionalProperties: {$ref: '#/$defs/copy'},
    },
    traits: {
      type: 'array',
      description: `Reword a built-in trait (${BUILT_IN_TRAIT_IDS.join(', ')}) by its id, or add up to ${LIMITS.addedTraits} of your own after them.`,
      maxItems: BUILT_IN_TRAIT_IDS.length + LIMITS.addedTraits,
      items: {
        type: 'object',
        required: ['id'],
        additionalProperties: false,
        properties: {
          id,
          title: text,
          statements: {
            type: 'array',
            maxItems: LIMITS.statementsPerTrait,
            items: {
              type: 'object',
              required: ['id', 'text'],
              additionalProperties: false,
              properties: {
                id,
                text,
                kind: {
                  enum: STATEMENT_KINDS,
                  default: 'frequency',
                  description: 'frequency: Yes / Sometimes / No / Not sure. fact: Yes / No / Not sure.',
                },
              },
            },
          },
          suggestions: {
            type: 'array',
            maxItems: LIMITS.suggestionsPerTrait,
            items: text,
            description: 'Things to say when the trait falls short.',
          },
          questions: {
            type: 'array',
            maxItems: LIMITS.questionsPerTrait,
            items: text,
            description: 'Questions to ask when the person is not sure. A trait of your own without them uses its suggestions.',
          },
        },
      },
    },
    crisis: {
      description:
        "Replaces the nation's crisis lines; false hides the box. Anything else that cannot be used shows the nation's lines, with a warning.",
      oneOf: [
        {const: false},
        {
          type: 'array',
          maxItems: LIMITS.crisisLines,
          items: {
            type: 'object',
            required: ['label'],
            additionalProperties: false,
            properties: {
              label: text,
              phone: link('Becomes a tel: link when it can be dialled; otherwise (e.g. "111, press 2") shown as text.'),
              url: link('https: or http: only.'),
            },
          },
        },
      ],
    },
    teamCrisis: {
      type: 'object',
      description: "The team's own crisis or duty number, shown first in the crisis box.",
      required: ['phone'],
      additionalProperties: false,
      properties: {
        label: {...text, description: 'Default: the `crisis.team` copy.'},
        phone: link('Becomes a tel: link when it can be dialled; otherwise shown as text.'),
      },
    },
    factsChecked: {
      const: false,
      description: "false hides the result's line saying when its phone numbers and services were last checked.",
    },
    contact: {
      type: 'object',
      description: "The host's own advice service, shown instead of the nation's.",
      additionalProperties: false,
      properties: {
        name: text,
        phone: link('Becomes a tel: link.'),
        email: link('Becomes a mailto: link.'),
        url: link('https: or http: only.'),
      },
    },
  },
};

const json = `${JSON.stringify(schema, null, 2)}\n`;
if (process.argv.includes('--write')) {
  writeFileSync(file, json);
  console.log(`${file} written.`);
} else if (readFileSync(file, 'utf8') !== json) {
  console.error(`${file} is out of date: run \`npm run schema\` and commit it.`);
  process.exit(1);
} else {
  console.log(`${file} is current.`);
}
