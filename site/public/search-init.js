// Starts Pagefind's search UI. A file, not an inline script, so the pages' Content-Security-Policy can forbid inline code.
window.addEventListener('DOMContentLoaded', function () {
  if (!window.PagefindUI) return;
  var ui = new PagefindUI({ element: '#search', showSubResults: false, showImages: false, resetStyles: false });
  // Pagefind's input carries only a placeholder; give it a real accessible name.
  (function label() {
    var input = document.querySelector('.pagefind-ui__search-input');
    if (input) input.setAttribute('aria-label', 'Search articles, events and entities');
    else requestAnimationFrame(label);
  })();
  var q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
});
