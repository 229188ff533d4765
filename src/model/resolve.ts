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
  const byId = new Map(custom.map((t) => [t.id, t]));
  const hostText = (text: string) => fillTemplate(text, role);
  const builtIn: Trait[] = BUILT_IN_TRAIT_IDS.map((id) => {
    const copy = strings.traits[id];
    const own = byId.get(id);
    return {
      id,
      title: own?.title ? hostText(own.title) : copy.title,
      statements:
        own?.statements?.map((s) => ({id: s.id, text: hostText(s.text)})) ??
        copy.statements.map((text, i) => ({id: builtInStatementId(id, i), text: text(role)})),
      suggestions: (own?.suggestions ?? copy.suggestions).map(hostText),
    };
  });
  const added: Trait[] = custom
    .filter((t) => !(BUILT_IN_TRAIT_IDS as readonly string[]).includes(t.id))
    .map((t) => ({
      id: t.id,
      title: hostText(t.title ?? t.id),
      statements: (t.statements ?? []).map((s) => ({id: s.id, text: hostText(s.text)})),
      suggestions: (t.suggestions ?? []).map(hostText),
    }))
    .filter((t) => t.statements.length > 0);
  return [...builtIn, ...added];
}
