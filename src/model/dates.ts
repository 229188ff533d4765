// Dates without Intl where English and ISO days are all the widget needs: the first Intl date
// format on a page costs 150-230 ms of a 4x-throttled CPU (ICU sets itself up), which a person
// would wait through on pressing "See my results". Measured with `npm run bench` and a CDP profile.

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** A date as the NHS writes it, and as Intl's en-GB long date does: "2 December 2026". */
export const britishDate = (date: Date): string => `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;

const two = (n: number): string => String(n).padStart(2, '0');

/** The local calendar day as YYYY-MM-DD: two checks on one day are one check, and files are named by it. */
export const localDay = (date: Date): string => `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
