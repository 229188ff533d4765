// Proves scripts were off: if this ran, the page was not really script-free.
window.scriptsRan = true;
