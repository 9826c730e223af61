// Shows the parks on a Leaflet map. The list on the page is the fallback: if Leaflet or the
// tiles fail to load, the map stays hidden (or is hidden again) and a note says why.
(function () {
  var container = document.getElementById("park-map");
  var note = document.getElementById("map-note");
  var data = document.getElementById("park-markers");
  if (!container || !data || typeof L === "undefined") { return; }
  var markers = JSON.parse(data.textContent);
  if (!markers.length) { return; }
  container.hidden = false;
  var map = L.map(container, { scrollWheelZoom: false });
  // The tile server comes from the PARKS_MAP_TILES setting, which the Content-Security-Policy allows too.
  var tiles = L.tileLayer(container.dataset.tileUrl, {
    maxZoom: 18, attribution: container.dataset.tileAttribution
  }).addTo(map);
  var tileErrors = 0;
  tiles.on("tileerror", function () {
    tileErrors += 1;
    if (tileErrors === 3) { container.hidden = true; note.hidden = false; }
  });
  var bounds = [];
  markers.forEach(function (m) {
    var link = document.createElement("a");
    link.href = m.url; link.textContent = m.name;
    var popup = document.createElement("div");
    popup.appendChild(link);
    popup.appendChild(document.createElement("br"));
    popup.appendChild(document.createTextNode(m.type));
    L.marker([m.lat, m.lng], { title: m.name, alt: m.name }).addTo(map).bindPopup(popup);
    bounds.push([m.lat, m.lng]);
  });
  map.fitBounds(bounds, { padding: [30, 30], maxZoom: 13 });
})();
