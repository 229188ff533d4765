// Part of `npm test`: a warning, never a failure, once the facts' review date has passed, so the
// phone numbers and services are checked against their sources again (docs/facts-and-sources.md).
import {factsReviewDue} from '../dist/lib/model/facts.js';

const due = factsReviewDue(new Date());
if (due) console.warn(`\n\u26a0 ${due}\n`);
else console.log('The facts are within their review date.');
