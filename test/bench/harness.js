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
// ?mode=interact: once visible, the page waits for the bench (bench.mjs) to press radios
// and the submit button with real input (CDP mouse events). Before each press the bench
// calls __bench.arm(kind); the page then records one sample and resolves __bench.sample()
// with it ("interact mode" below documents the method).
(() => {
  const script = document.currentScript;
  const tag = script.dataset.tag;
  const params = new URLSearchParams(location.search);
  const n = Math.max(1, Number(params.get('n')) || 1);
  const mode = params.get('mode') || 'visible';
  // Radios per instance: 40 in the floor; the widget's page says how many its questions have.
  const expected = n * (Number(script.dataset.radios) || 40);
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
      if (mode === 'interact') {
        observer.disconnect(); // nothing more to watch: keep the page quiet for the presses
        bench.ready = true;
      } else finish();
    }
  }
  (function poll() {
    if (bench.done || visible) return;
    check();
    requestAnimationFrame(poll);
  })();

  // A task boundary without setTimeout's 4 ms clamp after nested calls (a channel per call, so
  // two pending yields never answer each other).
  const yieldTask = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

  // --- interact mode: one armed measurement at a time ------------------------------------
  //
  // Start ("pressed") is the click event's timeStamp: the time the input reached the browser,
  // so any delay before the page could handle it counts too. A label's click is the first
  // click dispatched; its activation (the radio's click, input, change) follows in the same task.
  // The click listener (capture, on window) then asks for both the next task and the next
  // animation frame: neither can run before the click's task, with every listener and every
  // microtask it queued (Lit renders in a microtask), has finished.
  //
  // answer, "processed": whichever of those two runs first, then the host's updateComplete if
  //   it has one, then forced style and layout (getBoundingClientRect), work the next frame
  //   would otherwise do. This is the work the click costs, without the wait for the next frame
  //   (0-16.7 ms at 60 Hz, which no code can shorten). "toPaint" (kept in the report) is the
  //   time to the next frame painted, as below.
  // submit, "painted": the first task after the first animation frame, from the click on, in
  //   which the shadow root holds a laid-out result part. rAF callbacks run just before the
  //   browser's style, layout and paint of that frame, so a task posted from one runs once
  //   the frame is painted.
  // Event Timing entries (duration: input to next paint presented, in 8 ms steps, reported only
  // above 16 ms) are collected too and reported beside, as an independent check of both.
  let armed = false;
  const eventTimings = [];
  if (mode === 'interact' && PerformanceObserver.supportedEntryTypes?.includes('event')) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'click') eventTimings.push({startTime: e.startTime, duration: e.duration});
    }).observe({type: 'event', durationThreshold: 16});
  }
  const paintedWhen = async (firstFrame, ready) => {
    await firstFrame;
    for (let i = 0; !ready(); i++) {
      if (i > 600) throw new Error('nothing rendered after the click');
      await frame();
    }
    await yieldTask();
    return performance.now();
  };
  const laidOutResult = (root) => () => {
    const el = root.querySelector('[part~="result"]');
    if (!el) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  bench.arm = (kind) => {
    if (armed) throw new Error('already armed');
    armed = true;
    const root = roots[0];
    const host = root.host;
    const eventName = tag === 'floor-check' ? 'floor-check-result' : 'coordinator-check-result';
    let resultEvent = false;
    if (kind === 'submit') host.addEventListener(eventName, () => (resultEvent = true), {once: true});
    let sample;
    const measured = new Promise((resolve) => (sample = resolve));
    const onClick = (event) => {
      window.removeEventListener('click', onClick, true);
      armed = false;
      const start = event.timeStamp;
      const handlerStart = performance.now();
      const nextFrame = frame();
      const nextTask = yieldTask();
      (async () => {
        const out = {kind, start, inputDelay: handlerStart - start};
        if (kind === 'answer') {
          await Promise.race([nextTask, nextFrame]);
          if (typeof host.updateComplete?.then === 'function') await host.updateComplete;
          host.getBoundingClientRect();
          out.processed = performance.now() - start;
          out.toPaint = (await paintedWhen(nextFrame, () => true)) - start;
        } else {
          out.painted = (await paintedWhen(nextFrame, laidOutResult(root))) - start;
          if (!resultEvent) throw new Error('no result event fired');
        }
        // Event Timing entries arrive after the frame is presented: wait a few frames for this one's.
        for (let i = 0; i < 10 && !eventTimings.some((e) => Math.abs(e.startTime - start) < 1); i++) await frame();
        out.eventTiming = eventTimings.find((e) => Math.abs(e.startTime - start) < 1)?.duration ?? null;
        return out;
      })().then(sample, (error) => sample({error: String(error?.stack ?? error)}));
    };
    window.addEventListener('click', onClick, true);
    bench.sample = () => measured;
  };
  bench.frames = async (n = 2) => {
    for (let i = 0; i < n; i++) await frame();
    await yieldTask();
  };

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
