/**
 * The dictionary strings the shortlist's browser code needs, picked at build time and written into
 * the page as JSON: the browser bundle then carries no dictionary and no formatting code.
 */
import { t } from '../../i18n/index.ts';
import type { MessageLabels } from './message.ts';

/** Strings for the header count, the add/remove buttons and their announcements (on every page). */
export function toggleStrings() {
  return {
    navCount: t('shortlistNavCount'),
    navReceived: t('shortlistNavReceived'),
    navShort: t('shortlistNavShort'),
    add: t('shortlistAdd'),
    remove: t('shortlistRemove'),
    added: t('shortlistAdded'),
    removed: t('shortlistRemoved'),
    full: t('shortlistFull'),
    noStorage: t('shortlistNoStorage'),
  };
}
export type ToggleStrings = ReturnType<typeof toggleStrings>;

/** Strings for the shortlist page: notices, messages (the sheet's fact labels come with each entry). */
export function pageStrings() {
  const message: MessageLabels = {
    title: t('shortlistMessageTitle'),
    when: t('whenLabel'),
    where: t('whereLabel'),
    phone: t('phone'),
    wholeList: t('shortlistMessageWholeList'),
    morePlaces: t('shortlistMessageMorePlaces'),
  };
  return {
    message,
    moveUp: t('shortlistMoveUp'),
    moveDown: t('shortlistMoveDown'),
    remove: t('shortlistRemove'),
    moved: t('shortlistMoved'),
    removed: t('shortlistRemoved'),
    missing: t('shortlistMissing'),
    loadError: t('shortlistLoadError'),
    invalid: t('shortlistInvalid'),
    overflow: t('shortlistOverflow'),
    saved: t('shortlistSaved'),
    copied: t('shortlistCopied'),
    clearConfirm: t('shortlistClearConfirm'),
    cleared: t('shortlistCleared'),
    qrLabel: t('shortlistQrLabel'),
    qrCaption: t('shortlistQrCaption'),
  };
}
export type PageStrings = ReturnType<typeof pageStrings>;
