// After a refused form the error summary takes the focus, so a screen reader reads it first and a
// keyboard user starts from it (GOV.UK Design System). A link in it moves the focus to its field.
(function () {
  function start() {
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
      summary.addEventListener('click', function (event) {
        var link = event.target.closest('a[href^="#"]');
        var field = link && document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
        if (field) {
          event.preventDefault();
          field.focus();
          field.scrollIntoView({ block: 'center' });
        }
      });
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
