/* Incident map: Natural Earth country shapes (world-atlas, served locally) as the base,
   no tile server. Every string shown comes from documents and is set with textContent,
   never innerHTML. Precision is drawn honestly: exact places as solid dots, places known
   only to a region or country as hollow dashed dots inside a wide translucent circle. */
(function () {
  "use strict";

  var UNCERTAINTY_METRES = { 2: 60000, 3: 250000 };
  /* Above this many points one canvas draws them all: SVG paths would make the page crawl. */
  var CANVAS_FROM = 3000;

  function gradeColour(grade) {
    var value = getComputedStyle(document.documentElement).getPropertyValue("--grade-" + grade);
    return value.trim() || "#666";
  }

  function radius(point) {
    var killed = point.killed && point.killed.best;
    return killed ? Math.min(6 + 3 * Math.sqrt(killed), 30) : 6;
  }

  function line(parent, tag, text, className) {
    var el = document.createElement(tag);
    el.textContent = text;
    if (className) { el.className = className; }
    parent.appendChild(el);
    return el;
  }

  function popup(point, sharing) {
    var box = document.createElement("div");
    var link = document.createElement("a");
    link.href = "/incidents/" + encodeURIComponent(point.id);
    link.textContent = point.type + (point.mode ? " · " + point.mode : "");
    box.appendChild(link);
    line(box, "div", point.place + (point.country ? " (" + point.country + ")" : ""));
    if (point.precision === 2) { line(box, "div", "located only to the region", "muted"); }
    if (point.precision === 3) { line(box, "div", "located only to the country", "muted"); }
    var when = point.date_start || "undated";
    if (point.date_end && point.date_end !== point.date_start) { when += " – " + point.date_end; }
    line(box, "div", when);
    var k = point.killed || {};
    if (k.best !== null && k.best !== undefined) {
      var range = (k.low !== k.high) ? " (" + (k.low === null ? "?" : k.low) + "–" + (k.high === null ? "?" : k.high) + ")" : "";
      line(box, "div", "killed: " + k.best + range);
    }
    line(box, "div", "grade: " + point.grade.replace(/_/g, " ") + " · " + point.n_sources + " independent source(s), " + point.n_claims + " claim(s)");
    if (sharing > 1) {
      /* Markers at one spot hide each other: say so, and list them all. */
      var others = document.createElement("a");
      others.href = "/incidents?place=" + encodeURIComponent(point.place);
      others.className = "same-place";
      others.textContent = (sharing - 1) + " other incident(s) at this spot: list them";
      box.appendChild(others);
    }
    return box;
  }

  function spot(point) { return point.lat + "," + point.lon; }

  function addPoint(layer, areas, point, renderer, sharing) {
    var colour = gradeColour(point.grade);
    var exact = point.precision === 1;
    if (!exact) {
      L.circle([point.lat, point.lon], {
        radius: UNCERTAINTY_METRES[point.precision] || 60000, color: colour, weight: 1,
        dashArray: "4 4", fillColor: colour, fillOpacity: point.precision === 3 ? 0.03 : 0.07,
        interactive: false, className: "uncertainty",
        renderer: renderer
      }).addTo(areas);
    }
    var marker = L.circleMarker([point.lat, point.lon], {
      radius: radius(point), color: colour, weight: exact ? 1 : 2,
      dashArray: exact ? null : "3 3", fillColor: colour,
      fillOpacity: exact ? 0.75 : 0.1, className: "incident-marker precision-" + point.precision,
      renderer: renderer
    });
    marker.bindPopup(popup(point, sharing));
    marker.addTo(layer);
    return marker;
  }

  function drawCountries(map, url) {
    return fetch(url).then(function (r) { return r.json(); }).then(function (world) {
      var shapes = topojson.feature(world, world.objects.countries);
      L.geoJSON(shapes, {
        style: { color: "#8a98a8", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
        interactive: false, className: "country"
      }).addTo(map);
    });
  }

  /* A cell of the zoomed-out map: how many incidents it holds; a click zooms in on it. */
  function addCell(layer, map, cell) {
    var marker = L.circleMarker([cell.latitude, cell.longitude], {
      radius: Math.min(8 + 4 * Math.log2(cell.count), 34), color: "#4a4a4a", weight: 1,
      fillColor: "#7a8ca0", fillOpacity: 0.55, className: "incident-cell"
    });
    marker.bindTooltip(String(cell.count), { permanent: true, direction: "center", className: "cell-count" });
    marker.on("click", function () { map.setView([cell.latitude, cell.longitude], map.getZoom() + 2); });
    marker.addTo(layer);
  }

  function withView(src, map) {
    var b = map.getBounds();
    var clamp = function (v, lim) { return Math.max(-lim, Math.min(lim, v)); };
    var box = [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)];
    return src + (src.indexOf("?") < 0 ? "?" : "&") + "zoom=" + map.getZoom() +
      (map.getZoom() > 2 ? "&bbox=" + box.map(function (v) { return v.toFixed(4); }).join(",") : "");
  }

  function start(el) {
    var map = L.map(el, { worldCopyJump: true, preferCanvas: false, attributionControl: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Countries: Natural Earth via world-atlas");
    map.setView([30, 20], 2);
    var status = document.getElementById("map-status");
    var inline = el.getAttribute("data-point");
    var src = el.getAttribute("data-src");
    var clustered = false;
    var large = false; /* once clustered, every view is asked for: points or cells as it holds */
    var areas = L.featureGroup().addTo(map);
    var layer = L.featureGroup().addTo(map);
    function fetchData(url) {
      return fetch(url, { credentials: "same-origin" })
        .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); });
    }
    function draw(data, first) {
      areas.clearLayers();
      layer.clearLayers();
      clustered = Boolean(data.cells);
      large = large || clustered;
      if (clustered) {
        /* Too many incidents to draw one by one: counts per grid cell, finer as one zooms in. */
        data.cells.forEach(function (c) { addCell(layer, map, c); });
      } else {
        /* Uncertainty circles lie beneath every marker; the view fits the markers. */
        var renderer = data.points.length > CANVAS_FROM ? L.canvas({ padding: 0.5 }) : undefined;
        /* Largest first, so a small incident at the same town is drawn on top, not hidden. */
        var ordered = data.points.slice().sort(function (a, b) { return radius(b) - radius(a); });
        var atSpot = {};
        data.points.forEach(function (p) { atSpot[spot(p)] = (atSpot[spot(p)] || 0) + 1; });
        ordered.forEach(function (p) { addPoint(layer, areas, p, renderer, atSpot[spot(p)]); });
        if (first && data.points.length === 1) {
          map.setView([data.points[0].lat, data.points[0].lon], data.points[0].precision === 1 ? 5 : 4);
        } else if (first && data.points.length > 1) {
          map.fitBounds(layer.getBounds().pad(0.3), { maxZoom: 8 });
        }
      }
      if (status) {
        var onMap = clustered ? data.on_map : data.points.length;
        status.textContent = onMap + " incident(s) on the map" + (clustered ? " (counted per area; zoom in for each one)" : "") +
          "; not on the map: " + data.not_on_map + " (no place resolved or no coordinates).";
        status.setAttribute("data-on-map", String(onMap));
        status.setAttribute("data-not-on-map", String(data.not_on_map));
      }
    }
    var points = inline ? Promise.resolve({ points: [JSON.parse(inline)], not_on_map: 0 })
      : fetchData(withView(src, map));
    drawCountries(map, el.getAttribute("data-world")).then(function () { return points; })
      .then(function (data) {
        draw(data, true);
        if (!inline) {
          /* A large map asks again for the part of the world it shows, at its zoom. */
          map.on("moveend", function () {
            if (large) { fetchData(withView(src, map)).then(function (d) { draw(d, false); }); }
          });
        }
      })
      .catch(function (err) { if (status) { status.textContent = "The map could not load its data: " + err.message; } });
  }

  document.querySelectorAll("#map, .mini-map").forEach(start);
})();
