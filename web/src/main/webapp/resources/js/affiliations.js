// The affiliations form: a search box narrows the organizations, grouped by kind, to those whose
// name holds what was typed, and opens the groups that have some; an empty box shows every group
// as it was (closed, unless it holds a chosen organization). Accents and case do not matter ("cafe" finds "Café").
(function () {
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
  }

  function start() {
    var input = document.getElementById('affiliation-search');
    if (!input) {
      return;
    }
    var none = document.getElementById('affiliation-search-none');
    var groups = Array.prototype.slice.call(document.querySelectorAll('details.affiliation-group'));
    // a group with a chosen organization starts open, so that a choice is never hidden
    groups.forEach(function (group) {
      group.open = group.dataset.chosen !== '0';
      group.dataset.wasOpen = group.open ? 'true' : 'false';
    });
    input.addEventListener('input', function () {
      var query = fold(input.value);
      var found = 0;
      groups.forEach(function (group) {
        var shown = 0;
        group.querySelectorAll('tr, li').forEach(function (item) {
          var label = item.querySelector('label');
          var match = !query || (label && fold(label.textContent).indexOf(query) >= 0);
          item.classList.toggle('filtered-out', !match);
          if (match) {
            shown++;
          }
        });
        group.classList.toggle('filtered-out', query !== '' && shown === 0);
        group.open = query ? shown > 0 : group.dataset.wasOpen === 'true';
        found += shown;
      });
      if (none) {
        none.hidden = !query || found > 0;
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
