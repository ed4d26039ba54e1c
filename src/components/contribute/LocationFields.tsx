/**
 * One place: name, address, comune (with ISTAT suggestions), province, postcode, coordinates and how
 * exact they are. The map is loaded only when asked for; the coordinate fields are always there, and
 * they are the keyboard's way to set the position.
 */
import { lazy, Suspense, useState } from 'react';
import { comuneOption, comuneSuggestions, withComune, withPoint } from '../../lib/contribute/comuni.ts';
import { fieldId } from '../../lib/contribute/errors.ts';
import { emptyLocation, numberFrom, type LocationForm } from '../../lib/contribute/form.ts';
import { resourceHint } from '../../lib/contribute/hints.ts';
import { t } from '../../i18n/index.ts';
import { useForm } from './context.ts';
import ErrorBoundary from './ErrorBoundary.tsx';
import { Advanced, RadioGroup, TextField } from './Fields.tsx';

const LocationMap = lazy(() => import('./LocationMap.tsx'));

/** Italy's centre, for a map with no point yet. */
const ITALY: [number, number] = [42.5, 12.5];

function point(location: LocationForm): [number, number] | undefined {
  const lat = numberFrom(location.lat);
  const lon = numberFrom(location.lon);
  return typeof lat === 'number' && typeof lon === 'number' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? [lat, lon] : undefined;
}

export default function LocationFields({ index, count }: { index: number; count: number }) {
  const { contribution, update, comuni, needComuni, config } = useForm();
  const [mapShown, setMapShown] = useState(false);
  const location = contribution.resource.locations[index] ?? emptyLocation();
  const path = `locations.${index}`;
  const n = index + 1;
  const set = (change: (l: LocationForm) => LocationForm) => update((d) => void (d.resource.locations[index] = change(d.resource.locations[index])));
  const field = (key: keyof LocationForm) => (v: string) => set((l) => ({ ...l, [key]: v }));
  const suggestions = comuni ? comuneSuggestions(comuni, location.comune) : [];
  const seat = comuni?.find(location.comune, location.province.trim().toUpperCase());
  const here = point(location);
  const mapId = `${fieldId(path)}-mappa`;
  return (
    <fieldset className="group location" id={fieldId(path)}>
      <legend>{t('contributeLocation')(n)}</legend>
      <TextField
        name={`${path}.comune`}
        label={t('contributeComune')}
        hint={t('contributeComuneHint')}
        list={`${fieldId(path)}-comuni`}
        autoComplete="off"
        value={location.comune}
        onFocus={needComuni}
        onChange={(v) => set((l) => withComune(l, v, comuni))}
      />
      <datalist id={`${fieldId(path)}-comuni`}>
        {suggestions.map((c) => (
          <option key={`${c.name}|${c.province}`} value={comuneOption(c)} />
        ))}
      </datalist>
      {/* The address and its postcode side by side; a postcode needs no explanation. */}
      <div className="field-row field-row--postcode">
        <TextField name={`${path}.address`} label={t('contributeAddress')} optional hint={resourceHint('locations.address')} autoComplete="off" value={location.address} onChange={field('address')} />
        <TextField name={`${path}.postcode`} label={t('contributePostcode')} optional inputMode="numeric" maxLength={5} autoComplete="off" value={location.postcode} onChange={field('postcode')} />
      </div>
      <TextField name={`${path}.name`} label={t('contributePlaceName')} optional hint={resourceHint('locations.name')} value={location.name} onChange={field('name')} />
      <p className="position-line" id={`${fieldId(path)}-posizione`}>
        {here ? (location.position === 'esatta' ? t('contributePositionPicked') : t('contributePositionCentre')(location.comune)) : t('contributePositionNone')}
      </p>
      <Advanced names={[`${path}.province`, `${path}.lat`, `${path}.lon`, `${path}.position`]}>
        <TextField name={`${path}.province`} label={t('contributeProvince')} hint={t('contributeProvinceHint')} maxLength={2} autoCapitalize="characters" autoComplete="off" value={location.province} onChange={field('province')} />
        <div className="field-row">
          <TextField name={`${path}.lat`} label={t('contributeLat')} hint={resourceHint('locations.lat')} inputMode="decimal" autoComplete="off" value={location.lat} onChange={field('lat')} />
          <TextField name={`${path}.lon`} label={t('contributeLon')} hint={resourceHint('locations.lon')} inputMode="decimal" autoComplete="off" value={location.lon} onChange={field('lon')} />
        </div>
        <RadioGroup
          name={`${path}.position`}
          label={t('contributePosition')}
          value={location.position}
          options={[
            ['esatta', t('contributePositionExact')],
            ['approssimativa', t('contributePositionApprox')],
          ]}
          onChange={(v) => set((l) => ({ ...l, position: v }))}
        />
      </Advanced>
      <div className="actions">
        <button type="button" className="button button--secondary" aria-expanded={mapShown} aria-controls={mapId} onClick={() => setMapShown(!mapShown)}>
          {mapShown ? t('contributeHideMap') : t('contributeShowMap')(n)}
        </button>
        {count > 1 && (
          <button type="button" className="button button--secondary" onClick={() => update((d) => void d.resource.locations.splice(index, 1))}>
            {t('contributeRemoveLocation')(n)}
          </button>
        )}
      </div>
      <div id={mapId}>
        {mapShown && (
          <ErrorBoundary fallback={<p className="notice" role="status">{t('contributeMapFailed')}</p>}>
          <Suspense fallback={<p role="status">{t('contributeMapLoading')}</p>}>
            <p className="field-hint">{t('contributeMapHelp')}</p>
            <LocationMap
              point={here}
              centre={here ?? (seat?.lat !== undefined && seat.lon !== undefined ? [seat.lat, seat.lon] : ITALY)}
              zoom={here ? 16 : seat ? 13 : 5}
              tiles={config.tiles}
              label={t('contributeMapLabel')(n)}
              markerLabel={t('contributeMapMarker')}
              tilesFailedText={t('contributeMapTilesFailed')}
              zoomIn={t('contributeZoomIn')}
              zoomOut={t('contributeZoomOut')}
              onPick={(lat, lon) => set((l) => withPoint(l, lat, lon))}
            />
          </Suspense>
          </ErrorBoundary>
        )}
      </div>
    </fieldset>
  );
}
