/**
 * Published texts and photos: project descriptions and their photos, round descriptions, review
 * reasons, milestone evidence. The chain keeps only each one's content hash; the bytes live with the
 * city's Polity server (`serverUrl`) or, without one, a plain content service (`contentUrl`). Every
 * text and photo read is checked against its hash before it is shown, so neither must be trusted.
 */
export { splitTitle, type PublishedText } from './text';
export { splitMetadata, withMetadata, type TextMetadata } from './metadata';
export { readImage, readText } from './read';
export { canPublishPhotos, publishPhoto, publishText, publishTextWithPhotos } from './publish';
export { addPhotos, checkPhoto, maxPhotoBytes, maxPhotos, type Photo, type PhotoProblem } from './photos';
export { photoHashes } from './images';
export { chooseVersion, declaredTranslation, type CityNames, type ShownVersion } from './translation';
export { cityLanguage, originalsWanted, readNames, readTranslation, translationRevision, translationsAvailable } from './translations.svelte';
export { districtLabel, topicLabel } from './names.svelte';
