// Draws every <canvas data-chart="..."> with Chart.js from the JSON configuration the server wrote
// into the attribute (see org.confederatio.web.faces.Chart): no inline script, so the page's
// Content-Security-Policy stays strict.
(function () {
  function draw() {
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      if (canvas.dataset.drawn) {
        return;
      }
      canvas.dataset.drawn = 'yes';
      new window.Chart(canvas, JSON.parse(canvas.dataset.chart));
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
