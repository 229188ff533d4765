// Loads the widget only when the test asks, so the page can be inspected before the upgrade.
window.loadWidget = () =>
  new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/dist/coordinator-check.js';
    script.addEventListener('load', resolve);
    script.addEventListener('error', reject);
    document.head.append(script);
  });
