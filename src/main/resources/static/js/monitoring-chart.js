// Draws a household's scores per visit from the figures its canvas carries in data-chart (the
// table below it gives the same numbers); no inline script is allowed. A missing score is a gap.
(function () {
  function draw() {
    if (typeof Chart === "undefined") {
      return;
    }
    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      var data = JSON.parse(canvas.dataset.chart);
      function series(key, color, dash) {
        return {
          label: canvas.dataset[key + "Label"],
          data: data[key],
          borderColor: color,
          backgroundColor: color,
          borderDash: dash,
          spanGaps: false
        };
      }
      new Chart(canvas, {
        type: "line",
        data: {
          labels: data.labels,
          datasets: [
            series("economic", "#b5452b", []),
            series("social", "#1f5f8b", []),
            series("psychosocial", "#5b7f2a", []),
            series("composite", "#222222", [6, 4])
          ]
        },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          scales: {
            y: { min: 0, max: 1 },
            x: { title: { display: true, text: canvas.dataset.monthsLabel } }
          }
        }
      });
      canvas.dataset.drawn = "true";
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
