// Runs first on the strict-CSP pages (a file, since the policy forbids inline script): records every
// policy violation and every result event, the way a host script on such a page would see them.
window.violations = [];
window.results = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => window.violations.push({directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample}),
  true,
);
document.addEventListener('coordinator-check-result', (event) => window.results.push(event.detail));
