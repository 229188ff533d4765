// The ids the widget moves focus to, shared by the views that render them and the controllers that
// move focus, so neither imports the other.

/** The ids of the elements that take focus as the person moves through the widget. */
export const focusIds = (uid: string) =>
  ({
    heading: `${uid}-heading`,
    step: `${uid}-step`,
    check: `${uid}-check`,
    errors: `${uid}-errors`,
    result: `${uid}-result`,
    confirm: `${uid}-confirm`,
    startAgain: `${uid}-start-again`,
  }) as const;
