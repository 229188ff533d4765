// The same URLs as the page's two module script tags, so these are those two module instances.
import * as a from '/dist/coordinator-check.js?a';
import * as b from '/dist/coordinator-check.js?b';

window.moduleA = a;
window.moduleB = b;
