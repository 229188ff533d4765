import type {RoleWords, Strings} from './strings.js';
import {BUILT_IN_STATEMENT_KINDS, BUILT_IN_TRAIT_IDS, builtInStatementId} from '../model/traits.js';
import type {StatementKind, Trait} from '../model/types.js';

/** A host's change to one trait: rewords a built-in one, or adds its own. */
export interface TraitConfig {
  readonly id: string;
  readonly title?: string;
  /** A statement without a `kind` is a `frequency` statement (Yes / Sometimes / No / Not sure). */
  readonly statements?: readonly {readonly id: string; readonly text: string; readonly kind?: StatementKind}[];
  readonly suggestions?: readonly string[];
  /** Questions to ask when the person is not sure; a trait of the host's own without them uses its suggestions. */
  readonly questions?: readonly string[];
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

/** What the person's plan is called in a nation: a care and treatment plan in Wales. */
export const planName = (strings: Strings, region: string): string => (region === 'wales' ? strings.plan.wales : strings.plan.default);

/**
 * The traits this page shows: the built-in five in the chosen words, then the host's own. Text fills
 * in `{role}` (and its forms) and `{plan}`, what the nation calls the person's plan.
 */
export function resolveTraits(strings: Strings, role: RoleWords, custom: readonly TraitConfig[] = [], plan = strings.plan.default): Trait[] {
  const fill = (text: string) => fillTemplate(text, {...role, plan});
  const builtIn: Trait[] = BUILT_IN_TRAIT_IDS.map((id) => {
    const copy = strings.traits[id];
    return {
      id,
      title: copy.title,
      statements: copy.statements.map((text, i) => ({
        id: builtInStatementId(id, i),
        text: text(role),
        kind: BUILT_IN_STATEMENT_KINDS[id][i] ?? 'frequency',
      })),
      suggestions: copy.suggestions,
      questions: copy.questions,
      ...(copy.hint && {hint: copy.hint(role)}),
    };
  });
  const added = custom
    .filter((t) => !builtIn.some((b) => b.id === t.id))
    .map((t): Trait => ({id: t.id, title: t.title ?? t.id, statements: [], suggestions: [], questions: t.questions ?? t.suggestions ?? []}));
  // Host text fills in {role}; the host's own traits need at least one statement.
  return [...builtIn, ...added]
    .map((trait): Trait => {
      const own = custom.find((t) => t.id === trait.id);
      return {
        ...trait,
        title: own?.title ? fill(own.title) : trait.title,
        statements: own?.statements?.map((s) => ({id: s.id, text: fill(s.text), kind: s.kind ?? 'frequency'})) ?? trait.statements,
        suggestions: (own?.suggestions ?? trait.suggestions).map(fill),
        questions: (own?.questions ?? trait.questions).map(fill),
      };
    })
    .filter((trait) => trait.statements.length);
}
