/*
 * Follows a running import or allocation run: asks the API for its progress every half second,
 * moves the progress bar, and reloads the page once the work has ended, to show its outcome.
 * A file rather than an inline script, because the pages' Content-Security-Policy allows none.
 * The page marks what to follow with data-progress-url and data-progress-kind ("import" or "run").
 */
(function () {
  var source = document.querySelector('[data-progress-url]');
  if (!source) {
    return;
  }
  var url = source.getAttribute('data-progress-url');
  var kind = source.getAttribute('data-progress-kind');

  function progressOf(answer) {
    if (kind === 'run') {
      return {
        done: answer.run.taxpayersDone,
        total: answer.run.taxpayersTotal,
        running: answer.run.state === 'RUNNING'
      };
    }
    return {
      done: answer.done,
      total: answer.total,
      running: answer.phase === 'CHECKING' || answer.phase === 'IMPORTING'
    };
  }

  // a poll that fails (a dropped connection, an answer that is not the progress) is tried again;
  // after a few failures in a row the page reloads and shows what the server knows
  var failures = 0;

  function poll() {
    fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('progress answered ' + response.status);
        }
        return response.json();
      })
      .then(function (answer) {
        failures = 0;
        var progress = progressOf(answer);
        var bar = document.getElementById('bar');
        bar.max = Math.max(progress.total, 1);
        bar.value = progress.done;
        document.getElementById('count').textContent = progress.done + ' / ' + progress.total;
        if (progress.running) {
          setTimeout(poll, 500);
        } else {
          window.location.reload();
        }
      })
      .catch(function () {
        failures += 1;
        if (failures < 10) {
          setTimeout(poll, 1000);
        } else {
          window.location.reload();
        }
      });
  }

  setTimeout(poll, 300);
})();
