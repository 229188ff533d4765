// The optional script for a page that embeds dist/embed.html in an iframe and may run one script:
// each <iframe data-coordinator-check> grows to fit the check, and its results arrive as a
// `coordinator-check-result` event on the iframe. Only messages from the frame's own window and
// origin count.
addEventListener('message', (event: MessageEvent) => {
  const data = event.data as {type?: unknown; height?: unknown; detail?: unknown} | null;
  if (!data || typeof data.type != 'string' || !data.type.startsWith('coordinator-check:')) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-coordinator-check]')) {
    if (frame.contentWindow !== event.source || new URL(frame.src, location.href).origin !== event.origin) continue;
    if (data.type === 'coordinator-check:size' && typeof data.height == 'number' && data.height > 0) {
      frame.style.height = `${Math.min(Math.ceil(data.height), 20000)}px`;
    } else if (data.type === 'coordinator-check:result') {
      frame.dispatchEvent(new CustomEvent('coordinator-check-result', {detail: data.detail, bubbles: true}));
    }
  }
});
