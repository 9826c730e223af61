// Shows parks on a Leaflet map: the directory's map (markers cluster) and each park page's small map.
// The configuration comes from parks/maps.py through <script id="park-map-config" type="application/json">.
// The list and addresses on the page are the fallback: without Leaflet the map stays hidden, and when the
// tiles cannot be loaded (blocked, offline, or no answer within TILE_TIMEOUT) a notice says so while the
// markers stay usable.
(function () {
  var TILE_TIMEOUT = 8000;
  var container = document.getElementById("park-map");
  var notice = document.getElementById("map-notice");
  var data = document.getElementById("park-map-config");
  if (!container || !data || typeof L === "undefined") { return; }
  var config = JSON.parse(data.textContent);
  if (!config.markers.length) { return; }
  container.hidden = false;
  var map = L.map(container, { scrollWheelZoom: false });
  // Leaflet 1.9's default prefix carries a national flag; a government portal credits the library plainly.
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');

  var tilesLoaded = 0;
  function showNotice() { if (notice && !tilesLoaded) { notice.hidden = false; } }
  function hideNotice() { tilesLoaded += 1; if (notice) { notice.hidden = true; } }
  config.layers.forEach(function (layer) {
    // The tile servers come from the PARKS_MAP_TILES setting, which the Content-Security-Policy allows too.
    var tiles = L.tileLayer(layer.url, {
      maxZoom: layer.maxZoom, attribution: layer.attribution, subdomains: layer.subdomains
    });
    tiles.on("tileerror", showNotice);
    tiles.on("tileload", hideNotice);
    tiles.addTo(map);
  });
  window.setTimeout(showNotice, TILE_TIMEOUT);

  var group = typeof L.markerClusterGroup === "function"
    ? L.markerClusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 45,
      iconCreateFunction: function (cluster) {
        var count = cluster.getChildCount();
        var label = document.createElement("span");
        label.textContent = config.labels.cluster.replace("%(count)s", count);
        label.className = "visually-hidden";
        var digits = document.createElement("span");
        digits.setAttribute("aria-hidden", "true");
        digits.textContent = count;
        var html = document.createElement("span");
        html.appendChild(digits);
        html.appendChild(label);
        return L.divIcon({ html: html.innerHTML, className: "park-cluster", iconSize: L.point(40, 40) });
      }
    })
    : L.layerGroup();

  config.markers.forEach(function (m) {
    var marker = L.marker([m.lat, m.lng], { title: m.name, alt: m.name });
    var popup = document.createElement("div");
    var name = document.createElement(m.url ? "a" : "strong");
    if (m.url) { name.href = m.url; }
    name.textContent = m.name;
    popup.appendChild(name);
    popup.appendChild(document.createElement("br"));
    popup.appendChild(document.createTextNode(m.type));
    marker.bindPopup(popup);
    group.addLayer(marker);
  });
  group.addTo(map);

  var bounds = L.latLngBounds(config.bounds);
  if (config.zoom) {
    map.setView(bounds.getCenter(), config.zoom);
  } else {
    map.fitBounds(bounds, { padding: [30, 30], maxZoom: 13 });
  }
})();
