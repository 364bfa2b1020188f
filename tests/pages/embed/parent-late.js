// Frames an embed, waits until it has posted its height, and only then loads embed.js: the embed
// posts nothing more by itself, so embed.js must ask for the height. `window.embedLoaded` says when
// embed.js has run.
const frame = document.createElement('iframe');
frame.setAttribute('data-cpi-embed', '');
frame.title = 'An embed framed before embed.js';
frame.width = '300';
const posted = new Promise((resolve) => {
  window.addEventListener('message', (event) => {
    if (event.source === frame.contentWindow && event.data?.type === 'cpi-embed-height') resolve();
  });
});
frame.src = '/tests/pages/embed/child.html?h=250';
document.body.append(frame);
await posted;
await import('/src/embed/embed.ts');
window.embedLoaded = true;
