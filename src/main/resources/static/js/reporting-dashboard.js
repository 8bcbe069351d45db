// Draws the dashboard's charts from the figures each canvas carries in data-chart (the table beside
// it gives the same numbers), right to left when the page is; again after htmx swaps the panels.
(function () {
  function draw(root) {
    if (typeof Chart === "undefined") {
      return;
    }
    var rtl = document.documentElement.dir === "rtl";
    root.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      if (canvas.dataset.drawn === "true") {
        return;
      }
      var spec = JSON.parse(canvas.dataset.chart);
      var valueAxis = spec.horizontal ? "x" : "y";
      var categoryAxis = spec.horizontal ? "y" : "x";
      var scales = {};
      scales[valueAxis] = {
        stacked: spec.stacked,
        beginAtZero: true,
        reverse: rtl && spec.horizontal,
        ticks: { callback: function (v) { return Math.abs(v); } }
      };
      scales[categoryAxis] = { stacked: spec.stacked, reverse: rtl && !spec.horizontal };
      new Chart(canvas, {
        type: spec.type,
        data: {
          labels: spec.labels,
          datasets: spec.datasets.map(function (d) {
            return { label: d.label, data: d.data.map(function (v) { return v === null ? null : Number(v); }),
                     backgroundColor: d.backgroundColor, borderColor: d.backgroundColor };
          })
        },
        options: {
          indexAxis: spec.horizontal ? "y" : "x",
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          locale: document.documentElement.lang || undefined,
          scales: scales,
          plugins: {
            legend: { display: spec.datasets.length > 1, rtl: rtl, textDirection: rtl ? "rtl" : "ltr" },
            tooltip: {
              rtl: rtl,
              textDirection: rtl ? "rtl" : "ltr",
              callbacks: {
                label: function (ctx) {
                  var v = ctx.parsed[valueAxis];
                  return (ctx.dataset.label ? ctx.dataset.label + ": " : "") + Math.abs(v);
                }
              }
            }
          }
        }
      });
      canvas.dataset.drawn = "true";
    });
  }
  function start() {
    draw(document);
    document.body.addEventListener("htmx:afterSwap", function (event) {
      draw(event.target);
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
