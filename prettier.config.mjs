// Prettier for `npm run format` (writes) and `npm run lint` (checks). Chosen to match the code as it was
// written: single quotes, no spaces inside braces, trailing commas, and the line width that changed the
// fewest lines of the existing code (145, measured against 100-200).
/** @type {import('prettier').Config} */
export default {
  singleQuote: true,
  bracketSpacing: false,
  trailingComma: 'all',
  printWidth: 145,
  // Leave the insides of html`` and css`` (and Markdown code blocks) alone: whitespace in a Lit template is
  // rendered whitespace, and lit-analyzer and eslint-plugin-lit check those templates instead.
  embeddedLanguageFormatting: 'off',
};
