// Counts Content-Security-Policy and Trusted Types violations, and uncaught errors, for the
// strict-page tests (an external file: this page's policy forbids inline script).
window.violations = [];
window.pageErrors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`.trim());
});
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
