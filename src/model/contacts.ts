// The shapes of the contacts a host can give: its own advice service and crisis lines. Checked by
// config/parse-contacts.ts; worded by i18n/result-view.ts.

/** The host's own advice service, shown instead of the nation's. */
export interface ContactConfig {
  /** Left out: the nation's advice service keeps its name. */
  readonly name?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly url?: string;
}

/** One line in the "if you need help now" box. A phone with words ("111, press 2") is shown as text. */
export interface CrisisLineConfig {
  readonly label: string;
  readonly phone?: string;
  readonly url?: string;
}

/** The person's own team's crisis or duty number, shown first in the "if you need help now" box. */
export interface TeamCrisisConfig {
  /** Left out: "Your own team's crisis or duty line:". */
  readonly label?: string;
  readonly phone: string;
}
