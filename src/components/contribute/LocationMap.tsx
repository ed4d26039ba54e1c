/**
 * The map for one place (loaded on demand, with Leaflet): a click or a drag of the marker sets the
 * coordinates. Tiles come from the site configuration; when they fail the map still takes clicks
 * and says so, and the coordinate fields remain the way to type a position.
 */
import 'leaflet/dist/leaflet.css';
import { divIcon, type LeafletEvent, type Marker as LeafletMarker } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { AttributionControl, MapContainer, Marker, TileLayer, useMap, useMapEvents, ZoomControl } from 'react-leaflet';

export interface LocationMapProps {
  /** The chosen point, if any. */
  point?: [number, number];
  /** Where to look when the map opens. */
  centre: [number, number];
  zoom: number;
  tiles: { url: string; attribution: string; maxZoom: number };
  /** The map's accessible name. */
  label: string;
  markerLabel: string;
  tilesFailedText: string;
  zoomIn: string;
  zoomOut: string;
  onPick: (lat: number, lon: number) => void;
}

/** A pin drawn in SVG: no image files to bundle, no inline styles for the CSP to refuse. */
function pinIcon(label: string) {
  return divIcon({
    className: 'contribute-pin',
    html: `<svg viewBox="0 0 32 48" width="32" height="48" aria-hidden="true" focusable="false"><path d="M16 1C7.7 1 1 7.7 1 16c0 11 15 31 15 31s15-20 15-31C31 7.7 24.3 1 16 1z" fill="#0b5e37" stroke="#fff" stroke-width="2"/><circle cx="16" cy="16" r="6" fill="#fff"/></svg><span class="visually-hidden">${label.replace(/[<>&"]/g, '')}</span>`,
    iconSize: [32, 48],
    iconAnchor: [16, 47],
  });
}

/** Clicks on the map pick a point; a point outside the view brings the view to it. */
function Behaviour({ point, label, onPick }: { point?: [number, number]; label: string; onPick: LocationMapProps['onPick'] }) {
  const map = useMap();
  useMapEvents({ click: (event) => onPick(event.latlng.lat, event.latlng.lng) });
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', label);
  }, [map, label]);
  useEffect(() => {
    if (point && !map.getBounds().contains(point)) map.setView(point, Math.max(map.getZoom(), 15));
  }, [map, point?.[0], point?.[1]]);
  return null;
}

export default function LocationMap({ point, centre, zoom, tiles, label, markerLabel, tilesFailedText, zoomIn, zoomOut, onPick }: LocationMapProps) {
  const [tilesFailed, setTilesFailed] = useState(false);
  const icon = useMemo(() => pinIcon(markerLabel), [markerLabel]);
  return (
    <div className="contribute-map-wrap">
      <MapContainer center={centre} zoom={zoom} zoomControl={false} attributionControl={false} className="contribute-map">
        <AttributionControl position="bottomright" prefix={false} />
        <TileLayer url={tiles.url} attribution={tiles.attribution} maxZoom={tiles.maxZoom} eventHandlers={{ tileerror: () => setTilesFailed(true) }} />
        <ZoomControl position="topleft" zoomInTitle={zoomIn} zoomOutTitle={zoomOut} />
        <Behaviour point={point} label={label} onPick={onPick} />
        {point && (
          <Marker
            position={point}
            draggable
            title={markerLabel}
            icon={icon}
            eventHandlers={{
              dragend: (event: LeafletEvent) => {
                const at = (event.target as LeafletMarker).getLatLng();
                onPick(at.lat, at.lng);
              },
            }}
          />
        )}
      </MapContainer>
      {tilesFailed && (
        <p className="notice" role="status">
          {tilesFailedText}
        </p>
      )}
    </div>
  );
}
