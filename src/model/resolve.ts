import type {RoleWords, Strings} from '../locales/strings.js';
import {BUILT_IN_TRAIT_IDS, builtInStatementId} from './traits.js';
import type {Trait} from './types.js';

/** A host's change to one trait: rewords a built-in one, or adds its own. */
export interface TraitConfig {
  readonly id: string;
  readonly title?: string;
  readonly statements?: readonly {readonly id: string; readonly text: string}[];
  readonly suggestions?: readonly string[];
}

const VOWEL_SOUND = /^[aeiou]/i;

/** Words for the professional's role, e.g. "key worker" -> "Key worker", "a key worker". */
export function roleWords(role: string): RoleWords {
  return {
    role,
    Role: role.charAt(0).toLocaleUpperCase() + role.slice(1),
    aRole: `${VOWEL_SOUND.test(role) ? 'an' : 'a'} ${role}`,
  };
}

/** Fills `{name}` placeholders in a host's text; unknown names stay as written. */
export function fillTemplate(template: string, values: object): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String((values as Record<string, unknown>)[name]) : whole,
  );
}

/** The traits this page shows: the built-in five in the chosen words, then the host's own. */
export function resolveTraits(strings: Strings, role: RoleWords, custom: readonly TraitConfig[] = []): Trait[] {
  const fill = (text: string) => fillTemplate(text, role);
  const builtIn = BUILT_IN_TRAIT_IDS.map((id) => ({
    id,
    title: strings.traits[id].title,
    statements: strings.traits[id].statements.map((text, i) => ({id: builtInStatementId(id, i), text: text(role)})),
    suggestions: strings.traits[id].suggestions,
  }));
  const added = custom.filter((t) => !builtIn.some((b) => b.id === t.id)).map((t) => ({...t, statements: [], suggestions: []}));
  // Host text fills in {role}; the host's own traits need at least one statement.
  return [...builtIn, ...added]
    .map((trait) => {
      const own = custom.find((t) => t.id === trait.id);
      return {
        id: trait.id,
        title: own?.title ? fill(own.title) : trait.title ?? trait.id,
        statements: own?.statements?.map((s) => ({id: s.id, text: fill(s.text)})) ?? trait.statements,
        suggestions: (own?.suggestions ?? trait.suggestions).map(fill),
      };
    })
    .filter((trait) => trait.statements.length);
}
