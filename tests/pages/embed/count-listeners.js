// Counts the `message` listeners added to this window (loaded before embed.js, as a file: the
// page's policy forbids inline script).
window.messageListeners = 0;
const add = window.addEventListener;
window.addEventListener = function (type, ...rest) {
  if (type === 'message') window.messageListeners += 1;
  return add.call(this, type, ...rest);
};
