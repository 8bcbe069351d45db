// Draws each project's spending and commitments over time from the figures its canvas carries in
// data-chart (the page's table beside it gives the same numbers); no inline script is allowed.
(function () {
  function draw() {
    if (typeof Chart === "undefined") {
      return;
    }
    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      var data = JSON.parse(canvas.dataset.chart);
      new Chart(canvas, {
        type: "line",
        data: {
          labels: data.labels,
          datasets: [
            { label: canvas.dataset.spentLabel, data: data.spent.map(Number), borderColor: "#b5452b", backgroundColor: "#b5452b" },
            { label: canvas.dataset.committedLabel, data: data.committed.map(Number), borderColor: "#1f5f8b", backgroundColor: "#1f5f8b" }
          ]
        },
        options: { animation: false, responsive: true, maintainAspectRatio: false }
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
