// Runs before any copy of the widget: records uncaught errors and every custom element definition.
window.errors = [];
window.definitions = [];
window.addEventListener('error', (event) => window.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.errors.push(String(event.reason)));
const define = customElements.define.bind(customElements);
customElements.define = (name, ...rest) => {
  window.definitions.push(name);
  return define(name, ...rest);
};
