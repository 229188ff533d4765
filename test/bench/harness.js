// In-page measurement for `npm run bench`, identical for the widget and the floor.
// A classic script in <head>: it runs before the element's module script and before
// the body is parsed. Every time is performance.now(), i.e. ms since navigation start.
//
// "Visible" = every radio the page should have (40 per instance) is in the DOM and has a
// non-zero bounding box. How it is detected, the same way for both elements:
//  - Element.prototype.attachShadow is wrapped so each new shadow root is observed by a
//    MutationObserver (subtree, childList); the document is observed too.
//  - On each observer callback (a microtask, i.e. right after the element's own
//    rendering work, which for Lit is itself microtask-batched) the radios are counted;
//    once all are present, getBoundingClientRect() is read for each, which forces the
//    style recalculation and layout the browser would otherwise do before the next
//    paint. The time after that is "visible". Not frame-quantised (no rAF polling), and
//    the forced style+layout is work the browser must do anyway, merely pulled forward.
//  - A requestAnimationFrame loop re-checks as a fallback (e.g. if boxes were still
//    zero-sized), and the first paint entries are recorded as a cross-check.
// ?mode=complete then scripts a full completion: one radio per statement of the first
// instance (`fieldset.statement`) is clicked (element.click(): real click + input + change events), each click
// followed by a task yield (MessageChannel, not setTimeout's clamped delay) and a forced
// layout, then the submit button; "result" is when the shadow root holds a laid-out
// `.result` element.
(() => {
  const script = document.currentScript;
  const tag = script.dataset.tag;
  const params = new URLSearchParams(location.search);
  const n = Math.max(1, Number(params.get('n')) || 1);
  const mode = params.get('mode') || 'visible';
  const expected = n * 40;
  const RADIOS = 'input[type=radio][data-statement]';
  const bench = (window.__bench = {tag, n, mode, expected, done: false, error: null, marks: {}});
  const mark = (name) => {
    if (bench.marks[name] === undefined) bench.marks[name] = performance.now();
  };
  const fail = (error) => {
    bench.error = String((error && error.stack) || error);
    bench.done = true;
  };
  window.addEventListener('error', (e) => fail(e.error || e.message));
  window.addEventListener('unhandledrejection', (e) => fail(e.reason));

  const roots = [];
  const observer = new MutationObserver(check);
  observer.observe(document, {childList: true, subtree: true});
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (this.localName === tag) {
      roots.push(root);
      observer.observe(root, {childList: true, subtree: true});
    }
    return root;
  };
  const define = customElements.define;
  customElements.define = function (name, ...rest) {
    if (name === tag) mark('defineStart');
    const value = define.call(this, name, ...rest);
    if (name === tag) mark('defineEnd'); // for the floor, upgrading builds the whole DOM here
    return value;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) mark(entry.name); // first-paint, first-contentful-paint
  }).observe({type: 'paint', buffered: true});

  let visible = false;
  function check() {
    if (bench.done) return;
    if (!visible) {
      let count = 0;
      for (const root of roots) count += root.querySelectorAll(RADIOS).length;
      if (count < expected) return;
      mark('domComplete');
      for (const root of roots) {
        for (const radio of root.querySelectorAll(RADIOS)) {
          const box = radio.getBoundingClientRect();
          if (!(box.width > 0 && box.height > 0)) return;
        }
      }
      visible = true;
      mark('visible');
      if (mode === 'complete') complete().catch(fail);
      else finish();
    }
  }
  (function frame() {
    if (bench.done) return;
    check();
    requestAnimationFrame(frame);
  })();

  // A task boundary without setTimeout's 4 ms clamp after nested calls.
  const channel = new MessageChannel();
  const yieldTask = () =>
    new Promise((resolve) => {
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });

  async function complete() {
    const root = roots[0];
    const host = root.host;
    const statements = root.querySelectorAll('fieldset.statement');
    const picks = [...statements].map((fieldset, i) => fieldset.querySelectorAll(RADIOS)[i % 4]);
    if (picks.length !== 10 || picks.some((r) => !r)) throw new Error(`expected 10 statements, found ${picks.length}`);
    mark('interactStart');
    for (let i = 0; i < picks.length; i++) {
      // The widget re-renders from its state: find the radio again rather than keep a stale node.
      const radio = root.querySelectorAll('fieldset.statement')[i].querySelectorAll(RADIOS)[i % 4];
      radio.click();
      await yieldTask();
      radio.getBoundingClientRect();
      if (!radio.checked) throw new Error(`radio ${i} is not checked after its click`);
    }
    mark('answered');
    const eventName = tag === 'floor-check' ? 'floor-check-result' : 'coordinator-check-result';
    host.addEventListener(eventName, () => mark('resultEvent'), {once: true});
    root.querySelector('button[type=submit]').click();
    // Yield first, for both elements alike (the floor renders synchronously, Lit in a microtask).
    for (let i = 0; ; i++) {
      await yieldTask();
      const result = root.querySelector('.result');
      if (result) {
        const box = result.getBoundingClientRect();
        if (box.width > 0 && box.height > 0) break;
      }
      if (i > 1000) throw new Error('no .result after submit');
    }
    mark('result');
    if (bench.marks.resultEvent === undefined) throw new Error('no result event fired');
    finish();
  }

  function finish() {
    const nav = performance.getEntriesByType('navigation')[0];
    if (nav) for (const key of ['responseStart', 'responseEnd', 'domInteractive']) bench.marks[key] = nav[key];
    const resources = performance.getEntriesByType('resource').filter((r) => /\.js(\?|$)/.test(r.name));
    bench.scriptResponseEnd = resources.length ? Math.max(...resources.map((r) => r.responseEnd)) : null;
    bench.scriptBytes = resources.reduce((sum, r) => sum + (r.encodedBodySize || 0), 0);
    bench.done = true;
    observer.disconnect();
  }
})();
